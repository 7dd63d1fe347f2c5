#pragma once

#include <QWidget>
#include <cstdint>
#include <functional>
#include <vector>
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
class OnlineOrderListModel;

// The webshop's orders: a period, a status and a search narrow the list
// (the last 30 days' orders not yet effected by default). Staff import
// order files, open an order, see its confirmation, move several orders to
// a status at once and export the selected orders (or all shown) as CSV.
class OnlineOrdersPage final : public QWidget {
    Q_OBJECT
public:
    // Asks for a file: (parent, caption, suggested name, filter) → the path,
    // or empty when the user cancelled. QFileDialog by default; tests set
    // their own.
    using FileChooser =
        std::function<QString(QWidget*, const QString&, const QString&, const QString&)>;

    explicit OnlineOrdersPage(AppContext& context, QWidget* parent = nullptr);

    OnlineOrderListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QDateEdit* fromField() const { return m_from; }
    QDateEdit* toField() const { return m_to; }
    QComboBox* statusFilter() const { return m_status; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* newStatusBox() const { return m_newStatus; }
    QComboBox* separatorBox() const { return m_separator; }
    QLabel* messageLabel() const { return m_message; }
    void setOpenFileChooser(FileChooser chooser);
    void setSaveFileChooser(FileChooser chooser);

    // The orders of the selected rows, top to bottom.
    std::vector<std::int64_t> selectedOrderIds() const;
    // Imports one order file and shows what it did; false on an error (shown).
    bool importFile(const QString& path);
    // Moves the selected orders to the status chosen in newStatusBox().
    bool applyStatusToSelected();
    // The selected orders, or every order of the filter when none is
    // selected, as CSV with the separator (';', '\t' or ','). False (and
    // the error shown) when the file cannot be written.
    bool exportCsvTo(const QString& path, QChar separator);
    void openOrder(std::int64_t orderId);
    void showConfirmation(std::int64_t orderId);

public Q_SLOTS:
    // Reads the orders again with the filter shown.
    void refresh();

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);
    void openBookingRequested(qint64 bookingId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilterBar();
    QWidget* buildActionBar();
    void reloadStatuses();
    void onClicked(const QModelIndex& index);
    void onActivated(const QModelIndex& index);
    void openCurrent();
    void chooseAndImport();
    void chooseAndExport();
    void showError(const QString& message);
    void showInfo(const QString& message);

    AppContext& m_context;
    OnlineOrderListModel* m_model;
    QTableView* m_view;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_status;
    SearchEdit* m_search;
    QComboBox* m_newStatus;
    QComboBox* m_separator;
    QLabel* m_message;
    FileChooser m_openChooser;
    FileChooser m_saveChooser;
};

}  // namespace skranke
