#include "ui/shell/settingspage.h"

#include "ui/shell/companysettingspage.h"
#include "ui/shell/userssettingspage.h"

namespace skranke {

SettingsPage::SettingsPage(AppContext& context, QWidget* parent)
    : QTabWidget(parent),
      m_company(new CompanySettingsPage(context, this)),
      m_users(new UsersSettingsPage(context, this)) {
    addTab(m_company, tr("&Company"));
    addTab(m_users, tr("Staff &users"));
}

}  // namespace skranke
