#include "core/orders/orderimport.h"

#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/orders/capturepolicy.h"
#include "core/orders/orderimportparser.h"
#include "core/orders/orderpayments.h"
#include "core/orders/orderstore.h"
#include "core/parties/customerservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace skranke {

namespace {

bool bookingExists(Database& db, std::int64_t id) {
    auto st = db.prepare("SELECT 1 FROM booking WHERE id = ?1");
    st.bind(1, id);
    return st.step();
}

// What only the database can tell: registered customers and bookings exist.
std::vector<ImportProblem> checkReferences(Database& db, std::vector<ImportedOrder>& orders) {
    std::vector<ImportProblem> problems;
    const QString currency = CompanyService::rules(db).currency;
    for (std::size_t i = 0; i < orders.size(); ++i) {
        ImportedOrder& order = orders[i];
        const QString at = QStringLiteral("orders[%1]").arg(i);
        // Value cards, invoices and the till all count in the company's currency.
        if (order.currency.code() != currency)
            problems.push_back({at + QStringLiteral(".currency"), 0, 0,
                                OrderImport::tr("The order is in %1; Skranke keeps this "
                                                "company's books in %2.")
                                    .arg(order.currency.code(), currency)});
        if (order.customerId != 0) {
            const auto customer = CustomerService::find(db, order.customerId);
            if (!customer) {
                problems.push_back(
                    {at + QStringLiteral(".customer.id"), 0, 0,
                     OrderImport::tr("There is no customer %1.").arg(order.customerId)});
            } else {
                if (order.customerName.isEmpty())
                    order.customerName = customer->name;
                if (order.customerEmail.isEmpty())
                    order.customerEmail = customer->email;
            }
        }
        for (const OrderLine& line : order.lines)
            if (line.bookingId != 0 && !bookingExists(db, line.bookingId))
                problems.push_back(
                    {at + QStringLiteral(".lines[%1].booking").arg(line.lineNo - 1), 0, 0,
                     OrderImport::tr("There is no booking %1.").arg(line.bookingId)});
    }
    return problems;
}

}  // namespace

OrderImport::Report OrderImport::importJson(const Session& session, const QByteArray& json) {
    Database& db = session.db();
    const Rate standardVat = Rate::percent(CompanyService::rules(db).vatRatesPercent.value(0));
    ImportParse parse = OrderImportParser::parse(json, standardVat);
    if (parse.problems.empty())
        parse.problems = checkReferences(db, parse.orders);
    if (!parse.problems.empty())
        throw Error::invalid(parse.problems.front().path,
                             tr("The order file was not imported:\n%1")
                                 .arg(OrderImportParser::describe(parse.problems)));
    Report report;
    std::vector<std::int64_t> toCapture;
    {
        Transaction tx(db);
        const std::int64_t statusId =
            OrderStore::builtInStatus(db, QStringLiteral("not_effected")).id;
        const bool autoCapture =
            Settings::value(db, QString::fromLatin1(CapturePolicy::AutoCaptureSetting)) ==
            QLatin1String("1");
        for (const ImportedOrder& imported : parse.orders) {
            if (OrderStore::idOfExternal(db, imported.externalId)) {
                report.unchanged << imported.externalId;
                continue;
            }
            const std::int64_t id = OrderStore::insert(session, imported, statusId);
            const Order order = OrderStore::require(db, id);
            session.journal(QStringLiteral("order"), order.uid, QStringLiteral("import"),
                            {{QStringLiteral("external_id"), order.externalId},
                             {QStringLiteral("reserved"), order.reserved.toDecimalString()},
                             {QStringLiteral("payment_type"), order.paymentType}});
            report.imported << imported.externalId;
            if (autoCapture && CapturePolicy::onlyValueCards(order) && !order.gateway.isEmpty() &&
                order.paymentState == PaymentState::Awaiting)
                toCapture.push_back(id);
        }
        tx.commit();
    }
    // Capturing calls the gateway, so it happens after the import stands.
    for (std::int64_t id : toCapture) {
        const QString externalId = OrderStore::require(db, id).externalId;
        try {
            OrderPayments::capture(session, id, std::nullopt, false);
            report.autoCaptured << externalId;
        } catch (const Error& e) {
            report.autoCaptureFailed << QStringLiteral("%1: %2").arg(externalId, e.message());
        }
    }
    return report;
}

OrderImport::Report OrderImport::importFile(const Session& session, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::invalid(
            QStringLiteral("file"),
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return importJson(session, file.readAll());
}

OrderImport::FolderReport OrderImport::importFolder(const Session& session, const QString& folder,
                                                    int minAgeMs) {
    QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        throw Error::invalid(
            QStringLiteral("folder"),
            tr("The import folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    FolderReport report;
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time | QDir::Reversed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QFileInfo& file : files) {
        // A file still being written is left for the next look.
        if (file.lastModified().msecsTo(now) < minAgeMs)
            continue;
        QString target = QStringLiteral("imported");
        try {
            const Report one = importFile(session, file.filePath());
            report.orders.imported << one.imported;
            report.orders.unchanged << one.unchanged;
            report.orders.autoCaptured << one.autoCaptured;
            report.orders.autoCaptureFailed << one.autoCaptureFailed;
            report.importedFiles << file.fileName();
        } catch (const Error& e) {
            target = QStringLiteral("refused");
            report.refusedFiles << QStringLiteral("%1: %2").arg(file.fileName(), e.message());
            dir.mkpath(target);
            QFile why(
                dir.filePath(target + u'/' + file.completeBaseName() + QStringLiteral(".txt")));
            if (why.open(QIODevice::WriteOnly | QIODevice::Truncate))
                why.write(e.message().toUtf8());
        }
        dir.mkpath(target);
        QString moved = dir.filePath(target + u'/' + file.fileName());
        for (int n = 2; QFile::exists(moved); ++n)  // never overwrite an earlier file
            moved = dir.filePath(
                QStringLiteral("%1/%2-%3.json").arg(target, file.completeBaseName()).arg(n));
        if (!QFile::rename(file.filePath(), moved))
            throw Error(ErrorCode::Storage, tr("Cannot move %1 to %2.")
                                                .arg(QDir::toNativeSeparators(file.filePath()),
                                                     QDir::toNativeSeparators(moved)));
    }
    return report;
}

}  // namespace skranke
