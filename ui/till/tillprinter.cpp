#include "ui/till/tillprinter.h"

#include "core/store/error.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>

namespace skranke {

QString TillPrinter::fallbackFolder() {
    if (const QString dir = qEnvironmentVariable("SKRANKE_SLIP_DIR"); !dir.isEmpty())
        return dir;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("Skranke"));
}

QString TillPrinter::print(const Paint& paint, const QSizeF& pagePoints, const QString& fileName,
                           const QString& title) {
    const QPrinterInfo info = QPrinterInfo::defaultPrinter();
    QPrinter printer(QPrinter::HighResolution);
    QString target;
    if (info.isNull()) {
        QDir().mkpath(fallbackFolder());
        target = QDir(fallbackFolder()).filePath(fileName);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(target);
    } else {
        printer.setPrinterName(info.printerName());
    }
    printer.setDocName(title);
    printer.setFullPage(true);
    printer.setPageLayout(
        QPageLayout(QPageSize(pagePoints, QPageSize::Point, QString(), QPageSize::ExactMatch),
                    QPageLayout::Portrait, QMarginsF()));
    if (!printer.isValid())
        throw Error(ErrorCode::Storage, tr("The printer %1 cannot print.").arg(info.printerName()),
                    QStringLiteral("printer"));
    paint(printer);
    if (printer.printerState() == QPrinter::Error)
        throw Error(ErrorCode::Storage,
                    target.isEmpty()
                        ? tr("The printer %1 reported an error.").arg(info.printerName())
                        : tr("Could not save %1.").arg(target),
                    QStringLiteral("printer"));
    return target.isEmpty() ? tr("Printed on %1.").arg(info.printerName())
                            : tr("No printer is set up on this computer; saved as %1.").arg(target);
}

}  // namespace skranke
