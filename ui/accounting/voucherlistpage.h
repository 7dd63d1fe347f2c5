#pragma once

#include "core/accounting/voucherstore.h"

#include <QWidget>
#include <cstdint>
#include <optional>
#include <vector>
#include "ui/widgets/searchedit.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;
class QTimer;

namespace skranke {

class AppContext;
class TransferWorker;
class VoucherDialog;
class VoucherListModel;
struct TransferRun;

// One list of vouchers (a category, or the failed ones, or all): a period,
// a transfer state and a search narrow it; staff mark vouchers for
// transfer, restart failed ones and send the queue now (on the transfer
// worker's thread, so the window stays usable). Showing the page asks the
// worker to make the vouchers for events posted since; the list reads them
// when they are made.
class VoucherListPage final : public QWidget {
    Q_OBJECT
public:
    // "Mark all" loads at most this many rows; beyond it the user narrows the period.
    static constexpr int MarkAllCap = 10000;
    // Making vouchers that takes longer than this is said on the page.
    static constexpr int MakingNoticeDelayMs = 400;

    // category: the vouchers of one category (none: every category);
    // fixedState: the page shows only that state (the Failed tab);
    // worker: the app's one transfer worker (none: the page makes its own).
    VoucherListPage(AppContext& context, std::optional<VoucherCategory> category,
                    std::optional<VoucherState> fixedState = std::nullopt,
                    TransferWorker* worker = nullptr, QWidget* parent = nullptr);

    VoucherListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QDateEdit* fromField() const { return m_from; }
    QDateEdit* toField() const { return m_to; }
    QComboBox* stateFilter() const { return m_state; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* countLabel() const { return m_count; }
    QPushButton* markAllButton() const { return m_markAll; }
    QPushButton* transferButton() const { return m_transfer; }
    QPushButton* restartButton() const { return m_restart; }
    QPushButton* restartAllButton() const { return m_restartAll; }  // the Failed tab only
    QPushButton* sendNowButton() const { return m_sendNow; }

    // The vouchers of the selected rows (only those in `state`), top to bottom.
    std::vector<std::int64_t> selectedIds(std::optional<VoucherState> state = std::nullopt) const;

    // "Mark all": loads every row of the filter (up to MarkAllCap) and
    // selects them; false when capped (said on the page).
    bool markAll();
    // Each returns how many vouchers it moved, or -1 on an error (shown).
    int transferSelected();
    int restartSelected();
    int restartAll();
    // Starts sending the queue to the accounting program; sendFinished()
    // comes when it is done and the page says how it went. False when it
    // could not start (said on the page).
    bool sendNow();
    // Shows the voucher's lines (a window-modal dialog that deletes itself).
    VoucherDialog* openVoucher(std::int64_t voucherId);

Q_SIGNALS:
    void sendFinished();

public Q_SLOTS:
    // Reads the list again and asks the worker to make vouchers for newly
    // posted events (the list is read again when they are made).
    void refresh();
    // Reads the list again, keeping how many rows are loaded.
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilterBar();
    QWidget* buildActionBar();
    VoucherFilter currentFilter() const;
    bool mayManage() const;
    void readTotals();
    void updateActions();
    void updateCount();
    void afterChange(int moved, const QString& message);
    void sent(const TransferRun& run, const QString& error);
    void vouchersMade(qint64 made, const QString& error);
    enum class Notice { None, Info, Error, Making };
    void showError(const QString& message);
    void showInfo(const QString& message);
    void showNotice(const QString& message, Notice kind);

    AppContext& m_context;
    std::optional<VoucherCategory> m_category;
    std::optional<VoucherState> m_fixedState;
    VoucherListModel* m_model;
    QTableView* m_view;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_state;
    SearchEdit* m_search;
    QLabel* m_message;
    QLabel* m_count;
    QPushButton* m_markAll = nullptr;
    QPushButton* m_transfer = nullptr;
    QPushButton* m_restart = nullptr;
    QPushButton* m_restartAll = nullptr;
    QPushButton* m_sendNow = nullptr;
    std::int64_t m_total = 0;        // vouchers of the filter
    std::int64_t m_failedTotal = 0;  // failed vouchers, any filter
    std::int64_t m_queuedTotal = 0;
    bool m_hasTarget = false;
    TransferWorker* m_worker;
    QTimer* m_makingNotice;
    bool m_sending = false;       // this page asked the worker to send
    bool m_making = false;        // this page asked the worker for vouchers
    std::int64_t m_readUpTo = 0;  // the voucher series' next number when last read
    Notice m_notice = Notice::None;
};

}  // namespace skranke
