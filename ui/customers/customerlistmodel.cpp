#include "ui/customers/customerlistmodel.h"

#include "core/parties/customerservice.h"

#include <QRegularExpression>

namespace skranke {

CustomerListModel::CustomerListModel(Database& db, int limit, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_limit(limit) {
}

void CustomerListModel::search(const QString& text) {
    beginResetModel();
    m_rows = CustomerService::search(m_db, text, m_limit + 1);
    m_truncated = int(m_rows.size()) > m_limit;
    if (m_truncated)
        m_rows.resize(std::size_t(m_limit));
    endResetModel();
}

int CustomerListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Customer& c = m_rows[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Id)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return c.notes.isEmpty() ? QVariant() : QVariant(c.notes);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
        case Id:
            return qlonglong(c.id);
        case Name:
            return c.name;
        case Email:
            return c.noEmail ? tr("(no email)") : c.email;
        case Address:
            return QStringList{c.addressLine1, c.addressLine2, c.addressLine3}
                .filter(QRegularExpression(QStringLiteral("\\S")))
                .join(QStringLiteral(", "));
        case Postcode:
            return c.postcode;
        case City:
            return c.city;
        case Phone:
            return c.phone;
        default:
            return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Id:
            return tr("ID");
        case Name:
            return tr("Name");
        case Email:
            return tr("Email");
        case Address:
            return tr("Address");
        case Postcode:
            return tr("Postcode");
        case City:
            return tr("City");
        case Phone:
            return tr("Phone");
        default:
            return {};
    }
}

}  // namespace skranke
