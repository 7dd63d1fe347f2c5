#include "ui/shell/settingspage.h"

#include "ui/shell/accountingsettingspage.h"
#include "ui/shell/bookablesettingspage.h"
#include "ui/shell/companysettingspage.h"
#include "ui/shell/invoicingsettingspage.h"
#include "ui/shell/mailsettingspage.h"
#include "ui/shell/orderssettingspage.h"
#include "ui/shell/tillsettingspage.h"
#include "ui/shell/userssettingspage.h"

namespace skranke {

SettingsPage::SettingsPage(AppContext& context, QWidget* parent)
    : QTabWidget(parent),
      m_company(new CompanySettingsPage(context, this)),
      m_users(new UsersSettingsPage(context, this)),
      m_invoicing(new InvoicingSettingsPage(context, this)),
      m_mail(new MailSettingsPage(context, this)),
      m_till(new TillSettingsPage(context, this)),
      m_bookable(new BookableSettingsPage(context, this)),
      m_orders(new OrdersSettingsPage(context, this)) {
    addTab(m_company, tr("&Company"));
    addTab(m_users, tr("Staff &users"));
    addTab(m_invoicing, tr("&Invoicing"));
    addTab(m_mail, tr("&Email"));
    addTab(m_till, tr("&Till"));
    addTab(m_bookable, tr("&Bookable products"));
    addTab(m_orders, tr("&Online orders"));
    addTab(new AccountingSettingsPage(context, this), tr("&Accounting"));
}

}  // namespace skranke
