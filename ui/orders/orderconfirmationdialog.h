#pragma once

#include <QDialog>
#include <cstdint>

class QTextBrowser;

namespace skranke {

class AppContext;
class Database;
struct Order;

// The order confirmation as the customer got it, rebuilt from the stored
// order (the shop's own e-mail is not kept): read only, to answer "what
// did I order?" on the phone.
class OrderConfirmationDialog final : public QDialog {
    Q_OBJECT
public:
    // Throws Error(NotFound) when there is no such order.
    OrderConfirmationDialog(AppContext& context, std::int64_t orderId, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

    // The confirmation as HTML; every stored text is escaped.
    static QString html(Database& db, const Order& order);

private:
    QTextBrowser* m_browser;
};

}  // namespace skranke
