#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace skranke {

class AppContext;

// "How much is left on my gift card?": scan or type the card's number and
// Enter; shows the balance and every entry with its till and receipt.
class ValueCardDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ValueCardDialog(AppContext& context, QWidget* parent = nullptr);

    QLineEdit* numberField() const { return m_number; }
    QLabel* balanceLabel() const { return m_balance; }
    QTableWidget* entries() const { return m_entries; }
    void lookUp();

private:
    AppContext& m_context;
    QLineEdit* m_number;
    QLabel* m_balance;
    QTableWidget* m_entries;
};

}  // namespace skranke
