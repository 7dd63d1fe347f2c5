// What a supplier report shows, read from the database: the supplier's live
// rows of a booking, or (the cancellation variant) their cancelled ones.
#include "core/booking/bookingstore.h"
#include "core/catalog/catalogservice.h"
#include "core/company/companyservice.h"
#include "core/parties/customerservice.h"
#include "core/store/error.h"
#include "ui/documents/supplierreportdocument.h"

#include <map>

namespace skranke {

namespace {

// The names rows refer to, each looked up once, in the document's language.
class RowNames {
public:
    RowNames(Database& db, const QString& language) : m_db(db) {
        for (const GuestCategory& g : BookableCatalog::guestCategories(db))
            m_categories[g.key] = BookableCatalog::guestCategoryNameIn(g, language);
        for (const Resource& r : CatalogService::resources(db))
            m_units[r.id] = r.name;
    }

    // The product's supplier; 0 when it has none.
    std::int64_t supplierOf(std::int64_t productId) {
        known(productId);
        return m_supplierOf[productId];
    }

    SupplierReportDocument::Row row(const BookingRow& r) {
        known(r.productId);
        const std::optional<Product>& product = m_products[r.productId];
        SupplierReportDocument::Row row;
        row.rowId = r.id;
        row.product = product ? product->name : QString::number(r.productId);
        if (r.resourceId > 0 && m_units.contains(r.resourceId))
            row.product += QStringLiteral(" (%1)").arg(m_units[r.resourceId]);
        row.kind = product ? product->kind : ProductKind::Accommodation;
        row.start = r.start;
        row.end = r.end;
        row.quantity = r.quantity;
        QStringList guests;
        for (const auto& [key, count] : r.guests)
            if (count > 0)
                guests << QStringLiteral("%1 %2")
                              .arg(m_categories.contains(key) ? m_categories[key] : key)
                              .arg(count);
        row.guests = guests.join(QStringLiteral(", "));
        row.status = r.status;
        return row;
    }

private:
    void known(std::int64_t productId) {
        if (m_supplierOf.contains(productId))
            return;
        const auto s = BookableCatalog::supplierOf(m_db, productId);
        m_supplierOf[productId] = s ? s->id : 0;
        m_products[productId] = CatalogService::product(m_db, productId);
    }

    Database& m_db;
    std::map<QString, QString> m_categories;
    std::map<std::int64_t, QString> m_units;
    std::map<std::int64_t, std::optional<Product>> m_products;
    std::map<std::int64_t, std::int64_t> m_supplierOf;  // product → supplier (0: none)
};

// The booking, the supplier, the company and the customer.
SupplierReportDocument::Data header(Database& db, std::int64_t bookingId, std::int64_t supplierId) {
    SupplierReportDocument::Data d;
    d.booking = BookingStore::require(db, bookingId);
    bool found = false;
    for (const Supplier& s : BookableCatalog::suppliers(db))
        if (s.id == supplierId) {
            d.supplier = s;
            found = true;
        }
    if (!found)
        throw Error(ErrorCode::NotFound,
                    SupplierReportDocument::tr("There is no supplier %1.").arg(supplierId),
                    QStringLiteral("supplier"));
    d.company = CompanyService::require(db);
    d.language = DocumentText::languageFor({}, d.company.country);
    if (d.booking.customerId > 0)
        if (const auto c = CustomerService::find(db, d.booking.customerId))
            d.customer = *c;
    return d;
}

}  // namespace

SupplierReportDocument::Data SupplierReportDocument::load(Database& db, std::int64_t bookingId,
                                                          std::int64_t supplierId) {
    Data d = header(db, bookingId, supplierId);
    RowNames names(db, d.language);
    for (const BookingRow& r : BookingStore::rows(db, bookingId))
        if (r.status != RowStatus::Cancelled && names.supplierOf(r.productId) == supplierId)
            d.rows.push_back(names.row(r));
    if (d.rows.empty())
        throw Error(ErrorCode::Conflict,
                    tr("Booking %1 has no rows from the supplier %2 that are not cancelled.")
                        .arg(QString::number(bookingId), d.supplier.name),
                    QStringLiteral("supplier"));
    return d;
}

SupplierReportDocument::Data SupplierReportDocument::loadCancelled(
    Database& db, std::int64_t bookingId, std::int64_t supplierId,
    const std::vector<Cancellation>& cancellations) {
    Data d = header(db, bookingId, supplierId);
    d.cancellation = true;
    RowNames names(db, d.language);
    for (const Cancellation& c : cancellations) {
        if (c.bookingId != bookingId || names.supplierOf(c.productId) != supplierId)
            continue;
        // The row as it stands now for its unit and guests; the period and
        // units as the cancellation recorded them.
        const BookingRow now = BookingStore::requireRow(db, c.rowId);
        Row row = names.row(now);
        row.unitsLeft = now.status == RowStatus::Cancelled ? 0 : now.quantity;
        row.start = c.start;
        row.end = c.end;
        row.quantity = c.quantity;
        row.status = RowStatus::Cancelled;
        row.cancelledMs = c.cancelledMs;
        row.reason = c.reason;
        d.rows.push_back(row);
    }
    if (d.rows.empty())
        throw Error(ErrorCode::Conflict,
                    tr("Booking %1 has no cancelled rows from the supplier %2 to report.")
                        .arg(QString::number(bookingId), d.supplier.name),
                    QStringLiteral("supplier"));
    return d;
}

QString SupplierReportDocument::fileName(std::int64_t bookingId, std::int64_t supplierId) {
    return QStringLiteral("supplier-report-%1-%2.pdf").arg(bookingId).arg(supplierId);
}

QString SupplierReportDocument::cancellationFileName(std::int64_t bookingId,
                                                     std::int64_t supplierId) {
    return QStringLiteral("cancellation-%1-%2.pdf").arg(bookingId).arg(supplierId);
}

}  // namespace skranke
