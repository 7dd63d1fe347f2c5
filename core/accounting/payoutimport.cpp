#include "core/accounting/payoutimport.h"

#include "core/accounting/payoutcsv.h"
#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <map>
#include <optional>

namespace skranke {

namespace {

struct Match {
    QString kind;
    std::int64_t id = 0;
};

std::optional<std::int64_t> firstId(Statement& st) {
    if (st.step())
        return st.int64(0);
    return std::nullopt;
}

// The payment a transaction settles, looked up by its reference in the
// order the acquirer's references arise: the online shop's gateway, then a
// card terminal at the till. Where one reference fits several records, the
// one with the same amount, then the same sign (a refund), then the oldest
// wins.
std::optional<Match> findMatch(Database& db, const PayoutLine& line) {
    if (!line.isTransaction() || line.reference.isEmpty())
        return std::nullopt;
    const std::int64_t amount = line.amount.minor();
    {
        auto st = db.prepare(
            "SELECT id FROM web_order WHERE transaction_id = ?1 AND transaction_id <> '' AND "
            "gateway <> '' "
            "ORDER BY id LIMIT 1");
        st.bind(1, line.reference);
        if (const auto id = firstId(st))
            return Match{QString::fromLatin1(PayoutMatch::Order), *id};
    }
    {
        auto st = db.prepare(
            "SELECT order_id FROM payment_operation WHERE gateway_ref = ?1 AND gateway_ref <> '' "
            "AND state = 'done' "
            "AND kind IN ('capture', 'refund') "
            "ORDER BY (CASE kind WHEN 'refund' THEN -amount_minor ELSE amount_minor END) = ?2 "
            "DESC, id LIMIT 1");
        st.bindAll(line.reference, amount);
        if (const auto id = firstId(st))
            return Match{QString::fromLatin1(PayoutMatch::Order), *id};
    }
    {
        auto st = db.prepare(
            "SELECT id FROM web_order WHERE capture_ref = ?1 AND capture_ref <> '' ORDER BY id "
            "LIMIT 1");
        st.bind(1, line.reference);
        if (const auto id = firstId(st))
            return Match{QString::fromLatin1(PayoutMatch::Order), *id};
    }
    {
        auto st = db.prepare(
            "SELECT receipt_id FROM receipt_tender WHERE reference = ?1 AND kind = 'card' AND "
            "reference <> '' "
            "ORDER BY amount_minor = ?2 DESC, (amount_minor < 0) = (?2 < 0) DESC, receipt_id "
            "LIMIT 1");
        st.bindAll(line.reference, amount);
        if (const auto id = firstId(st))
            return Match{QString::fromLatin1(PayoutMatch::Receipt), *id};
    }
    {
        auto st = db.prepare(
            "SELECT id FROM till_payment WHERE reference = ?1 AND tender = 'card' AND reference <> "
            "'' "
            "ORDER BY amount_minor = ?2 DESC, id LIMIT 1");
        st.bindAll(line.reference, amount);
        if (const auto id = firstId(st))
            return Match{QString::fromLatin1(PayoutMatch::TillPayment), *id};
    }
    return std::nullopt;
}

bool alreadyImported(Database& db, const QString& acquirer, const QString& reference) {
    auto st = db.prepare("SELECT 1 FROM payout WHERE acquirer = ?1 AND reference = ?2");
    st.bindAll(acquirer, reference);
    return st.step();
}

void insertPayout(const Session& session, Payout& p) {
    Database& db = session.db();
    const std::int64_t nowMs = session.clock().nowMs();
    p.uid = Uuid::v7(nowMs);
    p.importedMs = nowMs;
    auto st = db.prepare(
        "INSERT INTO payout(uid, acquirer, reference, payout_date, currency, gross_minor, "
        "fee_minor, net_minor, file_name, imported_ms, imported_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    st.bindAll(p.uid, p.acquirer, p.reference, p.date.toString(Qt::ISODate), p.currency,
               p.gross.minor(), p.fee.minor(), p.net.minor(), p.fileName, nowMs, session.user().id);
    st.run();
    p.id = db.lastInsertId();
    p.unmatchedCount = 0;
    for (PayoutLine& line : p.lines) {
        if (const auto match = findMatch(db, line)) {
            line.matchKind = match->kind;
            line.matchId = match->id;
        } else if (line.isTransaction()) {
            ++p.unmatchedCount;
        }
        auto ins = db.prepare(
            "INSERT INTO payout_line(payout_id, line_no, kind, reference, tx_date, amount_minor, "
            "fee_minor, text, match_kind, match_id) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        ins.bindAll(p.id, line.lineNo, line.kind, line.reference,
                    line.txDate.isValid() ? line.txDate.toString(Qt::ISODate) : QString(),
                    line.amount.minor(), line.fee.minor(), line.text, line.matchKind,
                    line.matched() ? std::optional<std::int64_t>(line.matchId) : std::nullopt);
        ins.run();
    }
    session.journal(QStringLiteral("payout"), p.uid, QStringLiteral("import"),
                    {{QStringLiteral("acquirer"), p.acquirer},
                     {QStringLiteral("reference"), p.reference},
                     {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                     {QStringLiteral("gross"), p.gross.toDecimalString()},
                     {QStringLiteral("fee"), p.fee.toDecimalString()},
                     {QStringLiteral("net"), p.net.toDecimalString()},
                     {QStringLiteral("lines"), int(p.lines.size())},
                     {QStringLiteral("unmatched"), p.unmatchedCount},
                     {QStringLiteral("file"), p.fileName}});
}

}  // namespace

PayoutImportReport PayoutImport::importCsv(const Session& session, const QByteArray& csv,
                                           const QString& fileName, const QString& acquirer) {
    session.require(rights::AccountingManage);
    // The acquirer is part of the payout's key, so "Nets" and "nets" are one.
    const QString acquirerKey = acquirer.trimmed().toLower();
    if (acquirerKey.isEmpty())
        throw Error::invalid(QStringLiteral("acquirer"),
                             tr("Name the card acquirer the settlement report is from."));
    Database& db = session.db();
    PayoutCsvParse parse = PayoutCsv::parse(csv, CompanyService::rules(db).currency);
    if (!parse.problems.empty())
        throw Error::invalid(QStringLiteral("file"),
                             tr("The settlement report %1 was not imported:\n%2")
                                 .arg(fileName.isEmpty() ? tr("(no name)") : fileName,
                                      PayoutCsv::describe(parse.problems)));
    PayoutImportReport report;
    Transaction tx(db);
    for (Payout& p : parse.payouts) {
        if (alreadyImported(db, acquirerKey, p.reference)) {
            report.alreadyImported << p.reference;
            continue;
        }
        p.acquirer = acquirerKey;
        p.fileName = fileName;
        insertPayout(session, p);
        report.unmatched += p.unmatchedCount;
        report.imported.push_back(p);
    }
    tx.commit();
    return report;
}

PayoutImportReport PayoutImport::importFile(const Session& session, const QString& path,
                                            const QString& acquirer) {
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        throw Error(ErrorCode::NotFound, tr("There is no file %1.").arg(shown),
                    QStringLiteral("file"));
    if (!info.isFile())
        throw Error::invalid(QStringLiteral("file"), tr("%1 is not a file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::invalid(QStringLiteral("file"),
                             tr("Cannot read %1: %2").arg(shown, file.errorString()));
    return importCsv(session, file.readAll(), info.fileName(), acquirer);
}

int PayoutImport::rematch(const Session& session) {
    session.require(rights::AccountingManage);
    Database& db = session.db();
    Transaction tx(db);
    struct Open {
        std::int64_t payoutId;
        PayoutLine line;
    };
    std::vector<Open> open;
    {
        auto st = db.prepare(
            "SELECT l.payout_id, l.line_no, l.reference, l.amount_minor, p.currency "
            "FROM payout_line l JOIN payout p ON p.id = l.payout_id "
            "WHERE l.kind = 'transaction' AND l.match_kind = '' ORDER BY l.payout_id, l.line_no");
        while (st.step()) {
            PayoutLine line;
            line.kind = QStringLiteral("transaction");
            line.lineNo = int(st.int64(1));
            line.reference = st.text(2);
            line.amount = Money(st.int64(3), Currency::fromCode(st.text(4)));
            open.push_back({st.int64(0), line});
        }
    }
    std::map<std::int64_t, int> matchedPerPayout;  // journaled in payout order
    for (const Open& o : open) {
        const auto match = findMatch(db, o.line);
        if (!match)
            continue;
        auto st = db.prepare(
            "UPDATE payout_line SET match_kind = ?1, match_id = ?2 "
            "WHERE payout_id = ?3 AND line_no = ?4 AND match_kind = ''");
        st.bindAll(match->kind, match->id, o.payoutId, o.line.lineNo);
        st.run();
        ++matchedPerPayout[o.payoutId];
    }
    int matched = 0;
    for (const auto& [payoutId, count] : matchedPerPayout) {
        auto st = db.prepare("SELECT uid FROM payout WHERE id = ?1");
        st.bind(1, payoutId);
        st.step();
        session.journal(QStringLiteral("payout"), st.blob(0), QStringLiteral("match"),
                        {{QStringLiteral("matched"), count}});
        matched += count;
    }
    tx.commit();
    return matched;
}

}  // namespace skranke
