#include "ui/shell/priceruledialogs.h"

#include "core/booking/bookingtime.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/pricerulemodel.h"
#include "ui/widgets/buddylabel.h"
#include "ui/widgets/formerrors.h"
#include "ui/widgets/moneyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace skranke {

namespace {

constexpr int Unlimited = 100000;

// A maximum: its lowest value stands for "no limit".
QSpinBox* maxSpin(int floor, QWidget* parent) {
    auto* spin = new QSpinBox(parent);
    spin->setRange(floor - 1, Unlimited);
    spin->setSpecialValueText(
        QCoreApplication::translate("skranke::BookableSettingsPage", "no limit"));
    spin->setValue(floor - 1);
    return spin;
}

std::optional<int> maxOf(const QSpinBox* spin) {
    if (spin->value() == spin->minimum())
        return std::nullopt;
    return spin->value();
}

}  // namespace

EntryDialog::EntryDialog(const QString& title, const QString& firstLabel, const QString& firstField,
                         const QString& secondLabel, const QString& secondField, Apply apply,
                         QWidget* parent)
    : QDialog(parent),
      m_first(new QLineEdit(this)),
      m_second(new QLineEdit(this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)),
      m_apply(std::move(apply)) {
    setWindowTitle(title);
    m_errors->bind(firstField, m_first);
    m_errors->bind(secondField, m_second);
    auto* form = new QFormLayout;
    form->addRow(firstLabel, m_first);
    form->addRow(secondLabel, m_second);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EntryDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
}

EntryDialog::~EntryDialog() = default;

QString EntryDialog::errorField() const {
    return m_errors->shownField();
}

bool EntryDialog::save() {
    try {
        m_apply(m_first->text(), m_second->text());
    } catch (const Error& e) {
        m_errors->show(e);
        return false;
    }
    m_errors->clear();
    accept();
    return true;
}

// ------------------------------------------------------------ PriceRuleDialog

PriceRuleDialog::PriceRuleDialog(AppContext& context, const Product& product,
                                 const std::vector<GuestCategory>& categories, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_product(product),
      m_fromSet(new QCheckBox(tr("&From"), this)),
      m_from(new QDateEdit(this)),
      m_toSet(new QCheckBox(tr("&To"), this)),
      m_to(new QDateEdit(this)),
      m_weekdayBox(new QWidget(this)),
      m_weekdays{},
      m_minLength(new QSpinBox(this)),
      m_maxLength(maxSpin(1, this)),
      m_minQuantity(new QSpinBox(this)),
      m_maxQuantity(maxSpin(1, this)),
      m_minGuests(new QSpinBox(this)),
      m_maxGuests(maxSpin(0, this)),
      m_basis(new QComboBox(this)),
      m_category(new QComboBox(this)),
      m_amount(new MoneyEdit(product.price.currency(), QStringLiteral("amount"), this)),
      m_priority(new QSpinBox(this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    setWindowTitle(tr("New price rule for %1").arg(product.name));
    const QDate today =
        Dates::localDate(context.clock().nowMs(), CompanyService::require(context.db()).timeZone);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDate(today);
        d->setEnabled(false);
    }
    connect(m_fromSet, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toSet, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto* season = new QHBoxLayout;
    season->addWidget(m_fromSet);
    season->addWidget(m_from);
    season->addWidget(m_toSet);
    season->addWidget(m_to);
    season->addStretch(1);

    auto* days = new QHBoxLayout(m_weekdayBox);
    days->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        m_weekdays[i] = new QCheckBox(locale.dayName(i + 1, QLocale::ShortFormat), m_weekdayBox);
        m_weekdays[i]->setChecked(true);
        days->addWidget(m_weekdays[i]);
    }
    days->addStretch(1);

    const auto pair = [this](QSpinBox* min, QSpinBox* max) {
        auto* row = new QHBoxLayout;
        row->addWidget(min);
        row->addWidget(new QLabel(tr("to"), this));
        row->addWidget(max);
        row->addStretch(1);
        return row;
    };
    m_minLength->setRange(1, Unlimited);
    m_minQuantity->setRange(1, Unlimited);
    m_minGuests->setRange(0, Unlimited);
    m_priority->setRange(-1000, 1000);

    for (PriceRule::Basis b : {PriceRule::Basis::Unit, PriceRule::Basis::Stay,
                               PriceRule::Basis::GuestUnit, PriceRule::Basis::GuestStay})
        m_basis->addItem(PriceRuleModel::basisName(b, product.kind), PriceRule::basisKey(b));
    m_category->addItem(tr("(none)"), qint64(0));
    for (const GuestCategory& c : categories)
        m_category->addItem(c.name, qint64(c.id));
    connect(m_basis, &QComboBox::currentIndexChanged, this, &PriceRuleDialog::basisChanged);
    basisChanged();

    m_errors->bind(QStringLiteral("valid_to"), m_to);
    m_errors->bind(QStringLiteral("weekdays"), m_weekdayBox);
    m_errors->bind(QStringLiteral("length"), m_minLength);
    m_errors->bind(QStringLiteral("quantity"), m_minQuantity);
    m_errors->bind(QStringLiteral("guests"), m_minGuests);
    m_errors->bind(QStringLiteral("amount"), m_amount);
    m_errors->bind(QStringLiteral("guest_category"), m_category);
    m_errors->bind(QStringLiteral("basis"), m_basis);

    const bool byTime = BookingTime::usesTime(product.kind);
    auto* form = new QFormLayout;
    form->addRow(tr("Season:"), season);
    form->addRow(tr("&Weekdays:"), m_weekdayBox);
    form->addRow(buddyLabel(byTime ? tr("&Hours:") : tr("&Nights:"), m_minLength),
                 pair(m_minLength, m_maxLength));
    form->addRow(buddyLabel(tr("&Quantity:"), m_minQuantity), pair(m_minQuantity, m_maxQuantity));
    form->addRow(buddyLabel(tr("&Guests:"), m_minGuests), pair(m_minGuests, m_maxGuests));
    form->addRow(tr("&Price per:"), m_basis);
    form->addRow(tr("Guest &category:"), m_category);
    form->addRow(tr("&Amount incl. VAT (%1):").arg(product.price.currency().code()), m_amount);
    form->addRow(tr("P&riority:"), m_priority);
    auto* hint = new QLabel(tr("Each night or hour is priced by the matching rule of the "
                               "highest priority, then the shortest season, then the newest."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceRuleDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
}

PriceRuleDialog::~PriceRuleDialog() = default;

QString PriceRuleDialog::errorField() const {
    return m_errors->shownField();
}

void PriceRuleDialog::basisChanged() {
    const PriceRule::Basis basis = PriceRule::basisFromKey(m_basis->currentData().toString());
    const bool perGuest =
        basis == PriceRule::Basis::GuestUnit || basis == PriceRule::Basis::GuestStay;
    m_category->setEnabled(perGuest);
    if (!perGuest)
        m_category->setCurrentIndex(0);
    else if (m_category->currentIndex() == 0 && m_category->count() > 1)
        m_category->setCurrentIndex(1);
}

bool PriceRuleDialog::save() {
    try {
        PriceRule r;
        r.productId = m_product.id;
        if (m_fromSet->isChecked())
            r.validFrom = m_from->date();
        if (m_toSet->isChecked())
            r.validTo = m_to->date();
        r.weekdays = 0;
        for (int i = 0; i < 7; ++i)
            if (m_weekdays[i]->isChecked())
                r.weekdays |= 1 << i;
        r.minLength = m_minLength->value();
        r.maxLength = maxOf(m_maxLength);
        r.minQuantity = m_minQuantity->value();
        r.maxQuantity = maxOf(m_maxQuantity);
        r.minGuests = m_minGuests->value();
        r.maxGuests = maxOf(m_maxGuests);
        r.basis = PriceRule::basisFromKey(m_basis->currentData().toString());
        r.guestCategoryId = m_category->currentData().toLongLong();
        r.amountMinor = m_amount->value().minor();
        r.priority = m_priority->value();
        m_saved = BookableCatalog::addPriceRule(m_context.session(), r);
    } catch (const Error& e) {
        m_errors->show(e);
        return false;
    }
    m_errors->clear();
    accept();
    return true;
}

// -------------------------------------------------------- BookableSettingsPage

}  // namespace skranke
