#include "ui/debtors/postingmodel.h"

#include <QLocale>

namespace skranke {

PostingModel::PostingModel(Database& db, std::int64_t debtorId, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_debtorId(debtorId) {
    reload();
}

void PostingModel::reload() {
    beginResetModel();
    m_rows = LedgerService::postings(m_db, m_debtorId);
    endResetModel();
}

int PostingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PostingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostingModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const PostingRow& r = m_rows[std::size_t(index.row())];
    const Posting& p = r.posting;
    const QLocale locale;
    if (role == RawValueRole) {
        switch (index.column()) {
            case Date:
                return p.date;
            case Kind:
                return postingKindKey(p.kind);
            case Number:
                return qlonglong(p.docNumber);
            case Text:
                return p.text;
            case Amount:
                return qlonglong(p.amount.minor());
            case Open:
                return qlonglong(p.open.minor());
            case Balance:
                return qlonglong(r.runningBalance.minor());
            case PaymentType:
                return p.paymentType;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case Date:
                return locale.toString(p.date, QLocale::ShortFormat);
            case Kind:
                return postingKindName(p.kind);
            case Number:
                return p.docNumber > 0 ? QString::number(p.docNumber) : QString();
            case Text:
                return p.reference.isEmpty() ? p.text
                                             : p.text + QStringLiteral(" · ") + p.reference;
            case Amount:
                return p.amount.format(locale, true);
            case Open:
                return p.open.isZero() ? QString() : p.open.format(locale, true);
            case Balance:
                return r.runningBalance.format(locale, true);
            case PaymentType:
                return p.paymentType;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Amount && index.column() <= Balance)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PostingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Date:
            return tr("Date");
        case Kind:
            return tr("Entry");
        case Number:
            return tr("No.");
        case Text:
            return tr("Text");
        case Amount:
            return tr("Amount");
        case Open:
            return tr("Open");
        case Balance:
            return tr("Balance");
        case PaymentType:
            return tr("Payment type");
    }
    return {};
}

}  // namespace skranke
