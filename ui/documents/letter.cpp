#include "ui/documents/letter.h"

#include "core/store/error.h"
#include "ui/documents/pagelayout.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace skranke {

Letter::Letter(const CompanyProfile& company, const DocumentText& text)
    : m_company(company), m_text(text) {
}

QString Letter::t(const char* source) const {
    return m_text("skranke::Letter", source);
}

void Letter::paintSender(QPainter& p) const {
    using L = PageLayout;
    const CompanyProfile& c = m_company;
    p.setFont(L::font(p, 15, true));
    L::text(p, L::Left, 62, c.name);
    p.setFont(L::font(p, 8.5));
    QStringList contact, numbers;
    for (const QString& s : {c.phone, c.email})
        if (!s.trimmed().isEmpty())
            contact << s.trimmed();
    if (!c.orgNumber.isEmpty())
        numbers << t(QT_TRANSLATE_NOOP("skranke::Letter", "Org. no. %1")).arg(c.orgNumber);
    if (!c.vatNumber.isEmpty())
        numbers << t(QT_TRANSLATE_NOOP("skranke::Letter", "VAT no. %1")).arg(c.vatNumber);
    const QString dot = QStringLiteral("  ·  ");
    double y = 78;
    for (const QString& line :
         {c.addressLine1, c.addressLine2, QStringLiteral("%1 %2").arg(c.postcode, c.city).trimmed(),
          contact.join(dot), numbers.join(dot)})
        if (!line.trimmed().isEmpty()) {
            L::text(p, L::Left, y, line);
            y += 11;
        }
    if (!c.logoPath.isEmpty()) {
        const QImage logo(c.logoPath);
        if (!logo.isNull()) {
            const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(130, 60), Qt::KeepAspectRatio);
            p.drawImage(QRectF(L::Right - size.width(), 40, size.width(), size.height()), logo);
        }
    }
}

void Letter::paintRecipient(QPainter& p, const Debtor& d) const {
    using L = PageLayout;
    p.setFont(L::font(p, 10));
    double y = 165;
    QStringList address{d.displayName()};
    if (!d.companyName.isEmpty() && !d.name.isEmpty())
        address << t(QT_TRANSLATE_NOOP("skranke::Letter", "Attn. %1")).arg(d.name);
    address << d.addressLine1 << d.addressLine2
            << QStringLiteral("%1 %2").arg(d.postcode, d.city).trimmed();
    if (d.country != m_company.country)
        address << QLocale::territoryToString(QLocale::codeToTerritory(d.country));
    for (const QString& line : address)
        if (!line.trimmed().isEmpty()) {
            L::text(p, L::Left, y, line);
            y += 13;
        }
    p.setFont(L::font(p, 8.5));
    if (!d.gln.isEmpty())
        L::text(p, L::Left, y + 4,
                t(QT_TRANSLATE_NOOP("skranke::Letter", "EAN/GLN: %1")).arg(d.gln));
}

void Letter::paintTitle(QPainter& p, const QString& title, const Facts& facts) const {
    using L = PageLayout;
    p.setFont(L::font(p, 18, true));
    L::text(p, 340, 170, L::elided(p, title, L::Right - 340));
    p.setFont(L::font(p, 9));
    double y = 190;
    for (const auto& [label, value] : facts) {
        L::text(p, 340, y, label);
        L::textRight(p, L::Right, y, value);
        y += 13;
    }
}

double Letter::paintPaymentDetails(QPainter& p, double y, const QString& reference) const {
    using L = PageLayout;
    const CompanyProfile& c = m_company;
    const QString refLabel =
        c.country == QLatin1String("NO")   ? t(QT_TRANSLATE_NOOP("skranke::Letter", "KID"))
        : c.country == QLatin1String("SE") ? t(QT_TRANSLATE_NOOP("skranke::Letter", "OCR"))
                                           : t(QT_TRANSLATE_NOOP("skranke::Letter", "FIK"));
    QList<std::pair<QString, QString>> pay;
    if (!reference.isEmpty())
        pay << std::pair{refLabel, reference};
    if (!c.bankAccount.isEmpty())
        pay << std::pair{t(QT_TRANSLATE_NOOP("skranke::Letter", "Bank account")), c.bankAccount};
    if (!c.iban.isEmpty())
        pay << std::pair{t(QT_TRANSLATE_NOOP("skranke::Letter", "IBAN")), c.iban};
    if (!c.bic.isEmpty())
        pay << std::pair{t(QT_TRANSLATE_NOOP("skranke::Letter", "BIC")), c.bic};
    p.setFont(L::font(p, 9));
    for (const auto& [label, value] : pay) {
        L::text(p, L::Left, y, label);
        L::text(p, L::Left + 90, y, value);
        y += L::RowHeight;
    }
    return y;
}

void Letter::paintFooter(QPainter& p, int index, int count) const {
    using L = PageLayout;
    const CompanyProfile& c = m_company;
    L::rule(p, 800);
    p.setFont(L::font(p, 7.5));
    QStringList parts{c.name};
    if (!c.orgNumber.isEmpty())
        parts << t(QT_TRANSLATE_NOOP("skranke::Letter", "Org. no. %1")).arg(c.orgNumber);
    else if (!c.vatNumber.isEmpty())
        parts << t(QT_TRANSLATE_NOOP("skranke::Letter", "VAT no. %1")).arg(c.vatNumber);
    L::text(p, L::Left, 812, parts.join(QStringLiteral(" · ")));
    L::textRight(
        p, L::Right, 812,
        t(QT_TRANSLATE_NOOP("skranke::Letter", "Page %1 of %2")).arg(index + 1).arg(count));
}

void Letter::renderPdf(QIODevice& out, const QString& title,
                       const std::function<void(QPagedPaintDevice&)>& print) {
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Skranke"));
    writer.setTitle(title);
    print(writer);
}

QByteArray Letter::pdfBytes(const QString& title,
                            const std::function<void(QPagedPaintDevice&)>& print) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    renderPdf(buffer, title, print);
    return buffer.data();
}

// PageLayout::font() makes an n-point font n device pixels on any device, so
// measuring on a 72 dpi image gives the widths of the page.
QStringList Letter::wrapped(const QString& text, double points, double width, int maxLines) {
    QImage device(1, 1, QImage::Format_Mono);
    device.setDotsPerMeterX(2835);
    device.setDotsPerMeterY(2835);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    QStringList lines;
    for (const QString& paragraph : text.trimmed().split(QLatin1Char('\n'))) {
        if (paragraph.trimmed().isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(paragraph, font, &device);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    if (lines.size() > maxLines) {
        lines.resize(maxLines);
        lines.last() += QStringLiteral(" …");
    }
    return lines;
}

void Letter::writePdf(const QString& path, const QString& title,
                      const std::function<void(QPagedPaintDevice&)>& print) {
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        throw Error(
            ErrorCode::Storage,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())),
            QStringLiteral("file"));
    // A half-written PDF never replaces a good one.
    QSaveFile file(path);
    const auto cannotWrite = [&] {
        return Error(
            ErrorCode::Storage,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("file"));
    };
    if (!file.open(QIODevice::WriteOnly))
        throw cannotWrite();
    renderPdf(file, title, print);
    if (!file.commit())
        throw cannotWrite();
}

}  // namespace skranke
