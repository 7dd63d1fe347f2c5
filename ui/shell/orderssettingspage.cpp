#include "ui/shell/orderssettingspage.h"

#include "core/auth/rights.h"
#include "core/orders/orderservice.h"
#include "core/orders/ordersettings.h"
#include "core/orders/orderstore.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/buddylabel.h"
#include "ui/widgets/formerrors.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace skranke {

OrdersSettingsPage::OrdersSettingsPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_folder(new QLineEdit(this)),
      m_autoCapture(new QCheckBox(tr("&Capture value-card orders when they are imported"), this)),
      m_netsUrl(new QLineEdit(this)),
      m_netsKey(new QLineEdit(this)),
      m_netsTimeout(new QSpinBox(this)),
      m_statuses(new QListWidget(this)),
      m_errorLabel(new QLabel(this)),
      m_result(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    m_errors->bind(QStringLiteral("import_folder"), m_folder);
    m_errors->bind(QStringLiteral("orders.nets.url"), m_netsUrl);
    m_errors->bind(QStringLiteral("orders.nets.secret_key"), m_netsKey);
    m_errors->bind(QStringLiteral("orders.nets.timeout_ms"), m_netsTimeout);
    m_errors->bind(QStringLiteral("name"), m_statuses);

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_folder->setPlaceholderText(tr("No folder: import order files by hand"));
    auto* importBox = new QGroupBox(tr("Import"), this);
    auto* importForm = new QFormLayout(importBox);
    importForm->addRow(buddyLabel(tr("Import &folder:"), m_folder), folderRow);
    importForm->addRow(QString(), m_autoCapture);
    auto* importNote = new QLabel(
        tr("Order files (*.json) that appear in the folder are imported and moved to its "
           "imported/ folder; a file that cannot be imported is moved to refused/ with the "
           "reasons beside it. Card rules allow a value card to be captured at once; goods are "
           "captured when ready to ship and services when delivered."),
        this);
    importNote->setWordWrap(true);
    importForm->addRow(importNote);

    m_netsUrl->setPlaceholderText(QStringLiteral("https://api.dibspayment.eu"));
    m_netsKey->setEchoMode(QLineEdit::Password);
    m_netsTimeout->setRange(1, 60);
    m_netsTimeout->setSuffix(tr(" s"));
    auto* netsBox = new QGroupBox(tr("Nets card gateway"), this);
    auto* netsForm = new QFormLayout(netsBox);
    netsForm->addRow(tr("&Address:"), m_netsUrl);
    netsForm->addRow(tr("Secret &key:"), m_netsKey);
    netsForm->addRow(tr("&Wait for an answer:"), m_netsTimeout);

    auto* statusBox = new QGroupBox(tr("Order statuses"), this);
    auto* addStatusButton = new QPushButton(tr("&Add status…"), this);
    auto* statusLayout = new QVBoxLayout(statusBox);
    statusLayout->addWidget(m_statuses);
    statusLayout->addWidget(addStatusButton, 0, Qt::AlignLeft);

    auto* save = new QPushButton(tr("&Save"), this);
    m_result->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(m_result, 1);

    auto* layout = new QVBoxLayout(this);
    for (QWidget* w : std::initializer_list<QWidget*>{importBox, netsBox, statusBox})
        w->setMaximumWidth(720);
    layout->addWidget(importBox);
    layout->addWidget(netsBox);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    layout->addWidget(statusBox, 1);

    connect(browse, &QPushButton::clicked, this, &OrdersSettingsPage::browse);
    connect(save, &QPushButton::clicked, this, &OrdersSettingsPage::save);
    connect(addStatusButton, &QPushButton::clicked, this, &OrdersSettingsPage::askForStatus);

    const bool may = context.signedIn() && context.session().has(rights::SettingsEdit);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_folder, browse, m_autoCapture, m_netsUrl, m_netsKey,
                                         m_netsTimeout, save, addStatusButton})
        w->setEnabled(may);
    load();
}

OrdersSettingsPage::~OrdersSettingsPage() = default;

void OrdersSettingsPage::load() {
    const OrderSettings s = OrderSettings::load(m_context.db());
    m_folder->setText(s.importFolder);
    m_autoCapture->setChecked(s.autoCaptureValueCards);
    m_netsUrl->setText(s.netsUrl);
    m_netsKey->setText(s.netsSecretKey);
    m_netsTimeout->setValue(std::max(1, s.netsTimeoutMs / 1000));
    m_errors->clear();
    loadStatuses();
}

void OrdersSettingsPage::loadStatuses() {
    m_statuses->clear();
    for (const OrderStatus& status : OrderStore::statuses(m_context.db()))
        m_statuses->addItem(status.builtIn.isEmpty()
                                ? status.name
                                : tr("%1 (built in)").arg(OrderStore::statusLabel(status)));
}

bool OrdersSettingsPage::save() {
    m_result->clear();
    OrderSettings s;
    s.importFolder = m_folder->text();
    s.autoCaptureValueCards = m_autoCapture->isChecked();
    s.netsUrl = m_netsUrl->text();
    s.netsSecretKey = m_netsKey->text();
    s.netsTimeoutMs = m_netsTimeout->value() * 1000;
    try {
        OrderSettings::save(m_context.session(), s);
    } catch (const Error& e) {
        m_errors->show(e);
        return false;
    }
    m_errors->clear();
    m_result->setStyleSheet(QStringLiteral("color: #1e7d32;"));
    m_result->setText(tr("Saved."));
    Q_EMIT saved();
    return true;
}

bool OrdersSettingsPage::addStatus(const QString& name) {
    try {
        OrderService::addStatus(m_context.session(), name);
    } catch (const Error& e) {
        m_errors->show(e);
        return false;
    }
    m_errors->clear();
    loadStatuses();
    return true;
}

void OrdersSettingsPage::browse() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Import folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void OrdersSettingsPage::askForStatus() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add order status"), tr("Name of the new status:"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        addStatus(name);
}

QString OrdersSettingsPage::errorField() const {
    return m_errors->shownField();
}

QString OrdersSettingsPage::resultText() const {
    return m_result->text();
}

}  // namespace skranke
