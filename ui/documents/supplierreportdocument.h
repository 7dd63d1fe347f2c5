#pragma once

#include "core/booking/booking.h"
#include "core/booking/cancellation.h"
#include "core/catalog/bookablecatalog.h"
#include "core/catalog/product.h"
#include "core/company/companyprofile.h"
#include "core/parties/customer.h"
#include "ui/documents/documenttext.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace skranke {

class Database;

// What a supplier needs to deliver their part of a booking, on A4: the
// company letterhead, "Supplier report" with the booking ID, the customer
// and how to reach them, the supplier's rows (product and unit, arrival,
// departure, quantity, guests, status) and the customer's comment, over as
// many pages as it takes. In the company's language: the supplier is the
// company's partner, not the customer.
//
// The cancellation variant (loadCancelled) tells the supplier what is no
// longer wanted: titled "Cancellation", each row with the units cancelled
// and, under it, when and why; without the customer's comment.
class SupplierReportDocument final {
    Q_DECLARE_TR_FUNCTIONS(skranke::SupplierReportDocument)
public:
    struct Row {
        std::int64_t rowId = 0;
        QString product;  // the product's name, with the unit when one is booked
        ProductKind kind = ProductKind::Accommodation;
        std::int64_t start = 0;  // booking minutes (BookingTime)
        std::int64_t end = 0;
        int quantity = 1;
        QString guests;  // "Adults 2, Children 1", with the company's category names
        RowStatus status = RowStatus::Reservation;
        // The cancellation variant: when and why these units were cancelled.
        std::int64_t cancelledMs = 0;
        QString reason;
        int unitsLeft = 0;  // of the row, still booked after a partial cancellation
    };
    struct Data {
        CompanyProfile company;
        Booking booking;
        Customer customer;  // id 0 when the booking has none
        Supplier supplier;
        std::vector<Row> rows;
        QString language;           // da, nb, sv, en
        bool cancellation = false;  // the rows are cancelled ones
    };

    // The supplier's rows of the booking that are not cancelled. Throws
    // NotFound for an unknown booking or supplier, Conflict when the
    // supplier has no such rows in the booking.
    static Data load(Database& db, std::int64_t bookingId, std::int64_t supplierId);
    // The cancellation variant: the supplier's rows among `cancellations`
    // (of this booking), each with the period, units, reason and time its
    // cancellation records. Throws as load, and Conflict naming "supplier"
    // when none of them is the supplier's.
    static Data loadCancelled(Database& db, std::int64_t bookingId, std::int64_t supplierId,
                              const std::vector<Cancellation>& cancellations);
    // supplier-report-<booking>-<supplier>.pdf
    static QString fileName(std::int64_t bookingId, std::int64_t supplierId);
    // cancellation-<booking>-<supplier>.pdf
    static QString cancellationFileName(std::int64_t bookingId, std::int64_t supplierId);

    explicit SupplierReportDocument(Data data);
    int pageCount() const { return int(m_pages.size()); }
    // Paints page `index` in A4 points; the caller maps that onto the device.
    void paintPage(QPainter& painter, int index) const;
    void print(QPagedPaintDevice& device) const;
    QString title() const;
    // Writes the whole file or none of it; throws Error(Storage).
    void writePdf(const QString& path) const;
    QByteArray pdf() const;

private:
    static constexpr double TableTopFirst = 330;
    static constexpr double TableTopNext = 110;
    static constexpr double ContentBottom = 780;
    static constexpr int MaxCommentLines = 30;
    static constexpr int MaxDetailLines = 3;

    struct Page {
        int firstRow = 0;
        int rowCount = 0;      // table rows, each with its detail lines
        int firstComment = 0;  // comment lines from here …
        int commentCount = 0;  // … this many
    };
    QString t(const char* source) const;
    QString when(std::int64_t minute, ProductKind kind) const;
    QString statusName(RowStatus status) const;
    QStringList detailLines(const Row& row) const;  // "Cancelled <time>: <reason>", wrapped
    double paintHeader(QPainter& p) const;
    double paintTable(QPainter& p, double y, const Page& page) const;
    void paintComment(QPainter& p, double y, const Page& page) const;

    Data m_data;
    DocumentText m_text;
    QStringList m_comment;               // wrapped to the page width
    std::vector<QStringList> m_details;  // per row, under it; empty but when cancelled
    std::vector<Page> m_pages;
};

}  // namespace skranke
