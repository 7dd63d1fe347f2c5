#include "ui/dunning/emailtextdialog.h"

#include "core/store/error.h"
#include "ui/widgets/formerrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace skranke {

QString placeholderHelp() {
    QStringList lines;
    for (const auto& [name, what] : ReminderTemplate::placeholders())
        lines << QStringLiteral("<b>{%1}</b> %2").arg(name, what.toHtmlEscaped());
    return EmailTextDialog::tr("Placeholders:") + QStringLiteral("<br>") +
           lines.join(QStringLiteral("<br>"));
}

EmailTextDialog::EmailTextDialog(const ReminderTexts& texts, QWidget* parent)
    : QDialog(parent),
      m_subject(new QLineEdit(texts.emailSubject, this)),
      m_body(new QPlainTextEdit(texts.emailBody, this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    setWindowTitle(tr("Email with the reminders"));
    m_errors->bind(QStringLiteral("email_subject"), m_subject);
    m_errors->bind(QStringLiteral("email_body"), m_body);
    auto* help = new QLabel(placeholderHelp(), this);
    help->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Text:"), m_body);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and &send"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EmailTextDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EmailTextDialog::reject);
    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addWidget(help, 1, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Each debtor with an email address gets this text with the reminder as a PDF."), this));
    layout->addLayout(columns);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(860, 600);
}

EmailTextDialog::~EmailTextDialog() = default;

QString EmailTextDialog::subject() const {
    return m_subject->text().trimmed();
}

QString EmailTextDialog::body() const {
    return m_body->toPlainText();
}

void EmailTextDialog::accept() {
    try {
        if (subject().isEmpty())
            throw Error::invalid(QStringLiteral("email_subject"), tr("The subject is required."));
        ReminderTemplate::check(QStringLiteral("email_subject"), subject());
        ReminderTemplate::check(QStringLiteral("email_body"), body());
    } catch (const Error& e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}

}  // namespace skranke
