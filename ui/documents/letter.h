#pragma once

#include "core/company/companyprofile.h"
#include "core/parties/debtor.h"
#include "ui/documents/documenttext.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>
#include <utility>

class QIODevice;
class QPainter;
class QPagedPaintDevice;

namespace skranke {

// The parts every letter Skranke prints shares — invoices, credit notes and
// reminders: the sender's letterhead, the recipient's address where a window
// envelope shows it, the title with its facts, how to pay, and the footer.
// Coordinates are A4 points (see PageLayout).
class Letter final {
    Q_DECLARE_TR_FUNCTIONS(skranke::Letter)
public:
    using Facts = QList<std::pair<QString, QString>>;

    Letter(const CompanyProfile& company, const DocumentText& text);

    void paintSender(QPainter& p) const;
    void paintRecipient(QPainter& p, const Debtor& debtor) const;
    // A large title at the top right and label/value rows under it.
    void paintTitle(QPainter& p, const QString& title, const Facts& facts) const;
    // The reference (FIK, KID, OCR; none when empty) and the company's bank
    // details from y down; returns the y under the last row.
    double paintPaymentDetails(QPainter& p, double y, const QString& reference) const;
    void paintFooter(QPainter& p, int index, int count) const;

    // Text broken into lines at most `width` points wide in the documents'
    // font of `points` size; paragraphs kept; cut with "…" after maxLines.
    static QStringList wrapped(const QString& text, double points, double width, int maxLines);
    // Writes the whole file or none of it (QSaveFile) on A4 at 300 dpi;
    // throws Error(Storage) naming "file" when it cannot.
    static void writePdf(const QString& path, const QString& title,
                         const std::function<void(QPagedPaintDevice&)>& print);
    // The same PDF in memory, e.g. to attach to an email.
    static QByteArray pdfBytes(const QString& title,
                               const std::function<void(QPagedPaintDevice&)>& print);

private:
    static void renderPdf(QIODevice& out, const QString& title,
                          const std::function<void(QPagedPaintDevice&)>& print);
    QString t(const char* source) const;

    const CompanyProfile& m_company;
    const DocumentText& m_text;
};

}  // namespace skranke
