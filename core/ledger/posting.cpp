#include "core/ledger/posting.h"

#include "core/store/error.h"

#include <QCoreApplication>
#include <array>

namespace skranke {

namespace {

struct KindInfo {
    PostingKind kind;
    const char* key;
    const char* name;
};

constexpr std::array kinds{
    KindInfo{PostingKind::Invoice, "invoice", QT_TRANSLATE_NOOP("skranke::PostingKind", "Invoice")},
    KindInfo{PostingKind::CreditNote, "credit_note",
             QT_TRANSLATE_NOOP("skranke::PostingKind", "Credit note")},
    KindInfo{PostingKind::Payment, "payment", QT_TRANSLATE_NOOP("skranke::PostingKind", "Payment")},
    KindInfo{PostingKind::WriteOff, "write_off",
             QT_TRANSLATE_NOOP("skranke::PostingKind", "Write-off")},
    KindInfo{PostingKind::ReminderFee, "reminder_fee",
             QT_TRANSLATE_NOOP("skranke::PostingKind", "Reminder fee")},
    KindInfo{PostingKind::Interest, "interest",
             QT_TRANSLATE_NOOP("skranke::PostingKind", "Interest")},
    KindInfo{PostingKind::Compensation, "compensation",
             QT_TRANSLATE_NOOP("skranke::PostingKind", "Compensation fee")},
};

}  // namespace

QString postingKindKey(PostingKind kind) {
    for (const KindInfo& k : kinds)
        if (k.kind == kind)
            return QLatin1String(k.key);
    return {};
}

PostingKind postingKindFromKey(const QString& key) {
    for (const KindInfo& k : kinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    throw Error(ErrorCode::Storage, QStringLiteral("unknown posting kind %1").arg(key));
}

const char* postingKindText(PostingKind kind) {
    for (const KindInfo& k : kinds)
        if (k.kind == kind)
            return k.name;
    return "";
}

QString postingKindName(PostingKind kind) {
    for (const KindInfo& k : kinds)
        if (k.kind == kind)
            return QCoreApplication::translate("skranke::PostingKind", k.name);
    return {};
}

}  // namespace skranke
