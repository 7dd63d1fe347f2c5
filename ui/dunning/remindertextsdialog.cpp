#include "ui/dunning/remindertextsdialog.h"

#include "core/store/error.h"
#include "ui/dunning/emailtextdialog.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace skranke {

ReminderTextsDialog::ReminderTextsDialog(AppContext& context, int level, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_level(new QComboBox(this)),
      m_language(new QComboBox(this)),
      m_heading(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)),
      m_feeLine(new QLineEdit(this)),
      m_compensationLine(new QLineEdit(this)),
      m_interestLine(new QLineEdit(this)),
      m_emailSubject(new QLineEdit(this)),
      m_emailBody(new QPlainTextEdit(this)),
      m_errorLabel(new QLabel(this)),
      m_status(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    setWindowTitle(tr("Reminder texts"));
    for (int l = 1; l <= 3; ++l)
        m_level->addItem(tr("Reminder %1").arg(l), l);
    m_level->setCurrentIndex(std::clamp(level, 1, 3) - 1);
    const std::pair<const char*, const char*> languages[] = {{"da", QT_TR_NOOP("Danish")},
                                                             {"nb", QT_TR_NOOP("Norwegian")},
                                                             {"sv", QT_TR_NOOP("Swedish")},
                                                             {"en", QT_TR_NOOP("English")}};
    for (const auto& [code, name] : languages)
        m_language->addItem(tr(name), QString::fromLatin1(code));
    m_errors->bind(QStringLiteral("heading"), m_heading);
    m_errors->bind(QStringLiteral("body"), m_body);
    m_errors->bind(QStringLiteral("fee_line"), m_feeLine);
    m_errors->bind(QStringLiteral("compensation_line"), m_compensationLine);
    m_errors->bind(QStringLiteral("interest_line"), m_interestLine);
    m_errors->bind(QStringLiteral("email_subject"), m_emailSubject);
    m_errors->bind(QStringLiteral("email_body"), m_emailBody);

    auto* which = new QHBoxLayout;
    which->addWidget(m_level);
    which->addWidget(m_language);
    which->addWidget(m_status, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Heading:"), m_heading);
    form->addRow(tr("&Letter:"), m_body);
    form->addRow(tr("&Fee line:"), m_feeLine);
    form->addRow(tr("&Compensation line:"), m_compensationLine);
    form->addRow(tr("&Interest line:"), m_interestLine);
    form->addRow(tr("Email &subject:"), m_emailSubject);
    form->addRow(tr("Email &text:"), m_emailBody);
    auto* help = new QLabel(placeholderHelp(), this);
    help->setWordWrap(true);
    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addWidget(help, 1, Qt::AlignTop);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto* reset = buttons->addButton(tr("&Built-in text"), QDialogButtonBox::ResetRole);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ReminderTextsDialog::save);
    connect(reset, &QPushButton::clicked, this, &ReminderTextsDialog::resetToBuiltIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReminderTextsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(which);
    layout->addLayout(columns);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    // Switching level or language asks before unsaved edits are dropped.
    auto switchTo = [this] {
        if (shown() != m_loaded &&
            QMessageBox::question(this, windowTitle(), tr("Save the changed texts first?")) ==
                QMessageBox::Yes &&
            !save())
            return;
        load();
    };
    connect(m_level, &QComboBox::currentIndexChanged, this, switchTo);
    connect(m_language, &QComboBox::currentIndexChanged, this, switchTo);
    load();
    resize(900, 620);
}

ReminderTextsDialog::~ReminderTextsDialog() = default;

int ReminderTextsDialog::level() const {
    return m_level->currentData().toInt();
}

QString ReminderTextsDialog::language() const {
    return m_language->currentData().toString();
}

ReminderTexts ReminderTextsDialog::shown() const {
    return ReminderTexts{m_heading->text(),          m_body->toPlainText(),  m_feeLine->text(),
                         m_compensationLine->text(), m_interestLine->text(), m_emailSubject->text(),
                         m_emailBody->toPlainText()};
}

void ReminderTextsDialog::load() {
    m_errors->clear();
    m_loaded = ReminderTextStore::load(m_context.db(), level(), language());
    m_heading->setText(m_loaded.heading);
    m_body->setPlainText(m_loaded.body);
    m_feeLine->setText(m_loaded.feeLine);
    m_compensationLine->setText(m_loaded.compensationLine);
    m_interestLine->setText(m_loaded.interestLine);
    m_emailSubject->setText(m_loaded.emailSubject);
    m_emailBody->setPlainText(m_loaded.emailBody);
    m_status->setText(m_loaded == ReminderTextStore::defaults(level(), language())
                          ? tr("Built-in text")
                          : tr("Your own text"));
}

bool ReminderTextsDialog::save() {
    m_errors->clear();
    try {
        ReminderTextStore::save(m_context.session(), level(), language(), shown());
    } catch (const Error& e) {
        m_errors->show(e);
        return false;
    }
    load();
    m_status->setText(tr("Saved."));
    return true;
}

void ReminderTextsDialog::resetToBuiltIn() {
    m_errors->clear();
    try {
        ReminderTextStore::reset(m_context.session(), level(), language());
    } catch (const Error& e) {
        m_errors->show(e);
        return;
    }
    load();
}

}  // namespace skranke
