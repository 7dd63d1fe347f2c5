#pragma once

#include <QTabWidget>

namespace skranke {

class AppContext;
class CompanySettingsPage;
class UsersSettingsPage;

class SettingsPage final : public QTabWidget {
    Q_OBJECT
public:
    explicit SettingsPage(AppContext& context, QWidget* parent = nullptr);
    CompanySettingsPage* company() const { return m_company; }
    UsersSettingsPage* users() const { return m_users; }

private:
    CompanySettingsPage* m_company;
    UsersSettingsPage* m_users;
};

}  // namespace skranke
