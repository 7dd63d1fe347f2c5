#pragma once

#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <functional>

class QPagedPaintDevice;

namespace skranke {

// Printing the till's slips (receipts, X and Z reports) through QPrinter on
// the system's default printer, on a page exactly as long as the slip.
// With no printer set up, the slip is saved as a PDF (see fallbackFolder())
// instead, so that nothing is lost and staff are told where it went.
class TillPrinter final {
    Q_DECLARE_TR_FUNCTIONS(skranke::TillPrinter)
public:
    using Paint = std::function<void(QPagedPaintDevice&)>;
    // Returns what happened, for the till's message line. Throws
    // Error(Storage) naming "printer" when neither printing nor saving works.
    static QString print(const Paint& paint, const QSizeF& pagePoints, const QString& fileName,
                         const QString& title);
    // Where slips go when there is no printer: $SKRANKE_SLIP_DIR, else
    // Documents/Skranke.
    static QString fallbackFolder();
};

}  // namespace skranke
