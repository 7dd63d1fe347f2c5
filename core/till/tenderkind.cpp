#include "core/store/error.h"
#include "core/till/till.h"

#include <QCoreApplication>

namespace skranke {

namespace {

struct KindInfo {
    TenderKind kind;
    const char* key;
    const char* name;
};

const KindInfo kinds[] = {
    {TenderKind::Cash, "cash", QT_TRANSLATE_NOOP("skranke::TenderKind", "Cash")},
    {TenderKind::Card, "card", QT_TRANSLATE_NOOP("skranke::TenderKind", "Card")},
    {TenderKind::ValueCard, "value_card", QT_TRANSLATE_NOOP("skranke::TenderKind", "Value card")},
    {TenderKind::Invoice, "invoice", QT_TRANSLATE_NOOP("skranke::TenderKind", "On invoice")},
};

}  // namespace

QString tenderKindKey(TenderKind kind) {
    for (const KindInfo& k : kinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

TenderKind tenderKindFromKey(const QString& key) {
    for (const KindInfo& k : kinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    throw Error::invalid(
        QStringLiteral("tender"),
        QCoreApplication::translate("skranke::TenderKind", "\"%1\" is not a tender (cash, card).")
            .arg(key));
}

QString tenderKindName(TenderKind kind) {
    for (const KindInfo& k : kinds)
        if (k.kind == kind)
            return QCoreApplication::translate("skranke::TenderKind", k.name);
    return {};
}

}  // namespace skranke
