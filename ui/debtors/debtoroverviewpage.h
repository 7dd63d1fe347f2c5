#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace skranke {

class AppContext;
class DebtorOverviewModel;

// Who owes what: debtors with prepayment and outstanding, and the daily
// actions on them.
class DebtorOverviewPage final : public QWidget {
    Q_OBJECT
public:
    explicit DebtorOverviewPage(AppContext& context, QWidget* parent = nullptr);
    DebtorOverviewModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::int64_t currentDebtor() const;
    std::vector<std::int64_t> markedDebtors() const;
    void applyFilter();
    void newDebtor();
    void editDebtor();
    void registerPayment();
    void showPostings();
    void moveToGroup();
    void renameGroup();
    void exportCsv();

    AppContext& m_context;
    DebtorOverviewModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QCheckBox* m_onlyOutstanding;
    QCheckBox* m_hideZero;
    QLabel* m_totals;
};

}  // namespace skranke
