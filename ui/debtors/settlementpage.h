#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace skranke {

class AppContext;
class SettlementCandidateModel;

// Automatic settlement: debtors whose payments and credits can settle
// their invoices; mark them and settle, oldest first.
class SettlementPage final : public QWidget {
    Q_OBJECT
public:
    explicit SettlementPage(AppContext& context, QWidget* parent = nullptr);
    SettlementCandidateModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void settleSelected();
    void applyFilter();

protected:
    void showEvent(QShowEvent* event) override;

private:
    AppContext& m_context;
    SettlementCandidateModel* m_model;
    QTableView* m_view;
    QSpinBox* m_from;
    QSpinBox* m_to;
    QCheckBox* m_balanceZero;
    QCheckBox* m_equalAmounts;
    QLabel* m_summary;
};

}  // namespace skranke
