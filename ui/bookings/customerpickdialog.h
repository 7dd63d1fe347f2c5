#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace skranke {

class AppContext;

// Finds a customer for a booking: type to search (ID, name, email, address,
// notes), Enter takes the highlighted one; "New customer…" creates one.
class CustomerPickDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CustomerPickDialog(AppContext& context, QWidget* parent = nullptr);

    std::int64_t customerId() const { return m_customerId; }
    QLineEdit* searchField() const { return m_search; }
    QListWidget* list() const { return m_list; }
    void search();
    void accept() override;

private:
    void createCustomer();

    AppContext& m_context;
    QLineEdit* m_search;
    QListWidget* m_list;
    std::int64_t m_customerId = 0;
};

}  // namespace skranke
