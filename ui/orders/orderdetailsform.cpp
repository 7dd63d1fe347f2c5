#include "ui/orders/orderdetailsform.h"

#include "core/company/companyservice.h"
#include "core/orders/orderservice.h"
#include "core/orders/orderstore.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/buddylabel.h"
#include "ui/widgets/formerrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimeZone>
#include <QVBoxLayout>

namespace skranke {

namespace {

QTimeZone companyZone(Database& db) {
    const auto company = CompanyService::load(db);
    const QTimeZone zone(company ? company->timeZone.toUtf8() : QByteArray("UTC"));
    return zone.isValid() ? zone : QTimeZone::utc();
}

// The edit shows the company's wall clock as a zone-less (UTC) value, so
// that neither the machine's zone nor its daylight saving gaps interfere.
QDateTime wallClock(std::int64_t ms, const QTimeZone& zone) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC);
}

std::int64_t fromWallClock(const QDateTime& shown, const QTimeZone& zone) {
    return QDateTime(shown.date(), shown.time(), zone).toMSecsSinceEpoch();
}

OrderAddress read(const OrderDetailsForm::AddressFields& f) {
    OrderAddress a;
    a.name = f.name->text().trimmed();
    a.street = f.street->text().trimmed();
    a.postcode = f.postcode->text().trimmed();
    a.city = f.city->text().trimmed();
    a.country = f.country->text().trimmed().toUpper();
    a.phone = f.phone->text().trimmed();
    a.email = f.email->text().trimmed();
    return a;
}

void write(const OrderDetailsForm::AddressFields& f, const OrderAddress& a) {
    f.name->setText(a.name);
    f.street->setText(a.street);
    f.postcode->setText(a.postcode);
    f.city->setText(a.city);
    f.country->setText(a.country);
    f.phone->setText(a.phone);
    f.email->setText(a.email);
}

// The fields OrderService::edit names, in the order they are bound below.
const QStringList& boundFields() {
    static const QStringList fields{
        QStringLiteral("status"),     QStringLiteral("payment_type"),
        QStringLiteral("paid"),       QStringLiteral("fulfilled"),
        QStringLiteral("order_date"), QStringLiteral("customer_name"),
        QStringLiteral("email"),      QStringLiteral("internal_comment")};
    return fields;
}

}  // namespace

OrderDetailsForm::OrderDetailsForm(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_status(new QComboBox(this)),
      m_paymentType(new QComboBox(this)),
      m_paid(new QCheckBox(tr("&Paid"), this)),
      m_fulfilled(new QCheckBox(tr("Goods ready to s&hip / service delivered"), this)),
      m_date(new QDateTimeEdit(this)),
      m_customerName(new QLineEdit(this)),
      m_customerEmail(new QLineEdit(this)),
      m_links(new QLabel(this)),
      m_customerComment(new QLabel(this)),
      m_internal(new QPlainTextEdit(this)),
      m_error(new QLabel(this)),
      m_save(new QPushButton(tr("Sa&ve"), this)),
      m_errors(std::make_unique<FormErrors>(m_error)) {
    for (const OrderStatus& s : OrderStore::statuses(context.db()))
        m_status->addItem(OrderStore::statusLabel(s), qint64(s.id));
    for (const QString& type : OrderService::paymentTypes())
        m_paymentType->addItem(OrderService::paymentTypeLabel(type), type);
    m_date->setTimeSpec(Qt::UTC);
    m_date->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_date->setCalendarPopup(true);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_links->setTextFormat(Qt::RichText);
    m_customerComment->setWordWrap(true);
    m_customerComment->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                               Qt::TextSelectableByKeyboard);
    m_internal->setTabChangesFocus(true);
    m_internal->setMaximumHeight(90);
    m_save->setDefault(true);

    auto* customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customerName, 1);
    customerRow->addWidget(m_links);
    auto* flags = new QHBoxLayout;
    flags->addWidget(m_paid);
    flags->addWidget(m_fulfilled);
    flags->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Pa&yment type:"), m_paymentType);
    form->addRow(QString(), flags);
    form->addRow(tr("Order da&te:"), m_date);
    form->addRow(buddyLabel(tr("&Customer name:"), m_customerName), customerRow);
    form->addRow(tr("Customer &email:"), m_customerEmail);
    form->addRow(tr("Customer's comment:"), m_customerComment);
    form->addRow(tr("&Internal comments:"), m_internal);

    auto* same = new QPushButton(tr("Same as billin&g"), this);
    same->setToolTip(tr("Copy the billing address to the delivery address"));
    auto* addresses = new QHBoxLayout;
    addresses->addWidget(buildAddress(tr("&Billing address"), m_billing));
    addresses->addWidget(buildAddress(tr("&Delivery address"), m_delivery));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(same);
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(addresses);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);

    const QList<QWidget*> bound{m_status, m_paymentType,  m_paid,          m_fulfilled,
                                m_date,   m_customerName, m_customerEmail, m_internal};
    for (qsizetype i = 0; i < bound.size(); ++i)
        m_errors->bind(boundFields().at(i), bound.at(i));

    connect(same, &QPushButton::clicked, this, &OrderDetailsForm::copyBillingToDelivery);
    connect(m_save, &QPushButton::clicked, this, &OrderDetailsForm::save);
    connect(m_links, &QLabel::linkActivated, this, &OrderDetailsForm::followLink);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &OrderDetailsForm::save);
}

OrderDetailsForm::~OrderDetailsForm() = default;

QGroupBox* OrderDetailsForm::buildAddress(const QString& title, AddressFields& fields) {
    auto* box = new QGroupBox(title, this);
    auto* form = new QFormLayout(box);
    const auto add = [&](QLineEdit*& edit, const QString& label) {
        edit = new QLineEdit(box);
        form->addRow(label, edit);
    };
    add(fields.name, tr("Name:"));
    add(fields.street, tr("Street:"));
    add(fields.postcode, tr("Postcode:"));
    add(fields.city, tr("City:"));
    add(fields.country, tr("Country:"));
    add(fields.phone, tr("Phone:"));
    add(fields.email, tr("Email:"));
    fields.country->setMaxLength(2);
    fields.country->setToolTip(tr("Two letters, for example DK, NO or SE"));
    return box;
}

void OrderDetailsForm::load(const Order& order) {
    m_order = order;
    m_errors->clear();
    int status = m_status->findData(qint64(order.status.id));
    if (status < 0) {
        m_status->addItem(OrderStore::statusLabel(order.status), qint64(order.status.id));
        status = m_status->count() - 1;
    }
    m_status->setCurrentIndex(status);
    int type = m_paymentType->findData(order.paymentType);
    if (type < 0) {
        m_paymentType->addItem(OrderService::paymentTypeLabel(order.paymentType),
                               order.paymentType);
        type = m_paymentType->count() - 1;
    }
    m_paymentType->setCurrentIndex(type);
    m_fulfilled->setChecked(order.fulfilled);
    m_loadedDate = wallClock(order.orderMs, companyZone(m_context.db()));
    m_date->setDateTime(m_loadedDate);
    m_customerName->setText(order.customerName);
    m_customerEmail->setText(order.customerEmail);
    QStringList links;
    if (order.customerId > 0)
        links << QStringLiteral("<a href=\"customer:%1\">%2</a>")
                     .arg(order.customerId)
                     .arg(tr("Open customer").toHtmlEscaped());
    if (order.bookingId > 0)
        links << QStringLiteral("<a href=\"booking:%1\">%2</a>")
                     .arg(order.bookingId)
                     .arg(tr("Open booking %1").arg(order.bookingId).toHtmlEscaped());
    m_links->setText(links.join(QStringLiteral(" · ")));
    m_links->setVisible(!links.isEmpty());
    m_customerComment->setText(order.customerComment.isEmpty() ? tr("(none)")
                                                               : order.customerComment);
    m_internal->setPlainText(order.internalComment);
    write(m_billing, order.billing);
    write(m_delivery, order.delivery);
    updatePaidBox();
}

void OrderDetailsForm::paymentChanged(const Order& order) {
    // Only what the payment commands change; the user's typing stays.
    m_order.paymentState = order.paymentState;
    m_order.reserved = order.reserved;
    m_order.captured = order.captured;
    m_order.refunded = order.refunded;
    m_order.captureRef = order.captureRef;
    m_order.invoiceId = order.invoiceId;
    m_order.invoiceNumber = order.invoiceNumber;
    m_order.updatedMs = order.updatedMs;
    updatePaidBox();
}

void OrderDetailsForm::updatePaidBox() {
    // A card reservation is paid by capturing it, never by the flag.
    const bool reservation =
        !m_order.gateway.isEmpty() && m_order.paymentState != PaymentState::Failed;
    m_paid->setEnabled(!reservation);
    m_paid->setChecked(reservation ? m_order.paid() : m_order.paidByHand);
    m_paid->setToolTip(reservation ? tr("The order holds a card reservation: it is paid when the "
                                        "payment is captured (see Payment).")
                                   : tr("Tick when the money has arrived, for example by bank "
                                        "transfer."));
}

Order OrderDetailsForm::edited() const {
    Order o = m_order;
    o.status.id = m_status->currentData().toLongLong();
    o.paymentType = m_paymentType->currentData().toString();
    if (m_paid->isEnabled())
        o.paidByHand = m_paid->isChecked();
    o.fulfilled = m_fulfilled->isChecked();
    const QDateTime shown = m_date->dateTime();
    if (shown.date() != m_loadedDate.date() || shown.time().hour() != m_loadedDate.time().hour() ||
        shown.time().minute() != m_loadedDate.time().minute())
        o.orderMs = fromWallClock(shown, companyZone(m_context.db()));
    o.customerName = m_customerName->text().trimmed();
    o.customerEmail = m_customerEmail->text().trimmed();
    o.internalComment = m_internal->toPlainText();
    o.billing = read(m_billing);
    o.delivery = read(m_delivery);
    return o;
}

bool OrderDetailsForm::save() {
    m_errors->clear();
    const Order wanted = edited();
    try {
        const Order saved = OrderService::edit(m_context.session(), wanted);
        load(saved);
        Q_EMIT this->saved(saved);
        return true;
    } catch (const Error& e) {
        const QString& field = e.field();
        if (field == QLatin1String("email")) {
            // The message quotes the address; mark the field that holds it.
            m_errors->bind(field, m_customerEmail);
            for (QLineEdit* edit : {m_customerEmail, m_billing.email, m_delivery.email})
                if (!edit->text().trimmed().isEmpty() && !edit->text().contains(u'@')) {
                    m_errors->bind(field, edit);
                    break;
                }
        }
        if (field.isEmpty() || boundFields().contains(field))
            m_errors->show(e);
        else
            m_errors->show(tr("%1: %2").arg(field, e.message()), field);
        return false;
    }
}

void OrderDetailsForm::copyBillingToDelivery() {
    write(m_delivery, read(m_billing));
}

void OrderDetailsForm::followLink(const QString& link) {
    const qint64 id = link.section(u':', 1).toLongLong();
    if (link.startsWith(QLatin1String("customer:")))
        Q_EMIT openCustomerRequested(id);
    else if (link.startsWith(QLatin1String("booking:")))
        Q_EMIT openBookingRequested(id);
}

}  // namespace skranke
