#include "ui/widgets/formerrors.h"

#include "core/store/error.h"

#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QWidget>

namespace skranke {

namespace {
const char* const invalidStyle = "border: 2px solid #c0392b; border-radius: 3px;";

// A dialog only grows to its layout's minimum on its own, which squeezes the
// fields when a message appears; give it the height it would like instead.
void growToFit(QWidget* widget) {
    auto* dialog = qobject_cast<QDialog*>(widget->window());
    QLayout* layout = dialog ? dialog->layout() : nullptr;
    if (!layout || !dialog->isVisible())
        return;
    layout->activate();
    const int wanted = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (wanted > dialog->height())
        dialog->resize(dialog->width(), wanted);
}

}  // namespace

FormErrors::FormErrors(QLabel* label) : m_label(label) {
    m_label->setWordWrap(true);
    m_label->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_label->hide();
}

void FormErrors::bind(const QString& field, QWidget* widget) {
    m_widgets.insert(field, widget);
}

void FormErrors::show(const Error& error) {
    show(error.message(), error.field());
}

void FormErrors::show(const QString& message, const QString& field) {
    clear();
    m_label->setText(message);
    m_label->show();
    growToFit(m_label);
    m_field = field;
    if (QWidget* w = m_widgets.value(field)) {
        w->setStyleSheet(QLatin1String(invalidStyle));
        w->setFocus(Qt::OtherFocusReason);
    }
}

void FormErrors::clear() {
    m_label->clear();
    m_label->hide();
    if (QWidget* w = m_widgets.value(m_field))
        w->setStyleSheet(QString());
    m_field.clear();
}

}  // namespace skranke
