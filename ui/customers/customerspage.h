#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace skranke {

class AppContext;
class CustomerListModel;

// Customers: type to search email, name, address lines and notes (or an
// ID); Down to the list, Enter edits; "New customer…" (Ctrl+N) creates.
class CustomersPage final : public QWidget {
    Q_OBJECT
public:
    explicit CustomersPage(AppContext& context, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTableView* view() const { return m_view; }
    CustomerListModel* model() const { return m_model; }
    void search();
    void editCurrent();
    void createCustomer();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    AppContext& m_context;
    QLineEdit* m_search;
    CustomerListModel* m_model;
    QTableView* m_view;
    QLabel* m_hint;
};

}  // namespace skranke
