#pragma once

#include "core/money/money.h"
#include "core/money/rate.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace skranke {

// The kinds of things a front desk sells or books.
enum class ProductKind {
    Goods,       // sold over the counter
    StockGoods,  // goods with stock keeping
    Service,
    TimeSlot,       // booked with start and end times (sauna slot, court)
    Accommodation,  // booked by night (cabin, room)
    Rental,         // booked by the hour (canoe, bike)
    Event,          // courses and events with participant capacity
    ValueCard,      // gift/value card: a liability, not revenue
    Entry,          // admission
};

QString productKindKey(ProductKind kind);            // "time_slot"
ProductKind productKindFromKey(const QString& key);  // throws Error::invalid("kind")
QString productKindName(ProductKind kind);           // translated, for display
bool isBookable(ProductKind kind);

struct Product {
    std::int64_t id = 0;
    QByteArray uid;
    QString number;  // item number
    QString name;
    ProductKind kind = ProductKind::Goods;
    QString category;
    Money price;  // including VAT
    Rate vatRate;
    QString ean;  // empty when none
    int capacity = 1;
    bool active = true;
};

}  // namespace skranke
