#include "ui/bookings/actiondialog.h"

#include "core/store/error.h"
#include "ui/widgets/formerrors.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace skranke {

ActionDialog::ActionDialog(const QString& title, QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout) {
    setWindowTitle(title);
    auto* error = new QLabel(this);
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    error->setWordWrap(true);
    m_errors = std::make_unique<FormErrors>(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_errors->clear();
        try {
            m_action();
            accept();
        } catch (const Error& e) {
            m_errors->show(e);
        }
    });
}

ActionDialog::~ActionDialog() = default;

QDateEdit* ActionDialog::addDate(const QString& label, const QDate& date) {
    auto* edit = new QDateEdit(date, this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_form->addRow(label, edit);
    m_errors->bind(QStringLiteral("date"), edit);
    return edit;
}

bool ActionDialog::run(std::function<void()> action) {
    m_action = std::move(action);
    return exec() == QDialog::Accepted;
}

}  // namespace skranke
