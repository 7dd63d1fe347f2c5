#include "core/catalog/product.h"

#include "core/store/error.h"

#include <QCoreApplication>
#include <array>

namespace skranke {

namespace {

struct KindInfo {
    ProductKind kind;
    const char* key;
    const char* name;
    bool bookable;
};

constexpr std::array kinds{
    KindInfo{ProductKind::Goods, "goods", QT_TRANSLATE_NOOP("skranke::ProductKind", "Goods"),
             false},
    KindInfo{ProductKind::StockGoods, "stock_goods",
             QT_TRANSLATE_NOOP("skranke::ProductKind", "Stock goods"), false},
    KindInfo{ProductKind::Service, "service", QT_TRANSLATE_NOOP("skranke::ProductKind", "Service"),
             false},
    KindInfo{ProductKind::TimeSlot, "time_slot",
             QT_TRANSLATE_NOOP("skranke::ProductKind", "Time slot"), true},
    KindInfo{ProductKind::Accommodation, "accommodation",
             QT_TRANSLATE_NOOP("skranke::ProductKind", "Accommodation"), true},
    KindInfo{ProductKind::Rental, "rental", QT_TRANSLATE_NOOP("skranke::ProductKind", "Rental"),
             true},
    KindInfo{ProductKind::Event, "event",
             QT_TRANSLATE_NOOP("skranke::ProductKind", "Event or course"), true},
    KindInfo{ProductKind::ValueCard, "value_card",
             QT_TRANSLATE_NOOP("skranke::ProductKind", "Gift/value card"), false},
    KindInfo{ProductKind::Entry, "entry", QT_TRANSLATE_NOOP("skranke::ProductKind", "Entry"),
             false},
};

const KindInfo& info(ProductKind kind) {
    for (const KindInfo& k : kinds)
        if (k.kind == kind)
            return k;
    return kinds.front();
}

}  // namespace

QString productKindKey(ProductKind kind) {
    return QString::fromLatin1(info(kind).key);
}

ProductKind productKindFromKey(const QString& key) {
    for (const KindInfo& k : kinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    throw Error::invalid(
        QStringLiteral("kind"),
        QCoreApplication::translate("skranke::ProductKind", "\"%1\" is not a product kind.")
            .arg(key));
}

QString productKindName(ProductKind kind) {
    return QCoreApplication::translate("skranke::ProductKind", info(kind).name);
}

bool isBookable(ProductKind kind) {
    return info(kind).bookable;
}

}  // namespace skranke
