#include "ui/shell/mailsettingspage.h"

#include "core/auth/rights.h"
#include "core/mail/smtpsender.h"
#include "core/mail/smtpsettings.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/outboxpanel.h"
#include "ui/widgets/formerrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace skranke {

namespace {

struct FieldInfo {
    const char* name;  // core's field name
    const char* label;
};

const FieldInfo fields[] = {
    {"host", QT_TRANSLATE_NOOP("skranke::MailSettingsPage", "Mail &server:")},
    {"port", QT_TRANSLATE_NOOP("skranke::MailSettingsPage", "&Port:")},
    {"user", QT_TRANSLATE_NOOP("skranke::MailSettingsPage", "&User name:")},
    {"password", QT_TRANSLATE_NOOP("skranke::MailSettingsPage", "Pass&word:")},
    {"from_address", QT_TRANSLATE_NOOP("skranke::MailSettingsPage", "Sender &address:")},
    {"from_name", QT_TRANSLATE_NOOP("skranke::MailSettingsPage", "Sender &name:")},
};

// The usual port for each kind of connection.
int standardPort(SmtpSettings::Security security) {
    switch (security) {
        case SmtpSettings::Security::None:
            return 25;
        case SmtpSettings::Security::StartTls:
            return 587;
        case SmtpSettings::Security::Tls:
            return 465;
    }
    return 587;
}

}  // namespace

MailSettingsPage::MailSettingsPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_security(new QComboBox(this)),
      m_errorLabel(new QLabel(this)),
      m_result(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    m_security->addItem(tr("STARTTLS (usually port 587)"), int(SmtpSettings::Security::StartTls));
    m_security->addItem(tr("TLS from the start (usually port 465)"),
                        int(SmtpSettings::Security::Tls));
    m_security->addItem(tr("None: unencrypted, local network only (port 25)"),
                        int(SmtpSettings::Security::None));
    m_errors->bind(QStringLiteral("security"), m_security);

    auto* form = new QFormLayout;
    for (const FieldInfo& f : fields) {
        auto* edit = new QLineEdit(this);
        const QString name = QLatin1String(f.name);
        m_edits.insert(name, edit);
        m_errors->bind(name, edit);
        form->addRow(QCoreApplication::translate("skranke::MailSettingsPage", f.label), edit);
        if (name == QLatin1String("port"))
            form->addRow(tr("&Encryption:"), m_security);
    }
    field(QStringLiteral("password"))->setEchoMode(QLineEdit::Password);
    field(QStringLiteral("host"))->setPlaceholderText(tr("smtp.example.com"));
    field(QStringLiteral("from_address"))->setPlaceholderText(tr("accounts@example.com"));
    auto* note = new QLabel(
        tr("The password is kept as typed in this till's database file, so that the till can "
           "log in to the server. Use a password made for this till (an app password) and keep "
           "the file and its backups safe."),
        this);
    note->setWordWrap(true);

    auto* save = new QPushButton(tr("&Save"), this);
    auto* test = new QPushButton(tr("Send &test email…"), this);
    connect(save, &QPushButton::clicked, this, &MailSettingsPage::save);
    connect(test, &QPushButton::clicked, this, &MailSettingsPage::askAndSendTest);
    connect(m_security, &QComboBox::currentIndexChanged, this, &MailSettingsPage::suggestPort);
    m_result->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(test);
    buttons->addWidget(m_result, 1);
    auto* formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMaximumWidth(720);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(formBox);
    layout->addWidget(note);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    layout->addWidget(new OutboxPanel(context, this), 1);

    const bool may = context.signedIn() && context.session().has(rights::SettingsEdit);
    for (QLineEdit* e : std::as_const(m_edits))
        e->setReadOnly(!may);
    for (QWidget* w : std::initializer_list<QWidget*>{m_security, save, test})
        w->setEnabled(may);
    load();
}

MailSettingsPage::~MailSettingsPage() = default;

void MailSettingsPage::load() {
    const SmtpSettings s = MailSettings::load(m_context.db());
    const QSignalBlocker quiet(m_security);  // keep the stored port
    field(QStringLiteral("host"))->setText(s.host);
    field(QStringLiteral("port"))->setText(QString::number(s.port));
    field(QStringLiteral("user"))->setText(s.user);
    field(QStringLiteral("password"))->setText(s.password);
    field(QStringLiteral("from_address"))->setText(s.fromAddress);
    field(QStringLiteral("from_name"))->setText(s.fromName);
    m_security->setCurrentIndex(m_security->findData(int(s.security)));
    m_errors->clear();
}

// Switching the encryption moves the port along, unless one was typed.
void MailSettingsPage::suggestPort() {
    QLineEdit* port = field(QStringLiteral("port"));
    const int current = port->text().toInt();
    if (port->text().isEmpty() || current == 25 || current == 465 || current == 587)
        port->setText(QString::number(
            standardPort(SmtpSettings::Security(m_security->currentData().toInt()))));
}

bool MailSettingsPage::read(SmtpSettings& s) {
    s = MailSettings::load(m_context.db());  // keeps what the form does not show
    bool ok = false;
    const QString portText = field(QStringLiteral("port"))->text().trimmed();
    s.port = portText.toInt(&ok);
    if (!ok) {
        m_errors->show(tr("The port must be a number such as 587, not \"%1\".").arg(portText),
                       QStringLiteral("port"));
        return false;
    }
    s.host = field(QStringLiteral("host"))->text();
    s.user = field(QStringLiteral("user"))->text();
    s.password = field(QStringLiteral("password"))->text();
    s.fromAddress = field(QStringLiteral("from_address"))->text();
    s.fromName = field(QStringLiteral("from_name"))->text();
    s.security = SmtpSettings::Security(m_security->currentData().toInt());
    return true;
}

bool MailSettingsPage::save() {
    m_result->clear();
    SmtpSettings s;
    if (!read(s))
        return false;
    try {
        MailSettings::save(m_context.session(), s);
    } catch (const Error& e) {
        m_errors->show(e);
        return false;
    }
    m_errors->clear();
    m_result->setStyleSheet(QStringLiteral("color: #1e7d32;"));
    m_result->setText(tr("Saved."));
    return true;
}

void MailSettingsPage::askAndSendTest() {
    bool ok = false;
    const QString address = QInputDialog::getText(
        this, tr("Send test email"), tr("Send a test email to:"), QLineEdit::Normal,
        field(QStringLiteral("from_address"))->text(), &ok);
    if (ok)
        sendTestTo(address);
}

bool MailSettingsPage::sendTestTo(const QString& address) {
    m_result->clear();
    SmtpSettings s;
    if (!read(s))
        return false;
    MailMessage m;
    m.to = address.trimmed();
    m.subject = tr("Test email from Skranke");
    m.body = tr("This is a test email from Skranke.\n\nIf you can read it, the till can send "
                "reminders by email through %1.")
                 .arg(s.host.trimmed());
    // Sending blocks for at most the connection timeouts; the user asked
    // for this one message and waits for its answer.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        SmtpSender(s, m_context.clock()).send(m);
    } catch (const Error& e) {
        QGuiApplication::restoreOverrideCursor();
        m_errors->show(e);
        return false;
    }
    QGuiApplication::restoreOverrideCursor();
    m_errors->clear();
    m_result->setStyleSheet(QStringLiteral("color: #1e7d32;"));
    m_result->setText(tr("The test email was sent to %1.").arg(m.to));
    return true;
}

QString MailSettingsPage::errorField() const {
    return m_errors->shownField();
}

QString MailSettingsPage::resultText() const {
    return m_result->text();
}

QString MailSettingsPage::errorText() const {
    return m_errorLabel->text();
}

}  // namespace skranke
