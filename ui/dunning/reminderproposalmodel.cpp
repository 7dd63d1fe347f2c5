#include "ui/dunning/reminderproposalmodel.h"

#include <QLocale>

namespace skranke {

ReminderProposalModel::ReminderProposalModel(QObject* parent) : QAbstractTableModel(parent) {
}

void ReminderProposalModel::setProposals(std::vector<ReminderRun::Proposal> proposals) {
    beginResetModel();
    m_rows = std::move(proposals);
    m_marked.assign(m_rows.size(), true);
    endResetModel();
    Q_EMIT markedChanged();
}

void ReminderProposalModel::clear() {
    setProposals({});
}

void ReminderProposalModel::setAllMarked(bool marked) {
    m_marked.assign(m_rows.size(), marked);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Id), index(rowCount() - 1, Id), {Qt::CheckStateRole});
    Q_EMIT markedChanged();
}

std::vector<std::int64_t> ReminderProposalModel::markedDebtors() const {
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_marked[i])
            out.push_back(m_rows[i].debtorId);
    return out;
}

int ReminderProposalModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReminderProposalModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReminderProposalModel::claimsToolTip(const ReminderRun::Proposal& p) const {
    const QLocale locale;
    QStringList lines;
    for (const ReminderRun::Claim& c : p.claims) {
        QString line =
            tr("Invoice %1, due %2: %3")
                .arg(c.number)
                .arg(locale.toString(c.dueDate, QLocale::ShortFormat), c.open.format(locale, true));
        if (!c.interest.isZero())
            line += tr(", interest %1").arg(c.interest.format(locale, true));
        if (!c.noFeeReason.isEmpty())
            line += QStringLiteral(" — ") + c.noFeeReason;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant ReminderProposalModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ReminderRun::Proposal& p = m_rows[std::size_t(index.row())];
    const QLocale locale;
    if (role == Qt::CheckStateRole && index.column() == Id)
        return m_marked[std::size_t(index.row())] ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return index.column() == Earlier ? tr("Unpaid fees and interest of earlier reminders: "
                                              "shown on the reminder, not charged again.")
                                         : claimsToolTip(p);
    if (role == Qt::TextAlignmentRole && index.column() >= Invoices)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
        case Id:
            return QString::number(p.debtorId);
        case Name:
            return p.name;
        case Email: {
            return p.email.isEmpty() ? tr("— (print)") : p.email;
        }
        case Invoices:
            return int(p.claims.size());
        case Claims:
            return p.claimsTotal.format(locale, true);
        case Earlier:
            return p.earlierCharges.format(locale, true);
        case Fee:
            return p.fee.format(locale, true);
        case Compensation:
            return p.compensation.format(locale, true);
        case Interest:
            return p.interest.format(locale, true);
        case Total:
            return p.total.format(locale, true);
        default:
            return {};
    }
}

bool ReminderProposalModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != Id || role != Qt::CheckStateRole)
        return false;
    m_marked[std::size_t(index.row())] = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT markedChanged();
    return true;
}

Qt::ItemFlags ReminderProposalModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Id)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ReminderProposalModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Id:
            return tr("Debtor");
        case Name:
            return tr("Name");
        case Email:
            return tr("Email");
        case Invoices:
            return tr("Invoices");
        case Claims:
            return tr("Outstanding");
        case Earlier:
            return tr("Earlier charges");
        case Fee:
            return tr("Fee");
        case Compensation:
            return tr("Compensation");
        case Interest:
            return tr("Interest");
        case Total:
            return tr("Total");
        default:
            return {};
    }
}

}  // namespace skranke
