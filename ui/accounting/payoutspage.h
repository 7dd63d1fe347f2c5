#pragma once

#include <QWidget>
#include <cstdint>
#include <functional>
#include "ui/widgets/searchedit.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;
class QTimer;

namespace skranke {

class AppContext;
class PayoutListModel;

// The card acquirer's payouts: staff import its settlement report (CSV),
// see each payout's gross, fees and net and how many of its transactions
// are not matched to a payment, match again once payments arrive, and open
// a payout to see its lines. The period opens on the last 60 days.
class PayoutsPage final : public QWidget {
    Q_OBJECT
public:
    // Asks for a file to open: (parent, caption, filter) → the path, or
    // empty when the user cancelled. QFileDialog by default; tests set their own.
    using FileChooser = std::function<QString(QWidget*, const QString&, const QString&)>;

    explicit PayoutsPage(AppContext& context, QWidget* parent = nullptr);

    PayoutListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QDateEdit* fromField() const { return m_from; }
    QDateEdit* toField() const { return m_to; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* acquirerBox() const { return m_acquirer; }
    QLabel* messageLabel() const { return m_message; }
    void setFileChooser(FileChooser chooser);

public Q_SLOTS:
    // Reads the payouts again with the filter shown.
    void refresh();
    // Imports one settlement report and says what it did; false on an error
    // (shown in a message box that lists every problem of the file).
    bool importFile(const QString& path, const QString& acquirer);
    // Matches the transactions still unmatched; -1 on an error (shown).
    int matchAgain();
    // Shows the payout's lines.
    void openPayout(qint64 payoutId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilterBar();
    QWidget* buildActionBar();
    void reloadAcquirers();
    void chooseAndImport();
    void openCurrent();
    void showError(const QString& message);
    void showInfo(const QString& message);

    AppContext& m_context;
    PayoutListModel* m_model;
    QTableView* m_view;
    QDateEdit* m_from;
    QDateEdit* m_to;
    SearchEdit* m_search;
    QComboBox* m_acquirer;
    QLabel* m_message;
    FileChooser m_chooser;
};

}  // namespace skranke
