#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace skranke {

class Error;

// Shows a core error on a form: the message in the form's error label, and
// a red frame plus focus on the widget for the field the error names. The
// user's input stays as typed.
class FormErrors final {
public:
    explicit FormErrors(QLabel* label);

    void bind(const QString& field, QWidget* widget);
    void show(const Error& error);
    void show(const QString& message, const QString& field = {});
    void clear();
    QString shownField() const { return m_field; }

private:
    QPointer<QLabel> m_label;
    QHash<QString, QPointer<QWidget>> m_widgets;
    QString m_field;
};

}  // namespace skranke
