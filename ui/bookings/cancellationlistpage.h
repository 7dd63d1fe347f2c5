#pragma once

#include <QWidget>
#include <functional>

class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace skranke {

class AppContext;
class CancellationListModel;
class Error;

// The cancellations made in a period (this week by default: Monday to
// Sunday of today in the company's time zone) with reasons and fees, on
// screen, as PDF and as CSV. Activating a line (double-click, Enter)
// asks for its booking.
class CancellationListPage final : public QWidget {
    Q_OBJECT
public:
    // Asks where to save: (parent, caption, suggested file name, filter) →
    // the path, or empty when the user cancelled. QFileDialog by default.
    using FileChooser =
        std::function<QString(QWidget*, const QString&, const QString&, const QString&)>;

    explicit CancellationListPage(AppContext& context, QWidget* parent = nullptr);

    CancellationListModel* model() const { return m_model; }
    QDateEdit* fromField() const { return m_from; }
    QDateEdit* toField() const { return m_to; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* messageLabel() const { return m_message; }
    void setFileChooser(FileChooser chooser);

    // Reloads the list for the dates shown; a bad interval shows its error.
    void refresh();
    // Write the list of the dates shown; false (and the error shown) when
    // the interval is bad or the file cannot be written.
    bool savePdf(const QString& path);
    bool saveCsv(const QString& path);
    // Ask for a file with the chooser, then save.
    void savePdfAs();
    void saveCsvAs();

Q_SIGNALS:
    void openBookingRequested(qint64 bookingId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool load();
    void showError(const Error& error);
    void clearError();
    void showSaved(const QString& path);
    QString suggestedName(const QString& extension) const;

    AppContext& m_context;
    CancellationListModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_view;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_totals;
    QLabel* m_message;
    FileChooser m_chooser;
};

}  // namespace skranke
