#pragma once

#include "core/parties/debtor.h"

#include <QDialog>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace skranke {

class AppContext;

// Finding the debtor a sale is for, at the till: type an ID or part of a
// name, Down to the list, Enter picks; "New debtor…" creates one on the spot.
class DebtorPickDialog final : public QDialog {
    Q_OBJECT
public:
    DebtorPickDialog(AppContext& context, const QString& title, QWidget* parent = nullptr);

    const std::optional<Debtor>& picked() const { return m_picked; }
    QLineEdit* searchField() const { return m_search; }
    QTableWidget* list() const { return m_list; }
    void search();
    void pickCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createDebtor();

    AppContext& m_context;
    QLineEdit* m_search;
    QTableWidget* m_list;
    QLabel* m_hint;
    std::vector<Debtor> m_found;
    std::optional<Debtor> m_picked;
};

}  // namespace skranke
