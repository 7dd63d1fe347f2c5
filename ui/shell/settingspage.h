#pragma once

#include <QTabWidget>

namespace skranke {

class AppContext;
class CompanySettingsPage;
class UsersSettingsPage;
class InvoicingSettingsPage;

class SettingsPage final : public QTabWidget {
    Q_OBJECT
public:
    explicit SettingsPage(AppContext& context, QWidget* parent = nullptr);
    CompanySettingsPage* company() const { return m_company; }
    UsersSettingsPage* users() const { return m_users; }
    InvoicingSettingsPage* invoicing() const { return m_invoicing; }

private:
    CompanySettingsPage* m_company;
    UsersSettingsPage* m_users;
    InvoicingSettingsPage* m_invoicing;
};

}  // namespace skranke
