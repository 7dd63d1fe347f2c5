#pragma once

#include "core/accounting/payout.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace skranke {

class Database;

// One payout as the acquirer reported it: its totals and its lines, each
// with the payment it settles, or "Not matched" in red.
class PayoutDialog final : public QDialog {
    Q_OBJECT
public:
    enum Column { Type, Reference, Date, Amount, Fee, MatchedTo, Text, ColumnCount };

    // Throws Error(NotFound) when there is no such payout.
    PayoutDialog(Database& db, std::int64_t payoutId, QWidget* parent = nullptr);

    const Payout& payout() const { return m_payout; }
    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }

private:
    void fill();

    Payout m_payout;
    QLabel* m_summary;
    QTableWidget* m_table;
};

}  // namespace skranke
