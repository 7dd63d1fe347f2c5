#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace skranke {

class AppContext;
class ScheduleView;
enum class ScheduleZoom;

// The schedule: a toolbar (Today, previous and next period, a date, the
// zoom and a category filter), the grid and a legend of the colours. It
// asks the main window to open or create bookings; it reads the bookings
// again whenever it is shown, so bookings made elsewhere appear.
class SchedulePage final : public QWidget {
    Q_OBJECT
public:
    explicit SchedulePage(AppContext& context, QWidget* parent = nullptr);

    ScheduleView* view() const { return m_view; }
    QComboBox* zoomBox() const { return m_zoom; }
    QComboBox* categoryBox() const { return m_category; }
    QDateEdit* dateEdit() const { return m_date; }

    void goToday();
    void goPrevious();
    void goNext();
    // Categories again (keeps the chosen one when it still exists), then the grid.
    void reload();
    // Cancels the selected booking row (the Cancel button, the key A):
    // confirmation, then the reason (CancelFlow).
    void cancelSelected();
    QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void openBookingRequested(qint64 bookingId);
    void createBookingRequested(qint64 resourceId, qint64 start, qint64 end);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The start of the period the zoom shows around the date: the day, the
    // week's Monday, the month's or the quarter's first day.
    QDate periodStart(const QDate& date) const;
    void step(int direction);
    void goTo(const QDate& date);
    void zoomChosen();
    void categoryChosen();

    AppContext& m_context;
    ScheduleView* m_view;
    QDateEdit* m_date;
    QComboBox* m_zoom;
    QComboBox* m_category;
    QPushButton* m_cancel;
};

}  // namespace skranke
