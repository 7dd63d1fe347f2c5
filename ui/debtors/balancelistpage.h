#pragma once

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;

namespace skranke {

class AppContext;
class BalanceListModel;

// The aged debtor balance list as of any date, on screen, as PDF and CSV.
class BalanceListPage final : public QWidget {
    Q_OBJECT
public:
    explicit BalanceListPage(AppContext& context, QWidget* parent = nullptr);
    BalanceListModel* model() const { return m_model; }
    QDateEdit* asOfField() const { return m_asOf; }
    void refresh();

private:
    void savePdf();
    void saveCsv();

    AppContext& m_context;
    BalanceListModel* m_model;
    QTableView* m_view;
    QDateEdit* m_asOf;
    QSpinBox* m_interval;
    QSpinBox* m_from;
    QSpinBox* m_to;
    QCheckBox* m_specified;
    QCheckBox* m_includeZero;
    QLabel* m_message;
};

}  // namespace skranke
