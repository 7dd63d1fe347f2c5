#include "ui/bookings/rowdialog.h"

#include "core/auth/rights.h"
#include "core/booking/availabilityservice.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingtime.h"
#include "core/catalog/bookablecatalog.h"
#include "core/catalog/catalogservice.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/buddylabel.h"
#include "ui/widgets/formerrors.h"
#include "ui/widgets/moneyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace skranke {

namespace {

constexpr int KindRole = Qt::UserRole + 1;  // the product kind's key on a product item

QDateTime toEdit(std::int64_t minute) {
    return BookingTime::dateTime(minute);
}

}  // namespace

RowDialog::RowDialog(AppContext& context, std::int64_t rowId, const RowInput& initial,
                     std::vector<BookingRow> siblings, Save save, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_siblings(std::move(siblings)),
      m_save(std::move(save)),
      m_rowId(rowId),
      m_product(new QComboBox(this)),
      m_unit(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_parent(new QComboBox(this)),
      m_arrival(new QDateTimeEdit(this)),
      m_departure(new QDateTimeEdit(this)),
      m_quantity(new QSpinBox(this)),
      m_guestBox(new QWidget(this)),
      m_offer(new QLabel(this)),
      m_free(new QLabel(this)),
      m_manualOn(new QCheckBox(tr("&Manual price incl. VAT"), this)),
      m_manual(new MoneyEdit(Currency::fromCode(CompanyService::rules(context.db()).currency),
                             QStringLiteral("price"), this)),
      m_text(new QLineEdit(this)),
      m_tags(new QLineEdit(this)),
      m_overbook(new QCheckBox(tr("Allow &overbooking"), this)),
      m_recurring(new QCheckBox(tr("Repeats &monthly (long-term rental)"), this)),
      m_error(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_error)) {
    setWindowTitle(rowId > 0 ? tr("Booking row %1").arg(rowId) : tr("New booking row"));
    m_loading = true;
    for (const Product& p : CatalogService::searchProducts(context.db(), {}, 1000))
        if (isBookable(p.kind)) {
            m_product->addItem(QStringLiteral("%1 — %2").arg(p.number, p.name), qint64(p.id));
            m_product->setItemData(m_product->count() - 1, productKindKey(p.kind), KindRole);
        }
    m_product->setCurrentIndex(std::max(0, m_product->findData(qint64(initial.productId))));
    for (RowStatus s : {RowStatus::Reservation, RowStatus::Final, RowStatus::Waitlist,
                        RowStatus::LongTerm, RowStatus::SelfBooking})
        m_status->addItem(rowStatusName(s), int(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(initial.status))));
    m_parent->addItem(tr("(none)"), qint64(0));
    for (const BookingRow& r : m_siblings)
        if (r.id != rowId)
            m_parent->addItem(tr("Row %1: %2").arg(r.id).arg(r.invoiceText), qint64(r.id));
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(qint64(initial.parentId))));
    m_quantity->setRange(1, 9999);
    m_quantity->setValue(std::max(1, initial.quantity));
    m_arrival->setDateTime(toEdit(initial.start));
    m_departure->setDateTime(toEdit(initial.end));
    m_manualOn->setChecked(initial.manual.has_value());
    if (initial.manual)
        m_manual->setValue(*initial.manual);
    m_text->setText(initial.invoiceText);
    m_tags->setText(initial.tags);
    m_overbook->setChecked(initial.allowOverbooking);
    m_overbook->setEnabled(context.session().has(rights::BookingOverbook));
    if (!m_overbook->isEnabled())
        m_overbook->setToolTip(tr("Needs the right to overbook."));
    m_recurring->setChecked(initial.recurring);
    m_text->setPlaceholderText(tr("The product's name"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_free->setStyleSheet(QStringLiteral("color: palette(mid)"));

    auto* form = new QFormLayout;
    auto* productRow = new QHBoxLayout;
    productRow->addWidget(m_product, 1);
    auto* available = new QPushButton(tr("Show &available…"), this);
    productRow->addWidget(available);
    form->addRow(buddyLabel(tr("&Product:"), m_product), productRow);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("A&rrival:"), m_arrival);
    form->addRow(tr("&Departure:"), m_departure);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(QString(), m_free);
    form->addRow(tr("Guests:"), m_guestBox);
    form->addRow(tr("Price from table:"), m_offer);
    auto* manualRow = new QHBoxLayout;
    manualRow->addWidget(m_manualOn);
    manualRow->addWidget(m_manual, 1);
    form->addRow(QString(), manualRow);
    form->addRow(tr("&Invoice text:"), m_text);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("Part &of:"), m_parent);
    form->addRow(QString(), m_overbook);
    form->addRow(QString(), m_recurring);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RowDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(available, &QPushButton::clicked, this, &RowDialog::showAvailableProducts);
    connect(m_product, &QComboBox::currentIndexChanged, this, &RowDialog::productChanged);
    for (QDateTimeEdit* e : {m_arrival, m_departure})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &RowDialog::recompute);
    connect(m_quantity, &QSpinBox::valueChanged, this, &RowDialog::recompute);
    connect(m_manualOn, &QCheckBox::toggled, m_manual, &QWidget::setEnabled);
    m_errors->bind(QStringLiteral("product"), m_product);
    m_errors->bind(QStringLiteral("resource"), m_unit);
    m_errors->bind(QStringLiteral("status"), m_status);
    m_errors->bind(QStringLiteral("arrival"), m_arrival);
    m_errors->bind(QStringLiteral("departure"), m_departure);
    m_errors->bind(QStringLiteral("quantity"), m_quantity);
    m_errors->bind(QStringLiteral("price"), m_manual);
    m_errors->bind(QStringLiteral("parent"), m_parent);
    m_errors->bind(QStringLiteral("guests"), m_guestBox);

    productChanged();
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(qint64(initial.resourceId))));
    for (const auto& [key, count] : initial.guests)
        if (QSpinBox* box = guestBox(key))
            box->setValue(count);
    m_manual->setEnabled(m_manualOn->isChecked());
    m_loading = false;
    recompute();
}

RowDialog::~RowDialog() = default;

QSpinBox* RowDialog::guestBox(const QString& key) const {
    const auto it = m_guests.find(key);
    return it == m_guests.end() ? nullptr : it->second;
}

ProductKind RowDialog::currentKind() const {
    // Kept on the item, so typing into the form does not ask the database.
    const QString key = m_product->currentData(KindRole).toString();
    return key.isEmpty() ? ProductKind::Accommodation : productKindFromKey(key);
}

void RowDialog::productChanged() {
    const std::int64_t productId = m_product->currentData().toLongLong();
    const bool wasLoading = m_loading;
    m_loading = true;
    const bool withTime = BookingTime::usesTime(currentKind());
    const QString format =
        withTime ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd");
    for (QDateTimeEdit* e : {m_arrival, m_departure}) {
        e->setDisplayFormat(format);
        e->setCalendarPopup(true);
        if (!withTime)
            e->setTime(QTime(0, 0));
    }
    m_unit->clear();
    m_unit->addItem(tr("(first free unit)"), qint64(0));
    for (const Resource& r : CatalogService::resources(m_context.db()))
        if (r.productId == productId)
            m_unit->addItem(r.name, qint64(r.id));
    // One spin box per guest category the product takes, kept when switching.
    std::map<QString, int> counts;
    for (const auto& [key, box] : m_guests)
        counts[key] = box->value();
    delete m_guestBox->layout();
    qDeleteAll(m_guestBox->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_guests.clear();
    auto* row = new QHBoxLayout(m_guestBox);
    row->setContentsMargins(0, 0, 0, 0);
    for (const GuestCategory& c : BookableCatalog::guestCategoriesOf(m_context.db(), productId)) {
        auto* label = new QLabel(c.name, m_guestBox);
        auto* box = new QSpinBox(m_guestBox);
        box->setRange(0, 999);
        box->setValue(counts.count(c.key) ? counts[c.key] : 0);
        box->setAccessibleName(c.name);
        label->setBuddy(box);
        row->addWidget(label);
        row->addWidget(box);
        connect(box, &QSpinBox::valueChanged, this, &RowDialog::recompute);
        m_guests[c.key] = box;
    }
    row->addStretch(1);
    m_loading = wasLoading;
    recompute();
}

RowInput RowDialog::input() const {
    RowInput in;
    in.productId = m_product->currentData().toLongLong();
    in.resourceId = m_unit->currentData().toLongLong();
    in.parentId = m_parent->currentData().toLongLong();
    in.status = static_cast<RowStatus>(m_status->currentData().toInt());
    const bool withTime = BookingTime::usesTime(currentKind());
    in.start = withTime ? BookingTime::fromDateTime(m_arrival->dateTime())
                        : BookingTime::fromDate(m_arrival->date());
    in.end = withTime ? BookingTime::fromDateTime(m_departure->dateTime())
                      : BookingTime::fromDate(m_departure->date());
    in.quantity = m_quantity->value();
    for (const auto& [key, box] : m_guests)
        if (box->value() > 0)
            in.guests[key] = box->value();
    if (m_manualOn->isChecked())
        in.manual = m_manual->value();
    in.invoiceText = m_text->text();
    in.tags = m_tags->text();
    in.allowOverbooking = m_overbook->isChecked();
    in.recurring = m_recurring->isChecked();
    return in;
}

void RowDialog::recompute() {
    if (m_loading)
        return;
    RowInput in = input();
    in.manual.reset();
    try {
        const auto offer = BookingService::offerPrice(m_context.db(), in);
        m_offer->setText(offer ? offer->formatWithCurrency(QLocale())
                               : tr("No price in the table matches: enter a manual price."));
        if (!offer && !m_manualOn->isChecked())
            m_manualOn->setChecked(true);
    } catch (const Error& e) {
        m_offer->setText(e.message());
    }
    if (in.productId > 0 && in.end > in.start) {
        const auto product = CatalogService::product(m_context.db(), in.productId);
        const int free =
            AvailabilityService::freeUnits(m_context.db(), in.productId, in.start, in.end, m_rowId);
        m_free->setText(tr("%1 of %2 free in this period").arg(free).arg(product->capacity));
    } else {
        m_free->clear();
    }
}

void RowDialog::showAvailableProducts() {
    RowInput in;
    try {
        in = input();
    } catch (const Error&) {
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Available products"));
    auto* list = new QListWidget(&dialog);
    for (const auto& offer :
         AvailabilityService::availableProducts(m_context.db(), in.start, in.end, in.quantity)) {
        auto* item =
            new QListWidgetItem(tr("%1 — %2 free").arg(offer.product.name).arg(offer.free), list);
        item->setData(Qt::UserRole, qint64(offer.product.id));
    }
    if (list->count() == 0)
        list->addItem(tr("Nothing is free for this period and quantity."));
    list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Free for the row's period and quantity:"), &dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, &dialog, &QDialog::accept);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return;
    const QVariant id = list->currentItem()->data(Qt::UserRole);
    if (id.isValid())
        m_product->setCurrentIndex(m_product->findData(id));
}

void RowDialog::accept() {
    m_errors->clear();
    try {
        m_saved = m_save(input());
        QDialog::accept();
    } catch (const Error& e) {
        m_errors->show(e);
    }
}

}  // namespace skranke
