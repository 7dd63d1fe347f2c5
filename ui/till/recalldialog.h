#pragma once

#include "core/till/parkedsales.h"

#include <QDialog>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace skranke {

class AppContext;
class FormErrors;

// Recalling a parked sale (right till.sell), keyboard first: the list of the
// till's waiting sales has focus, oldest first; Enter recalls the selected
// one, Esc cancels. A sale recalled meanwhile elsewhere is refused and the
// list is read again.
class RecallDialog final : public QDialog {
    Q_OBJECT
public:
    RecallDialog(AppContext& context, const QString& tillRef, QWidget* parent = nullptr);
    ~RecallDialog() override;

    QTreeWidget* list() const { return m_list; }
    QLabel* errorLabel() const { return m_errorLabel; }
    // The cart as it was parked, once the dialog is accepted.
    std::optional<ParkedSales::Recalled> recalled() const { return m_recalled; }

    // Reads the waiting sales again, keeping the selection where it can.
    void reload();
    void accept() override;

private:
    AppContext& m_context;
    QString m_tillRef;
    QTreeWidget* m_list;
    QLabel* m_emptyLabel;
    QLabel* m_errorLabel;
    QPushButton* m_recall;
    std::unique_ptr<FormErrors> m_errors;
    std::optional<ParkedSales::Recalled> m_recalled;
};

}  // namespace skranke
