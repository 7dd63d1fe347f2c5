#include "app/skranke-cli/accountingjson.h"

#include "core/time/dates.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace skranke::cli {

namespace {

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString isoTime(std::int64_t ms, const QString& timeZone) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(timeZone.toUtf8())).toString(Qt::ISODate);
}

QJsonValue timeOrNull(const std::optional<std::int64_t>& ms, const QString& timeZone) {
    return ms ? QJsonValue(isoTime(*ms, timeZone)) : QJsonValue(QJsonValue::Null);
}

QString money(const Money& amount) {
    return amount.toDecimalString() + QLatin1Char(' ') + amount.currency().code();
}

QJsonObject lineJson(const VoucherLine& l) {
    const Money zero = Money::zero(l.amount.currency());
    return {
        {QStringLiteral("account"), textOrNull(l.account)},
        {QStringLiteral("role"), l.role},
        {QStringLiteral("qualifier"), l.qualifier},
        {QStringLiteral("amount"), l.amount.toDecimalString()},
        {QStringLiteral("debit"), (l.amount.isPositive() ? l.amount : zero).toDecimalString()},
        {QStringLiteral("credit"), (l.amount.isNegative() ? -l.amount : zero).toDecimalString()},
        {QStringLiteral("vat_rate"), l.vatRate},
        {QStringLiteral("vat_code"), l.vatCode},
        {QStringLiteral("text"), l.text}};
}

// What the list shows in its last column: the receiving system's reference,
// or why the voucher failed.
QString referenceOrReason(const Voucher& v) {
    if (v.state == VoucherState::Failed)
        return VoucherTexts::failReasonText(v.failKind, v.failReason);
    return v.targetRef;
}

}  // namespace

QStringList alignedTable(const QList<QStringList>& rows, const QList<int>& right) {
    QList<int> widths;
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], int(row[i].size()));
        }
    QStringList out;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i) {
            const bool last = i == row.size() - 1;
            if (right.contains(i))
                cells << row[i].rightJustified(widths[i]);
            else
                cells << (last ? row[i] : row[i].leftJustified(widths[i]));
        }
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line;
    }
    return out;
}

QJsonObject voucherJson(const Voucher& v, bool withLines, const QString& timeZone) {
    QJsonObject o{
        {QStringLiteral("number"), qint64(v.number)},
        {QStringLiteral("date"), Dates::iso(v.date)},
        {QStringLiteral("document"), v.sourceRef},
        {QStringLiteral("source"), v.sourceKind},
        {QStringLiteral("category"), VoucherTexts::categoryKey(v.category)},
        {QStringLiteral("text"), v.text},
        {QStringLiteral("method"), textOrNull(v.method)},
        {QStringLiteral("amount"), v.amount.toDecimalString()},
        {QStringLiteral("currency"), v.currency},
        {QStringLiteral("state"), VoucherTexts::stateKey(v.state)},
        {QStringLiteral("target"), textOrNull(v.target)},
        {QStringLiteral("reference"), textOrNull(v.targetRef)},
        {QStringLiteral("fail_kind"), v.failKind == FailKind::None
                                          ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(VoucherTexts::failKindKey(v.failKind))},
        {QStringLiteral("reason"), textOrNull(VoucherTexts::failDetail(v.failKind, v.failReason))},
        {QStringLiteral("attempts"), v.attempts},
        {QStringLiteral("queued_at"), timeOrNull(v.queuedMs, timeZone)},
        {QStringLiteral("transferred_at"), timeOrNull(v.transferredMs, timeZone)},
        {QStringLiteral("failed_at"), timeOrNull(v.failedMs, timeZone)},
        {QStringLiteral("uid"), v.uidText()}};
    if (withLines) {
        QJsonArray lines;
        for (const VoucherLine& l : v.lines)
            lines.append(lineJson(l));
        o.insert(QStringLiteral("lines"), lines);
        o.insert(QStringLiteral("balanced"), v.balanced());
    }
    return o;
}

QStringList voucherTable(const std::vector<Voucher>& vouchers) {
    QList<QStringList> rows{
        {AccountingText::tr("No."), AccountingText::tr("Date"), AccountingText::tr("Document"),
         AccountingText::tr("Text"), AccountingText::tr("Method"), AccountingText::tr("Amount"),
         AccountingText::tr("State"), AccountingText::tr("Reference / reason")}};
    for (const Voucher& v : vouchers)
        rows << QStringList{QString::number(v.number),
                            Dates::iso(v.date),
                            v.sourceRef,
                            v.text,
                            v.method,
                            money(v.amount),
                            VoucherTexts::stateLabel(v.state),
                            referenceOrReason(v)};
    return alignedTable(rows, {0, 5});
}

QString voucherText(const Voucher& v, const QString& timeZone) {
    QStringList out{
        AccountingText::tr("Voucher %1, %2: %3").arg(v.number).arg(Dates::iso(v.date), v.text),
        AccountingText::tr("Document: %1 (%2)")
            .arg(v.sourceRef, VoucherTexts::categoryLabel(v.category)),
        AccountingText::tr("Amount: %1").arg(money(v.amount))};
    if (!v.method.isEmpty())
        out << AccountingText::tr("Method: %1").arg(v.method);
    out << AccountingText::tr("State: %1").arg(VoucherTexts::stateLabel(v.state));
    if (v.state == VoucherState::Transferred)
        out << AccountingText::tr("Transferred to %1 at %2, reference %3")
                   .arg(v.target, isoTime(v.transferredMs.value_or(0), timeZone), v.targetRef);
    if (v.state == VoucherState::Failed)
        out << AccountingText::tr("Failed: %1").arg(referenceOrReason(v));
    if (v.attempts > 0)
        out << AccountingText::tr("Attempts: %1").arg(v.attempts);
    out << QString();
    QList<QStringList> rows{{AccountingText::tr("Account"), AccountingText::tr("Debit"),
                             AccountingText::tr("Credit"), AccountingText::tr("VAT"),
                             AccountingText::tr("Text")}};
    for (const VoucherLine& l : v.lines) {
        const QString account = l.account.isEmpty()
                                    ? AccountingText::tr("not mapped (%1)")
                                          .arg(AccountMapping::describe(l.role, l.qualifier))
                                    : l.account;
        rows << QStringList{account, l.amount.isPositive() ? l.amount.toDecimalString() : QString(),
                            l.amount.isNegative() ? (-l.amount).toDecimalString() : QString(),
                            l.vatCode, l.text};
    }
    if (!v.lines.empty())
        rows << QStringList{AccountingText::tr("Total"), v.debits().toDecimalString(),
                            v.credits().toDecimalString(), QString(), QString()};
    out << alignedTable(rows, {1, 2});
    return out.join(QLatin1Char('\n'));
}

QJsonObject transferRunJson(const TransferRun& run) {
    return {{QStringLiteral("transferred"), run.transferred},
            {QStringLiteral("failed"), run.failed},
            {QStringLiteral("stopped"), run.stopped},
            {QStringLiteral("busy"), run.busy},
            {QStringLiteral("stop_reason"), textOrNull(run.stopReason)}};
}

QString transferRunText(const TransferRun& run) {
    if (run.busy)
        return AccountingText::tr(
            "Another transfer is running right now; nothing was sent. Try again shortly.");
    QStringList out{
        AccountingText::tr("Transferred: %1, failed: %2.").arg(run.transferred).arg(run.failed)};
    if (run.stopped)
        out << AccountingText::tr("Stopped: %1").arg(run.stopReason);
    return out.join(QLatin1Char('\n'));
}

QJsonObject settingsJson(const AccountingSettings& s) {
    return {{QStringLiteral("target"), textOrNull(s.target)},
            {QStringLiteral("auto_transfer"), s.autoTransfer},
            {QStringLiteral("auto_from"), s.autoFrom.isValid() ? QJsonValue(Dates::iso(s.autoFrom))
                                                               : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("rest_url"), textOrNull(s.restUrl)},
            // The key is a secret: only whether one is set.
            {QStringLiteral("rest_key_set"), !s.restKey.isEmpty()},
            {QStringLiteral("rest_timeout_s"), s.restTimeoutS}};
}

QString settingsText(const AccountingSettings& s) {
    const QString none = AccountingText::tr("(none)");
    return QStringList{
        AccountingText::tr("Target: %1")
            .arg(s.target.isEmpty() ? AccountingText::tr("none (vouchers are only exported)")
                                    : s.target),
        AccountingText::tr("Automatic transfer: %1")
            .arg(s.autoTransfer ? AccountingText::tr("on, for vouchers dated from %1")
                                      .arg(s.autoFrom.isValid() ? Dates::iso(s.autoFrom) : none)
                                : AccountingText::tr("off")),
        AccountingText::tr("REST URL: %1").arg(s.restUrl.isEmpty() ? none : s.restUrl),
        AccountingText::tr("REST key: %1")
            .arg(s.restKey.isEmpty() ? AccountingText::tr("not set") : AccountingText::tr("set")),
        AccountingText::tr("REST timeout: %1 s").arg(s.restTimeoutS)}
        .join(QLatin1Char('\n'));
}

QJsonObject mappingJson(const MappingEntry& e) {
    return {{QStringLiteral("role"), e.role},
            {QStringLiteral("qualifier"), e.qualifier},
            {QStringLiteral("account"), textOrNull(e.account)},
            {QStringLiteral("description"), AccountMapping::describe(e.role, e.qualifier)}};
}

QStringList mappingTable(const std::vector<MappingEntry>& entries) {
    QList<QStringList> rows{{AccountingText::tr("Role"), AccountingText::tr("Qualifier"),
                             AccountingText::tr("Account"), AccountingText::tr("What")}};
    for (const MappingEntry& e : entries)
        rows << QStringList{e.role, e.qualifier,
                            e.account.isEmpty() ? AccountingText::tr("not mapped") : e.account,
                            AccountMapping::describe(e.role, e.qualifier)};
    return alignedTable(rows);
}

QJsonObject accountJson(const Account& a) {
    return {{QStringLiteral("number"), a.number},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("kind"), ChartOfAccounts::kindKey(a.kind)},
            {QStringLiteral("standard_code"), textOrNull(a.standardCode)},
            {QStringLiteral("active"), a.active}};
}

QStringList accountTable(const std::vector<Account>& accounts) {
    QList<QStringList> rows{{AccountingText::tr("Account"), AccountingText::tr("Kind"),
                             AccountingText::tr("Standard"), AccountingText::tr("Name")}};
    for (const Account& a : accounts)
        rows << QStringList{a.number, ChartOfAccounts::kindLabel(a.kind), a.standardCode,
                            a.active ? a.name : AccountingText::tr("%1 (inactive)").arg(a.name)};
    return alignedTable(rows);
}

}  // namespace skranke::cli
