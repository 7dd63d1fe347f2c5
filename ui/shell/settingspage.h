#pragma once

#include <QTabWidget>

namespace skranke {

class AppContext;
class CompanySettingsPage;
class UsersSettingsPage;
class InvoicingSettingsPage;
class MailSettingsPage;
class TillSettingsPage;
class BookableSettingsPage;
class OrdersSettingsPage;

class SettingsPage final : public QTabWidget {
    Q_OBJECT
public:
    explicit SettingsPage(AppContext& context, QWidget* parent = nullptr);
    CompanySettingsPage* company() const { return m_company; }
    UsersSettingsPage* users() const { return m_users; }
    InvoicingSettingsPage* invoicing() const { return m_invoicing; }
    MailSettingsPage* mail() const { return m_mail; }
    TillSettingsPage* till() const { return m_till; }
    BookableSettingsPage* bookable() const { return m_bookable; }
    OrdersSettingsPage* orders() const { return m_orders; }

private:
    CompanySettingsPage* m_company;
    UsersSettingsPage* m_users;
    InvoicingSettingsPage* m_invoicing;
    MailSettingsPage* m_mail;
    TillSettingsPage* m_till;
    BookableSettingsPage* m_bookable;
    OrdersSettingsPage* m_orders;
};

}  // namespace skranke
