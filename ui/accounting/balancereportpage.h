#pragma once

#include "core/accounting/balancereport.h"

#include <QWidget>
#include <functional>
#include <optional>

class QDateEdit;
class QLabel;
class QTableView;
class QTimer;
class QTreeView;

namespace skranke {

class AppContext;
class BalanceDifferenceModel;
class BalanceMethodModel;
class Error;

// Accounting → Balance: for a period (this month by default, in the
// company's time zone) what was sold, paid, paid out and transferred per
// payment method, and every difference by name with its items and sum; on
// screen and as PDF.
class BalanceReportPage final : public QWidget {
    Q_OBJECT
public:
    // (parent, caption, suggested file name, filter) → path, empty when cancelled.
    using FileChooser =
        std::function<QString(QWidget*, const QString&, const QString&, const QString&)>;

    // A changed date is read this long after the last change, not once per
    // typed digit (the report reads the whole period).
    static constexpr int DateSettleMs = 300;

    explicit BalanceReportPage(AppContext& context, QWidget* parent = nullptr);

    BalanceMethodModel* methodModel() const { return m_methods; }
    BalanceDifferenceModel* differenceModel() const { return m_differences; }
    QDateEdit* fromField() const { return m_from; }
    QDateEdit* toField() const { return m_to; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* messageLabel() const { return m_message; }
    const std::optional<BalanceReport>& report() const { return m_report; }
    void setFileChooser(FileChooser chooser);

    // Reads the report of the dates shown (first when the page is shown); a
    // bad period shows its error.
    void refresh();
    // Writes the report of the dates shown; false (error shown) when the
    // period is bad or the file cannot be written.
    bool savePdf(const QString& path);
    void savePdfAs();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool load();
    void showError(const Error& error);
    void clearMessage();

    AppContext& m_context;
    BalanceMethodModel* m_methods;
    BalanceDifferenceModel* m_differences;
    QTableView* m_table;
    QTreeView* m_tree;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_summary;
    QLabel* m_message;
    QTimer* m_dateSettle;
    FileChooser m_chooser;
    std::optional<BalanceReport> m_report;
};

}  // namespace skranke
