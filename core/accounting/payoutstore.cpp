#include "core/accounting/payoutstore.h"

#include "core/accounting/voucher.h"
#include "core/money/currency.h"
#include "core/store/database.h"
#include "core/store/error.h"

namespace skranke {

namespace {

// The columns readPayout() reads, in its order, from a payout aliased p.
constexpr char payoutColumns[] =
    "p.id, p.uid, p.acquirer, p.reference, p.payout_date, p.currency, p.gross_minor, "
    "p.fee_minor, p.net_minor, p.file_name, p.imported_ms, "
    "(SELECT count(*) FROM payout_line l WHERE l.payout_id = p.id AND l.kind = 'transaction'), "
    "(SELECT count(*) FROM payout_line l WHERE l.payout_id = p.id AND l.kind = 'transaction' "
    " AND l.match_kind = '')";

Payout readPayout(Statement& st) {
    Payout p;
    p.id = st.int64(0);
    p.uid = st.blob(1);
    p.acquirer = st.text(2);
    p.reference = st.text(3);
    p.date = QDate::fromString(st.text(4), Qt::ISODate);
    p.currency = st.text(5);
    const Currency currency = Currency::fromCode(p.currency);
    p.gross = Money(st.int64(6), currency);
    p.fee = Money(st.int64(7), currency);
    p.net = Money(st.int64(8), currency);
    p.fileName = st.text(9);
    p.importedMs = st.int64(10);
    p.transactionCount = int(st.int64(11));
    p.unmatchedCount = int(st.int64(12));
    return p;
}

PayoutLine readLine(Statement& st, int first, const Currency& currency) {
    PayoutLine line;
    line.lineNo = int(st.int64(first));
    line.kind = st.text(first + 1);
    line.reference = st.text(first + 2);
    line.txDate = QDate::fromString(st.text(first + 3), Qt::ISODate);
    line.amount = Money(st.int64(first + 4), currency);
    line.fee = Money(st.int64(first + 5), currency);
    line.text = st.text(first + 6);
    line.matchKind = st.text(first + 7);
    line.matchId = st.optInt64(first + 8).value_or(0);
    return line;
}

constexpr char lineColumns[] =
    "l.line_no, l.kind, l.reference, l.tx_date, l.amount_minor, l.fee_minor, l.text, "
    "l.match_kind, l.match_id";

QString likePattern(const QString& text) {
    QString escaped = text.trimmed();
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QString dateText(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

}  // namespace

std::vector<Payout> PayoutStore::list(Database& db, const QDate& from, const QDate& to,
                                      const QString& text, int limit) {
    const std::string sql =
        std::string("SELECT ") + payoutColumns +
        " FROM payout p WHERE (?1 = '' OR p.payout_date >= ?1) AND (?2 = '' OR p.payout_date <= "
        "?2) AND (?3 = '' OR p.reference LIKE ?4 ESCAPE '\\' OR p.acquirer LIKE ?4 ESCAPE '\\' "
        "OR EXISTS (SELECT 1 FROM payout_line l WHERE l.payout_id = p.id "
        "AND l.reference LIKE ?4 ESCAPE '\\')) "
        "ORDER BY p.payout_date DESC, p.id DESC LIMIT ?5";
    auto st = db.prepare(sql);
    st.bindAll(dateText(from), dateText(to), text.trimmed(), likePattern(text), limit);
    std::vector<Payout> out;
    while (st.step())
        out.push_back(readPayout(st));
    return out;
}

std::optional<Payout> PayoutStore::load(Database& db, std::int64_t id) {
    auto st = db.prepare(std::string("SELECT ") + payoutColumns + " FROM payout p WHERE p.id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Payout p = readPayout(st);
    const Currency currency = Currency::fromCode(p.currency);
    auto lines = db.prepare(std::string("SELECT ") + lineColumns +
                            " FROM payout_line l WHERE l.payout_id = ?1 ORDER BY l.line_no");
    lines.bind(1, id);
    while (lines.step()) {
        PayoutLine line = readLine(lines, 0, currency);
        line.matchLabel = matchLabel(db, line.matchKind, line.matchId);
        p.lines.push_back(line);
    }
    return p;
}

Payout PayoutStore::require(Database& db, std::int64_t id) {
    if (auto p = load(db, id))
        return *p;
    throw Error(ErrorCode::NotFound, tr("There is no payout %1.").arg(id));
}

std::vector<UnmatchedPayoutLine> PayoutStore::unmatchedLines(Database& db, const QDate& from,
                                                             const QDate& to) {
    auto st = db.prepare(
        std::string("SELECT p.id, p.reference, p.payout_date, p.acquirer, p.currency, ") +
        lineColumns +
        " FROM payout p JOIN payout_line l ON l.payout_id = p.id "
        "WHERE l.kind = 'transaction' AND l.match_kind = '' "
        "AND (?1 = '' OR p.payout_date >= ?1) AND (?2 = '' OR p.payout_date <= ?2) "
        "ORDER BY p.payout_date, p.id, l.line_no");
    st.bindAll(dateText(from), dateText(to));
    std::vector<UnmatchedPayoutLine> out;
    while (st.step()) {
        UnmatchedPayoutLine u;
        u.payoutId = st.int64(0);
        u.payoutReference = st.text(1);
        u.payoutDate = QDate::fromString(st.text(2), Qt::ISODate);
        u.acquirer = st.text(3);
        u.line = readLine(st, 5, Currency::fromCode(st.text(4)));
        out.push_back(u);
    }
    return out;
}

QString PayoutStore::matchLabel(Database& db, const QString& matchKind, std::int64_t matchId) {
    if (matchKind == QLatin1String(PayoutMatch::Order)) {
        auto st = db.prepare("SELECT external_id FROM web_order WHERE id = ?1");
        st.bind(1, matchId);
        return st.step() ? tr("Order %1").arg(st.text(0)) : QString();
    }
    if (matchKind == QLatin1String(PayoutMatch::Receipt)) {
        auto st = db.prepare(
            "SELECT t.ref, r.number, r.kind FROM receipt r JOIN till t ON t.id = r.till_id "
            "WHERE r.id = ?1");
        st.bind(1, matchId);
        if (!st.step())
            return QString();
        return st.text(2) == QLatin1String("return")
                   ? tr("Return receipt %1-%2").arg(st.text(0)).arg(st.int64(1))
                   : tr("Receipt %1-%2").arg(st.text(0)).arg(st.int64(1));
    }
    if (matchKind == QLatin1String(PayoutMatch::TillPayment)) {
        auto st = db.prepare(
            "SELECT t.ref, d.id, CASE WHEN d.company_name <> '' THEN d.company_name ELSE d.name "
            "END FROM till_payment tp JOIN till_shift s ON s.id = tp.shift_id "
            "JOIN till t ON t.id = s.till_id JOIN posting po ON po.id = tp.posting_id "
            "JOIN debtor d ON d.id = po.debtor_id WHERE tp.id = ?1");
        st.bind(1, matchId);
        if (!st.step())
            return QString();
        return tr("Till payment %1, debtor %2 %3").arg(st.text(0)).arg(st.int64(1)).arg(st.text(2));
    }
    return QString();
}

QStringList PayoutStore::acquirers(Database& db) {
    auto st = db.prepare("SELECT DISTINCT acquirer FROM payout ORDER BY acquirer");
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QString PayoutStore::transferState(Database& db, std::int64_t payoutId) {
    auto st = db.prepare("SELECT state FROM voucher WHERE source_kind = ?1 AND source_id = ?2");
    st.bindAll(QString::fromLatin1(VoucherSource::Payout), payoutId);
    if (!st.step())
        return QString();
    const auto state = VoucherTexts::stateFromKey(st.text(0));
    return state ? VoucherTexts::stateLabel(*state) : st.text(0);
}

}  // namespace skranke
