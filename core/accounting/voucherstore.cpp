#include "core/accounting/voucherstore.h"

#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/statement.h"
#include "core/store/uuid.h"
#include "core/time/dates.h"

#include <QCoreApplication>
#include <QStringView>
#include <cstdio>
#include <string>

namespace skranke {

namespace {

constexpr char kColumns[] =
    "v.id, v.uid, v.number, v.voucher_date, v.currency, v.source_kind, v.source_id, "
    "v.source_ref, v.category, v.method, v.text, v.amount_minor, v.state, v.queued_ms, "
    "v.transferred_ms, v.target, v.target_ref, v.fail_kind, v.fail_reason, v.failed_ms, "
    "v.attempts, v.created_ms";
constexpr int kColumnCount = 22;

Voucher read(const Statement& st) {
    Voucher v;
    v.id = st.int64(0);
    v.uid = st.blob(1);
    v.number = st.int64(2);
    v.date = QDate::fromString(st.text(3), Qt::ISODate);
    v.currency = st.text(4);
    v.sourceKind = st.text(5);
    v.sourceId = st.int64(6);
    v.sourceRef = st.text(7);
    v.category = VoucherTexts::categoryFromKey(st.text(8)).value_or(VoucherCategory::Other);
    v.method = st.text(9);
    v.text = st.text(10);
    v.amount = Money(st.int64(11), Currency::fromCode(v.currency));
    v.state = VoucherTexts::stateFromKey(st.text(12)).value_or(VoucherState::Pending);
    v.queuedMs = st.optInt64(13);
    v.transferredMs = st.optInt64(14);
    v.target = st.text(15);
    v.targetRef = st.text(16);
    v.failKind = VoucherTexts::failKindFromKey(st.text(17));
    v.failReason = st.text(18);
    v.failedMs = st.optInt64(19);
    v.attempts = int(st.int64(20));
    v.createdMs = st.int64(21);
    return v;
}

// A line's text is stored only where it differs from its voucher's (most
// lines repeat it: a million copies in a year); read, it is the voucher's.
VoucherLine readLine(const Statement& st, int at, const Voucher& v) {
    const Currency& currency = v.amount.currency();
    VoucherLine l;
    l.role = st.text(at);
    l.qualifier = st.text(at + 1);
    l.account = st.isNull(at + 2) ? QString() : st.text(at + 2);
    l.amount = Money(st.int64(at + 3), currency);
    l.vatRate = st.text(at + 4);
    l.vatCode = st.text(at + 5);
    l.text = st.text(at + 6);
    if (l.text.isEmpty())
        l.text = v.text;
    return l;
}

constexpr char kLineColumns[] =
    "l.role, l.qualifier, l.account, l.amount_minor, l.vat_rate, l.vat_code, l.text";

void loadLines(Database& db, Voucher& v) {
    auto st = db.prepare(std::string("SELECT ") + kLineColumns +
                         " FROM voucher_line l WHERE l.voucher_id = ?1 ORDER BY l.line_no");
    st.bind(1, v.id);
    v.lines.clear();
    while (st.step())
        v.lines.push_back(readLine(st, 0, v));
}

// The WHERE clause for a filter; only the conditions set, so that SQLite
// can use the index that fits. Binds start at ?2 (?1 is the keyset); ?5 is unused.
std::string whereOf(const VoucherFilter& f) {
    // Failed vouchers are few and have an index of their own (partial), and
    // the Failed page spans every date: the dates are then only checked ("+"
    // keeps SQLite from choosing the date index and reading all of them).
    // Queued ones can be a whole year (automatic transfer from an early
    // date): for them the date index is right when a period is asked.
    const char* date = f.state == VoucherState::Failed ? "+v.voucher_date" : "v.voucher_date";
    std::string sql = " WHERE v.number > ?1";
    if (f.from.isValid())
        sql += std::string(" AND ") + date + " >= ?2";
    if (f.to.isValid())
        sql += std::string(" AND ") + date + " <= ?3";
    if (f.category)
        sql += " AND v.category = ?4";
    // A literal, not a parameter: only then can SQLite use a partial index.
    // The key is one of four words.
    if (f.state)
        sql += " AND v.state = '" + VoucherTexts::stateKey(*f.state).toStdString() + "'";
    if (!f.text.trimmed().isEmpty())
        sql +=
            " AND (v.text LIKE ?6 ESCAPE '\\' OR v.source_ref LIKE ?6 ESCAPE '\\' "
            "OR v.target_ref = ?7 OR v.number = ?8)";
    return sql;
}

void bindFilter(Statement& st, const VoucherFilter& f, std::int64_t after) {
    st.bind(1, after);
    if (f.from.isValid())
        st.bind(2, Dates::iso(f.from));
    if (f.to.isValid())
        st.bind(3, Dates::iso(f.to));
    if (f.category)
        st.bind(4, VoucherTexts::categoryKey(*f.category));
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        st.bind(6, QLatin1Char('%') + escaped + QLatin1Char('%'));
        st.bind(7, text);
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        st.bind(8, ok ? std::int64_t(number) : std::int64_t(-1));
    }
}

}  // namespace

namespace {

// Once a number is taken the series' start can no longer be set (as for
// invoices: InvoiceStore::setSeriesStart).
void advanceSeries(Database& db, std::int64_t count) {
    auto st = db.prepare(
        "UPDATE number_series SET next_number = next_number + ?1, start_locked = 1 "
        "WHERE name = 'voucher'");
    st.bind(1, count);
    st.run();
}

// A year of vouchers is millions of rows. SQLite's work per statement
// (starting the program, opening the table and each index) costs about as
// much as the row itself, so rows go in as multi-row INSERTs of this many;
// the rest one by one. The ids are given, not taken from SQLite, so that the
// lines can be written in batches after their vouchers.
constexpr int kVoucherBatch = 64;
constexpr int kLineBatch = 128;

constexpr char kVoucherInsert[] =
    "INSERT INTO voucher(id, uid, number, voucher_date, currency, source_kind, source_id, "
    "source_ref, category, method, text, amount_minor, state, queued_ms, fail_kind, "
    "fail_reason, failed_ms, created_ms) VALUES ";
constexpr int kVoucherParams = 18;
constexpr char kLineInsert[] =
    "INSERT INTO voucher_line(voucher_id, line_no, role, qualifier, account, amount_minor, "
    "vat_rate, vat_code, text) VALUES ";
constexpr int kLineParams = 9;

std::string multiRow(const char* head, int params, int rows) {
    std::string row = "(";
    for (int i = 0; i < params; ++i)
        row += i == 0 ? "?" : ",?";
    row += ')';
    std::string sql = head;
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += ',';
        sql += row;
    }
    return sql;
}

// Most of a voucher's texts are short and ASCII (kinds, keys, roles,
// accounts, codes, dates): those are bound from a buffer on the stack,
// without the allocation a conversion to UTF-8 costs (twice per row, for
// millions of rows); others are converted as usual.
void bindText(Statement& st, int index, QStringView text) {
    constexpr qsizetype Max = 63;
    if (text.size() <= Max) {
        char ascii[Max + 1];
        qsizetype i = 0;
        for (; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c == 0 || c >= 0x80)
                break;
            ascii[i] = char(c);
        }
        if (i == text.size()) {
            ascii[i] = '\0';
            st.bind(index, static_cast<const char*>(ascii));
            return;
        }
    }
    st.bind(index, text.toString());
}

void bindDate(Statement& st, int index, const QDate& date) {
    if (!date.isValid() || date.year() < 1000 || date.year() > 9999) {
        st.bind(index, Dates::iso(date));
        return;
    }
    char iso[11];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    st.bind(index, static_cast<const char*>(iso));
}

void bindVoucher(Statement& st, int at, const Voucher& v) {
    st.bind(at + 1, v.id);
    st.bind(at + 2, v.uid);
    st.bind(at + 3, v.number);
    bindDate(st, at + 4, v.date);
    bindText(st, at + 5, v.currency);
    bindText(st, at + 6, v.sourceKind);
    st.bind(at + 7, v.sourceId);
    bindText(st, at + 8, v.sourceRef);
    bindText(st, at + 9, VoucherTexts::categoryKey(v.category));
    bindText(st, at + 10, v.method);
    bindText(st, at + 11, v.text);
    st.bind(at + 12, v.amount.minor());
    bindText(st, at + 13, VoucherTexts::stateKey(v.state));
    st.bind(at + 14, v.queuedMs);
    bindText(st, at + 15, VoucherTexts::failKindKey(v.failKind));
    bindText(st, at + 16, v.failReason);
    st.bind(at + 17, v.failedMs);
    st.bind(at + 18, v.createdMs);
}

struct PendingLine {
    std::int64_t voucherId;
    int lineNo;
    const VoucherLine* line;
    const QString* voucherText;
};

void bindLine(Statement& st, int at, const PendingLine& p) {
    const VoucherLine& l = *p.line;
    st.bind(at + 1, p.voucherId);
    st.bind(at + 2, p.lineNo);
    bindText(st, at + 3, l.role);
    bindText(st, at + 4, l.qualifier);
    if (l.account.isEmpty())
        st.bindNull(at + 5);
    else
        bindText(st, at + 5, l.account);
    st.bind(at + 6, l.amount.minor());
    bindText(st, at + 7, l.vatRate);
    bindText(st, at + 8, l.vatCode);
    bindText(st, at + 9, l.text == *p.voucherText ? QStringView() : QStringView(l.text));
}

// Writes rows[0..n) with statements of `batch` rows, the rest one by one.
template <typename Row, typename Bind>
void insertRows(Database& db, const char* head, int params, int batch, const Row* rows,
                std::size_t n, Bind bind) {
    std::size_t i = 0;
    if (n >= std::size_t(batch)) {
        auto st = db.prepare(multiRow(head, params, batch));
        for (; i + batch <= n; i += batch) {
            for (int r = 0; r < batch; ++r)
                bind(st, r * params, rows[i + r]);
            st.run();
        }
    }
    if (i < n) {
        auto st = db.prepare(multiRow(head, params, 1));
        for (; i < n; ++i) {
            bind(st, 0, rows[i]);
            st.run();
        }
    }
}

}  // namespace

std::int64_t VoucherStore::nextNumber(Database& db) {
    auto series = db.prepare("SELECT next_number FROM number_series WHERE name = 'voucher'");
    if (!series.step())
        throw Error(
            ErrorCode::Storage,
            QCoreApplication::translate("skranke::VoucherStore", "The voucher series is missing."));
    return series.int64(0);
}

void VoucherStore::insert(Database& db, Voucher& v) {
    insertAll(db, {&v});
}

void VoucherStore::insertAll(Database& db, const std::vector<Voucher*>& vouchers) {
    if (vouchers.empty())
        return;
    std::int64_t number = nextNumber(db);
    auto maxId = db.prepare("SELECT coalesce(max(id), 0) FROM voucher");
    maxId.step();
    std::int64_t id = maxId.int64(0);
    std::vector<PendingLine> lines;
    for (Voucher* v : vouchers) {
        v->id = ++id;
        v->number = number++;
        v->uid = Uuid::v7(v->createdMs);
        v->amount = v->debits();
        int no = 0;
        for (const VoucherLine& l : v->lines)
            lines.push_back({v->id, ++no, &l, &v->text});
    }
    insertRows(db, kVoucherInsert, kVoucherParams, kVoucherBatch, vouchers.data(), vouchers.size(),
               [](Statement& st, int at, const Voucher* v) { bindVoucher(st, at, *v); });
    insertRows(db, kLineInsert, kLineParams, kLineBatch, lines.data(), lines.size(), bindLine);

    advanceSeries(db, std::int64_t(vouchers.size()));
}

std::optional<Voucher> VoucherStore::load(Database& db, std::int64_t id) {
    auto st = db.prepare(std::string("SELECT ") + kColumns + " FROM voucher v WHERE v.id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Voucher v = read(st);
    loadLines(db, v);
    return v;
}

Voucher VoucherStore::require(Database& db, std::int64_t id) {
    auto v = load(db, id);
    if (!v)
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("skranke::VoucherStore", "There is no voucher %1.")
                        .arg(id));
    return *v;
}

std::optional<Voucher> VoucherStore::byNumber(Database& db, std::int64_t number) {
    auto st = db.prepare("SELECT id FROM voucher WHERE number = ?1");
    st.bind(1, number);
    if (!st.step())
        return std::nullopt;
    return load(db, st.int64(0));
}

std::vector<Voucher> VoucherStore::list(Database& db, const VoucherFilter& filter,
                                        std::int64_t afterNumber, int limit) {
    auto st = db.prepare(std::string("SELECT ") + kColumns + " FROM voucher v" + whereOf(filter) +
                         " ORDER BY v.number LIMIT ?9");
    bindFilter(st, filter, afterNumber);
    st.bind(9, limit);
    std::vector<Voucher> out;
    while (st.step())
        out.push_back(read(st));
    return out;
}

std::int64_t VoucherStore::count(Database& db, const VoucherFilter& filter) {
    auto st = db.prepare("SELECT count(*) FROM voucher v" + whereOf(filter));
    bindFilter(st, filter, 0);
    return st.step() ? st.int64(0) : 0;
}

std::vector<Voucher> VoucherStore::withLines(Database& db, const QDate& from, const QDate& to) {
    std::vector<Voucher> out;
    forEachWithLines(db, from, to, [&out](const Voucher& v) { out.push_back(v); });
    return out;
}

namespace {

// What the exports use of a voucher: a year of them is read, so no more.
constexpr char kExportColumns[] =
    "v.id, v.number, v.voucher_date, v.currency, v.source_ref, v.category, v.text, "
    "v.amount_minor, v.created_ms";
constexpr int kExportColumnCount = 9;

Voucher readForExport(const Statement& st) {
    Voucher v;
    v.id = st.int64(0);
    v.number = st.int64(1);
    v.date = QDate::fromString(st.text(2), Qt::ISODate);
    v.currency = st.text(3);
    v.sourceRef = st.text(4);
    v.category = VoucherTexts::categoryFromKey(st.text(5)).value_or(VoucherCategory::Other);
    v.text = st.text(6);
    v.amount = Money(st.int64(7), Currency::fromCode(v.currency));
    v.createdMs = st.int64(8);
    return v;
}

}  // namespace

void VoucherStore::forEachWithLines(Database& db, const QDate& from, const QDate& to,
                                    const std::function<void(const Voucher&)>& visit) {
    auto st = db.prepare(std::string("SELECT ") + kExportColumns + ", " + kLineColumns +
                         " FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id "
                         "WHERE v.voucher_date BETWEEN ?1 AND ?2 "
                         "ORDER BY v.voucher_date, v.number, l.line_no");
    st.bindAll(Dates::iso(from), Dates::iso(to));
    std::optional<Voucher> current;
    while (st.step()) {
        if (!current || current->id != st.int64(0)) {
            if (current)
                visit(*current);
            current = readForExport(st);
        }
        current->lines.push_back(readLine(st, kExportColumnCount, *current));
    }
    if (current)
        visit(*current);
}

std::optional<Voucher> VoucherStore::nextQueued(Database& db) {
    auto st = db.prepare("SELECT id FROM voucher WHERE state = 'queued' ORDER BY number LIMIT 1");
    if (!st.step())
        return std::nullopt;
    return load(db, st.int64(0));
}

void VoucherStore::markQueued(Database& db, std::int64_t id, std::int64_t atMs) {
    auto st = db.prepare(
        "UPDATE voucher SET state = 'queued', queued_ms = ?2, fail_kind = '', fail_reason = '', "
        "failed_ms = NULL WHERE id = ?1 AND state <> 'transferred'");
    st.bindAll(id, atMs);
    st.run();
}

void VoucherStore::markTransferred(Database& db, std::int64_t id, std::int64_t atMs,
                                   const QString& target, const QString& reference) {
    auto st = db.prepare(
        "UPDATE voucher SET state = 'transferred', transferred_ms = ?2, target = ?3, "
        "target_ref = ?4, fail_kind = '', fail_reason = '', failed_ms = NULL WHERE id = ?1");
    st.bindAll(id, atMs, target, reference);
    st.run();
}

void VoucherStore::markFailed(Database& db, std::int64_t id, std::int64_t atMs, FailKind kind,
                              const QString& reason) {
    auto st = db.prepare(
        "UPDATE voucher SET state = 'failed', fail_kind = ?2, fail_reason = ?3, failed_ms = ?4 "
        "WHERE id = ?1 AND state <> 'transferred'");
    st.bindAll(id, VoucherTexts::failKindKey(kind), reason, atMs);
    st.run();
}

void VoucherStore::countAttempt(Database& db, std::int64_t id) {
    auto st = db.prepare("UPDATE voucher SET attempts = attempts + 1 WHERE id = ?1");
    st.bind(1, id);
    st.run();
}

void VoucherStore::saveAccounts(Database& db, const Voucher& v) {
    auto st = db.prepare(
        "UPDATE voucher_line SET account = ?3 WHERE voucher_id = ?1 AND line_no = ?2 "
        "AND account IS NOT ?3");
    int no = 0;
    for (const VoucherLine& l : v.lines) {
        st.bindAll(v.id, ++no);
        if (l.account.isEmpty())
            st.bindNull(3);
        else
            st.bind(3, l.account);
        st.run();
    }
}

}  // namespace skranke
