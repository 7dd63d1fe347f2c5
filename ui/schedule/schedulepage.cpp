#include "ui/schedule/schedulepage.h"

#include "ui/bookings/canceldialog.h"

#include "core/booking/bookingtime.h"
#include "core/booking/schedulequery.h"
#include "ui/schedule/scheduleview.h"
#include "ui/shell/appcontext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace skranke {

namespace {

QLabel* swatch(const QColor& fill, const QColor& border, QWidget* parent, bool line = false) {
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    if (line) {
        p.fillRect(QRect(6, 0, 2, 14), fill);
    } else {
        p.fillRect(QRect(0, 2, 14, 10), fill);
        p.setPen(border);
        p.drawRect(QRect(0, 2, 13, 9));
    }
    p.end();
    auto* label = new QLabel(parent);
    label->setPixmap(pm);
    return label;
}

}  // namespace

SchedulePage::SchedulePage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_view(new ScheduleView(context, this)),
      m_date(new QDateEdit(this)),
      m_zoom(new QComboBox(this)),
      m_category(new QComboBox(this)) {
    auto* today = new QToolButton(this);
    today->setText(tr("&Today"));
    auto* previous = new QToolButton(this);
    previous->setText(QStringLiteral("◀"));
    previous->setToolTip(tr("Previous period (Alt+Left)"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto* next = new QToolButton(this);
    next->setText(QStringLiteral("▶"));
    next->setToolTip(tr("Next period (Alt+Right)"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(today, &QToolButton::clicked, this, &SchedulePage::goToday);
    connect(previous, &QToolButton::clicked, this, &SchedulePage::goPrevious);
    connect(next, &QToolButton::clicked, this, &SchedulePage::goNext);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(locale().dateFormat(QLocale::ShortFormat));
    m_date->setDate(m_view->firstVisibleDate());
    m_date->setToolTip(tr("The first date shown"));
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (d.isValid() && d != m_view->firstVisibleDate())
            m_view->setFirstDate(d);
    });
    connect(m_view, &ScheduleView::firstVisibleDateChanged, this, [this](const QDate& d) {
        const QSignalBlocker block(m_date);
        m_date->setDate(d);
    });

    m_zoom->addItem(tr("Day"), int(ScheduleZoom::Day));
    m_zoom->addItem(tr("Week"), int(ScheduleZoom::Week));
    m_zoom->addItem(tr("Month"), int(ScheduleZoom::Month));
    m_zoom->addItem(tr("Quarter"), int(ScheduleZoom::Quarter));
    m_zoom->setCurrentIndex(m_zoom->findData(int(m_view->zoom())));
    m_zoom->setToolTip(tr("How much time the schedule shows"));
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &SchedulePage::zoomChosen);

    m_category->setToolTip(tr("Show only the units of a category"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_category, &QComboBox::currentIndexChanged, this, &SchedulePage::categoryChosen);

    auto* zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    auto* categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_category);
    auto* bar = new QHBoxLayout;
    bar->addWidget(today);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(m_date);
    bar->addSpacing(12);
    bar->addWidget(zoomLabel);
    bar->addWidget(m_zoom);
    bar->addSpacing(12);
    bar->addWidget(categoryLabel);
    bar->addWidget(m_category);
    bar->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel booking… (A)"), this);
    m_cancel->setToolTip(tr("Cancel the selected booking row, with a reason"));
    m_cancel->setEnabled(false);
    bar->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &SchedulePage::cancelSelected);
    connect(m_view, &ScheduleView::selectionChanged, this,
            [this](std::int64_t rowId) { m_cancel->setEnabled(rowId > 0); });
    connect(m_view, &ScheduleView::cancelRequested, this, &SchedulePage::cancelSelected);

    // What the colours mean.
    auto* legend = new QHBoxLayout;
    legend->setSpacing(4);
    for (RowStatus s : {RowStatus::Reservation, RowStatus::Final, RowStatus::Waitlist,
                        RowStatus::LongTerm, RowStatus::SelfBooking}) {
        const QColor c = ScheduleView::statusColor(s);
        legend->addWidget(swatch(c, c.darker(145), this));
        legend->addWidget(new QLabel(rowStatusName(s), this));
        legend->addSpacing(10);
    }
    legend->addWidget(swatch(QColor(0xc6, 0x28, 0x28), QColor(0xc6, 0x28, 0x28), this));
    legend->addWidget(new QLabel(tr("Overbooked"), this));
    legend->addSpacing(10);
    legend->addWidget(swatch(QColor(0xe5, 0x39, 0x35), Qt::transparent, this, true));
    legend->addWidget(new QLabel(tr("Now"), this));
    legend->addStretch(1);
    auto* hint = new QLabel(tr("Drag over free cells to book; drag a booking to move it, its ends "
                               "to change its period. Enter opens; Ctrl+arrows move the "
                               "selected booking; A cancels it."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    legend->addWidget(hint, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addLayout(legend);
    setFocusProxy(m_view);

    connect(m_view, &ScheduleView::openBookingRequested, this,
            [this](std::int64_t id) { Q_EMIT openBookingRequested(qint64(id)); });
    connect(m_view, &ScheduleView::createBookingRequested, this,
            [this](std::int64_t resource, std::int64_t start, std::int64_t end) {
                Q_EMIT createBookingRequested(qint64(resource), qint64(start), qint64(end));
            });

    reload();
    goToday();
}

void SchedulePage::cancelSelected() {
    const std::int64_t rowId = m_view->selectedRowId();
    if (rowId <= 0)
        return;
    if (!CancelFlow::cancelRow(m_context, rowId, this).empty())
        m_view->reload();
    m_view->setFocus();
}

QDate SchedulePage::periodStart(const QDate& date) const {
    switch (m_view->zoom()) {
        case ScheduleZoom::Day:
            return date;
        case ScheduleZoom::Week:
            return date.addDays(1 - date.dayOfWeek());
        case ScheduleZoom::Month:
            return QDate(date.year(), date.month(), 1);
        case ScheduleZoom::Quarter:
            return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    }
    return date;
}

void SchedulePage::goTo(const QDate& date) {
    m_view->setFirstDate(date);
    const QSignalBlocker block(m_date);
    m_date->setDate(m_view->firstVisibleDate());
}

void SchedulePage::goToday() {
    goTo(periodStart(BookingTime::date(m_view->nowMinute())));
}

void SchedulePage::step(int direction) {
    const QDate start = periodStart(m_view->firstVisibleDate());
    switch (m_view->zoom()) {
        case ScheduleZoom::Day:
            goTo(start.addDays(direction));
            break;
        case ScheduleZoom::Week:
            goTo(start.addDays(7 * direction));
            break;
        case ScheduleZoom::Month:
            goTo(start.addMonths(direction));
            break;
        case ScheduleZoom::Quarter:
            goTo(start.addMonths(3 * direction));
            break;
    }
}

void SchedulePage::goPrevious() {
    step(-1);
}

void SchedulePage::goNext() {
    step(1);
}

void SchedulePage::zoomChosen() {
    m_view->setZoom(ScheduleZoom(m_zoom->currentData().toInt()));
    goTo(periodStart(m_view->firstVisibleDate()));
}

void SchedulePage::categoryChosen() {
    m_view->setCategory(m_category->currentData().toString());
}

void SchedulePage::reload() {
    const QString chosen = m_category->currentData().toString();
    {
        const QSignalBlocker block(m_category);
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const QString& c : ScheduleQuery::categories(m_context.db()))
            m_category->addItem(c, c);
        const int i = m_category->findData(chosen);
        m_category->setCurrentIndex(i < 0 ? 0 : i);
    }
    if (m_view->category() != m_category->currentData().toString())
        m_view->setCategory(m_category->currentData().toString());
    else
        m_view->reload();
}

void SchedulePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reload();
}

}  // namespace skranke
