#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace skranke {

class AppContext;

// The shell: a sidebar of the areas that exist and the page of the chosen one.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);

    int addArea(const QString& title, const QIcon& icon, QWidget* page);
    // Shows or hides an area in the sidebar (a hidden area's page stays built).
    void setAreaVisible(int index, bool visible);
    // The titles of the visible areas, top to bottom.
    QStringList areaTitles() const;
    void showArea(int index);
    QWidget* currentPage() const;
    // Ctrl+L: another user signs in; cancelling keeps the current one.
    void switchUser();
    // The order editor, on a booking or a new one (Ctrl+B); Ctrl+Shift+B asks
    // for a booking ID.
    void openBooking(std::int64_t bookingId);
    void newBooking();
    void askAndOpenBooking();
    // Bookings → Run billing: the Invoice tabs' automation flags, previewed, then done.
    void runBilling();
    // Bookings → Run long-term rentals: the month's rows and invoices.
    void runRecurringRentals();

Q_SIGNALS:
    void bookingsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateStatus();
    void showInvoicing(bool on);

    AppContext& m_context;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    QLabel* m_userLabel;
    QList<int> m_invoicingAreas;
    class ReminderRunPage* m_reminders = nullptr;
    int m_remindersArea = -1;
};

}  // namespace skranke
