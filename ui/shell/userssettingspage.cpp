#include "ui/shell/userssettingspage.h"

#include "core/auth/rights.h"
#include "core/auth/userservice.h"
#include "core/store/error.h"
#include "ui/shell/adduserdialog.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/staffusermodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace skranke {

UsersSettingsPage::UsersSettingsPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new StaffUserModel(context, this)),
      m_view(new QTableView(this)),
      m_message(new QLabel(this)) {
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(StaffUserModel::Login, 130);
    m_view->setColumnWidth(StaffUserModel::Name, 200);
    m_view->setColumnWidth(StaffUserModel::Role, 130);
    m_message->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    const std::pair<QString, void (UsersSettingsPage::*)()> actions[] = {
        {tr("&Add user…"), &UsersSettingsPage::addUser},
        {tr("Change &PIN/password…"), &UsersSettingsPage::changeSecret},
        {tr("Change r&ole…"), &UsersSettingsPage::changeRole},
        {tr("Ac&tivate/deactivate"), &UsersSettingsPage::toggleActive},
    };
    for (const auto& [label, slot] : actions) {
        auto* b = new QPushButton(label, this);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        m_actions << b;
    }
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    connect(&context, &AppContext::sessionChanged, this, &UsersSettingsPage::updateRights);
    updateRights();
}

void UsersSettingsPage::updateRights() {
    const bool may = m_context.signedIn() && m_context.session().has(rights::UsersManage);
    for (QPushButton* b : std::as_const(m_actions))
        b->setEnabled(may);
    // Everyone may change their own PIN.
    m_actions[1]->setEnabled(m_context.signedIn());
    m_message->setText(may ? QString()
                           : tr("Adding and changing other users takes the right \"%1\".")
                                 .arg(rights::describe(QLatin1String(rights::UsersManage))));
    m_message->setStyleSheet(QString());
}

QString UsersSettingsPage::selectedLogin() const {
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return m_context.signedIn() ? m_context.session().user().login : QString();
    const StaffUser* u = m_model->user(rows.first().row());
    return u ? u->login : QString();
}

bool UsersSettingsPage::run(const std::function<void()>& command) {
    try {
        command();
    } catch (const Error& e) {
        m_message->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
        m_message->setText(e.message());
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->clear();
    m_model->reload();
    return true;
}

void UsersSettingsPage::addUser() {
    AddUserDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->reload();
}

void UsersSettingsPage::changeSecret() {
    const QString login = selectedLogin();
    bool ok = false;
    const QString first =
        QInputDialog::getText(this, tr("New PIN"), tr("New PIN (4–8 digits) for %1:").arg(login),
                              QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString again = QInputDialog::getText(this, tr("New PIN"), tr("Repeat the new PIN:"),
                                                QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    run([&] {
        if (first != again)
            throw Error::invalid(QStringLiteral("pin"), tr("The two PINs differ."));
        UserService::changeSecret(m_context.session(), login, SecretKind::Pin, first);
    });
}

void UsersSettingsPage::changeRole() {
    const QString login = selectedLogin();
    QStringList names;
    QStringList keys;
    for (const Role& r : UserService::roles(m_context.db())) {
        names << roleDisplayName(r.builtIn, r.name);
        keys << (r.builtIn.isEmpty() ? r.name : r.builtIn);
    }
    bool ok = false;
    const QString role = QInputDialog::getItem(
        this, tr("Change role"), tr("New role for %1:").arg(login), names, 0, false, &ok);
    if (ok)
        run([&] {
            UserService::setRole(m_context.session(), login, keys.value(names.indexOf(role)));
        });
}

void UsersSettingsPage::toggleActive() {
    const QString login = selectedLogin();
    const auto user = UserService::find(m_context.db(), login);
    if (user)
        run([&] { UserService::setActive(m_context.session(), login, !user->active); });
}

}  // namespace skranke
