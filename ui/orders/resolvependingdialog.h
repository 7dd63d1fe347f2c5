#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace skranke {

// Asks a manager what a gateway call that never got an answer really did —
// as seen in the gateway's own portal — and why they know.
class ResolvePendingDialog final : public QDialog {
    Q_OBJECT
public:
    ResolvePendingDialog(const QString& what, QWidget* parent = nullptr);

    bool done() const;
    QString reference() const;
    QString reason() const;

private:
    QComboBox* m_outcome;
    QLineEdit* m_reference;
    QLineEdit* m_reason;
};

}  // namespace skranke
