#include "ui/shell/bookablesettingspage.h"

#include "core/auth/rights.h"
#include "core/booking/bookingtime.h"
#include "core/catalog/catalogservice.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/pricerulemodel.h"
#include "ui/widgets/formerrors.h"
#include "ui/widgets/moneyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace skranke {

namespace {

constexpr int Unlimited = 100000;

// A form label whose mnemonic focuses `buddy`, for rows whose field is a
// layout (QFormLayout gives those a label without a buddy, showing the "&").
QLabel* labelFor(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

// A maximum: its lowest value stands for "no limit".
QSpinBox* maxSpin(int floor, QWidget* parent) {
    auto* spin = new QSpinBox(parent);
    spin->setRange(floor - 1, Unlimited);
    spin->setSpecialValueText(BookableSettingsPage::tr("no limit"));
    spin->setValue(floor - 1);
    return spin;
}

std::optional<int> maxOf(const QSpinBox* spin) {
    if (spin->value() == spin->minimum())
        return std::nullopt;
    return spin->value();
}

void clearLayout(QLayout* layout) {
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

}  // namespace

// ---------------------------------------------------------------- EntryDialog

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
    form->addRow(labelFor(byTime ? tr("&Hours:") : tr("&Nights:"), m_minLength),
                 pair(m_minLength, m_maxLength));
    form->addRow(labelFor(tr("&Quantity:"), m_minQuantity), pair(m_minQuantity, m_maxQuantity));
    form->addRow(labelFor(tr("&Guests:"), m_minGuests), pair(m_minGuests, m_maxGuests));
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

BookableSettingsPage::BookableSettingsPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_products(new QListWidget(this)),
      m_detail(new QWidget(this)),
      m_supplier(new QComboBox(m_detail)),
      m_newSupplier(new QPushButton(tr("New &supplier…"), m_detail)),
      m_categoryBox(new QWidget(m_detail)),
      m_newCategory(new QPushButton(tr("New &category…"), m_detail)),
      m_rulesView(new QTableView(m_detail)),
      m_ruleModel(new PriceRuleModel(this)),
      m_addRule(new QPushButton(tr("&Add rule…"), m_detail)),
      m_retireRule(new QPushButton(tr("&Retire rule"), m_detail)),
      m_arrival(new QDateTimeEdit(m_detail)),
      m_departure(new QDateTimeEdit(m_detail)),
      m_quantity(new QSpinBox(m_detail)),
      m_guestBox(new QWidget(m_detail)),
      m_offer(new QLabel(m_detail)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    auto* intro = new QLabel(tr("What makes a product bookable: who supplies it, which guests "
                                "it takes and its price table. Changes apply at once."),
                             this);
    intro->setWordWrap(true);
    auto* note = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errors->bind(QStringLiteral("supplier"), m_supplier);
    m_errors->bind(QStringLiteral("departure"), m_departure);

    auto* supplierRow = new QHBoxLayout;
    supplierRow->addWidget(m_supplier, 1);
    supplierRow->addWidget(m_newSupplier);
    new QHBoxLayout(m_categoryBox);
    m_categoryBox->layout()->setContentsMargins(0, 0, 0, 0);
    auto* categoryRow = new QHBoxLayout;
    categoryRow->addWidget(m_categoryBox, 1);
    categoryRow->addWidget(m_newCategory);
    auto* form = new QFormLayout;
    form->addRow(labelFor(tr("Su&pplier:"), m_supplier), supplierRow);
    form->addRow(tr("Guest categories:"), categoryRow);

    m_rulesView->setModel(m_ruleModel);
    m_rulesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rulesView->verticalHeader()->hide();
    m_rulesView->horizontalHeader()->setStretchLastSection(true);
    auto* ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_addRule);
    ruleButtons->addWidget(m_retireRule);
    ruleButtons->addStretch(1);
    auto* table = new QGroupBox(tr("Price table"), m_detail);
    auto* tableLayout = new QVBoxLayout(table);
    auto* tableHint = new QLabel(
        tr("With no rules the product's own price is the price per night or hour."), table);
    tableHint->setWordWrap(true);
    tableLayout->addWidget(tableHint);
    tableLayout->addWidget(m_rulesView, 1);
    tableLayout->addLayout(ruleButtons);

    m_quantity->setRange(1, Unlimited);
    new QHBoxLayout(m_guestBox);
    m_guestBox->layout()->setContentsMargins(0, 0, 0, 0);
    auto* tryButton = new QPushButton(tr("&Try"), m_detail);
    auto* tryBox = new QGroupBox(tr("Try a price"), m_detail);
    auto* tryForm = new QFormLayout(tryBox);
    auto* period = new QHBoxLayout;
    period->addWidget(m_arrival);
    period->addWidget(new QLabel(tr("to"), tryBox));
    period->addWidget(m_departure);
    period->addStretch(1);
    tryForm->addRow(labelFor(tr("Arri&val:"), m_arrival), period);
    tryForm->addRow(tr("&Quantity:"), m_quantity);
    tryForm->addRow(tr("Guests:"), m_guestBox);
    auto* offerRow = new QHBoxLayout;
    offerRow->addWidget(tryButton);
    offerRow->addWidget(m_offer, 1);
    tryForm->addRow(offerRow);
    for (QDateTimeEdit* d : {m_arrival, m_departure})
        d->setCalendarPopup(true);

    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(form);
    detailLayout->addWidget(table, 1);
    detailLayout->addWidget(tryBox);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_products);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(note);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_errorLabel);

    connect(m_products, &QListWidget::currentRowChanged, this, [this] { showProduct(); });
    connect(m_supplier, &QComboBox::currentIndexChanged, this,
            &BookableSettingsPage::supplierChosen);
    connect(m_newSupplier, &QPushButton::clicked, this, &BookableSettingsPage::newSupplier);
    connect(m_newCategory, &QPushButton::clicked, this, &BookableSettingsPage::newCategory);
    connect(m_addRule, &QPushButton::clicked, this, &BookableSettingsPage::addRule);
    connect(m_retireRule, &QPushButton::clicked, this, &BookableSettingsPage::retireRule);
    connect(tryButton, &QPushButton::clicked, this, &BookableSettingsPage::tryPrice);

    const bool may = mayEdit();
    for (QWidget* w : std::initializer_list<QWidget*>{m_supplier, m_newSupplier, m_newCategory,
                                                      m_addRule, m_retireRule})
        w->setEnabled(may);
    if (!may)
        note->setText(tr("Only a user with the right to edit settings can change this."));
    load();
}

BookableSettingsPage::~BookableSettingsPage() = default;

bool BookableSettingsPage::mayEdit() const {
    return m_context.signedIn() && m_context.session().has(rights::SettingsEdit);
}

void BookableSettingsPage::showEvent(QShowEvent* event) {
    const std::int64_t id = productId();
    load();  // products come and go elsewhere
    if (id > 0)
        selectProduct(id);
    QWidget::showEvent(event);
}

QCheckBox* BookableSettingsPage::guestCategory(const QString& key) const {
    for (QCheckBox* box : m_categories)
        if (box->property("key").toString() == key)
            return box;
    return nullptr;
}

QSpinBox* BookableSettingsPage::guests(const QString& key) const {
    for (QSpinBox* spin : m_guests)
        if (spin->property("key").toString() == key)
            return spin;
    return nullptr;
}

QString BookableSettingsPage::errorText() const {
    return m_errorLabel->text();
}

std::int64_t BookableSettingsPage::productId() const {
    return m_product ? m_product->id : 0;
}

void BookableSettingsPage::load() {
    const QSignalBlocker block(m_products);
    m_products->clear();
    for (const Product& p : CatalogService::searchProducts(m_context.db(), QString(), 1000)) {
        if (!isBookable(p.kind))
            continue;
        auto* item = new QListWidgetItem(
            tr("%1 — %2, %3").arg(p.number, p.name, productKindName(p.kind)), m_products);
        item->setData(Qt::UserRole, qint64(p.id));
    }
    m_products->setCurrentRow(m_products->count() > 0 ? 0 : -1);
    showProduct();
}

bool BookableSettingsPage::selectProduct(std::int64_t productId) {
    for (int i = 0; i < m_products->count(); ++i)
        if (m_products->item(i)->data(Qt::UserRole).toLongLong() == productId) {
            if (m_products->currentRow() == i)
                showProduct();
            else
                m_products->setCurrentRow(i);
            return true;
        }
    return false;
}

void BookableSettingsPage::showProduct() {
    const QListWidgetItem* item = m_products->currentItem();
    m_product = item
                    ? CatalogService::product(m_context.db(), item->data(Qt::UserRole).toLongLong())
                    : std::nullopt;
    m_detail->setEnabled(m_product.has_value());
    m_errors->clear();
    m_offer->clear();
    loadSupplier();
    loadCategories();
    loadRules();
    const bool byTime = m_product && BookingTime::usesTime(m_product->kind);
    const QDate today = Dates::localDate(m_context.clock().nowMs(),
                                         CompanyService::require(m_context.db()).timeZone);
    for (QDateTimeEdit* d : {m_arrival, m_departure})
        d->setDisplayFormat(byTime ? QStringLiteral("yyyy-MM-dd HH:mm")
                                   : QStringLiteral("yyyy-MM-dd"));
    if (byTime) {
        m_arrival->setDateTime(QDateTime(today, QTime(10, 0)));
        m_departure->setDateTime(QDateTime(today, QTime(12, 0)));
    } else {
        m_arrival->setDateTime(QDateTime(today, QTime(0, 0)));
        m_departure->setDateTime(QDateTime(today.addDays(1), QTime(0, 0)));
    }
}

void BookableSettingsPage::loadSupplier() {
    const QSignalBlocker block(m_supplier);
    m_supplier->clear();
    m_supplier->addItem(tr("(none)"), qint64(0));
    for (const Supplier& s : BookableCatalog::suppliers(m_context.db()))
        m_supplier->addItem(s.email.isEmpty() ? s.name : tr("%1 <%2>").arg(s.name, s.email),
                            qint64(s.id));
    const auto current =
        m_product ? BookableCatalog::supplierOf(m_context.db(), m_product->id) : std::nullopt;
    m_supplier->setCurrentIndex(
        std::max(0, m_supplier->findData(qint64(current ? current->id : 0))));
}

void BookableSettingsPage::loadCategories() {
    clearLayout(m_categoryBox->layout());
    m_categories.clear();
    clearLayout(m_guestBox->layout());
    m_guests.clear();
    if (!m_product)
        return;
    std::vector<std::int64_t> taken;
    for (const GuestCategory& c : BookableCatalog::guestCategoriesOf(m_context.db(), m_product->id))
        taken.push_back(c.id);
    const bool may = mayEdit();
    for (const GuestCategory& c : BookableCatalog::guestCategories(m_context.db())) {
        const bool takes = std::find(taken.begin(), taken.end(), c.id) != taken.end();
        auto* box = new QCheckBox(c.name, m_categoryBox);
        box->setProperty("key", c.key);
        box->setProperty("id", qint64(c.id));
        box->setChecked(takes);
        box->setEnabled(may);
        connect(box, &QCheckBox::toggled, this, &BookableSettingsPage::categoriesTicked);
        m_categoryBox->layout()->addWidget(box);
        m_categories.push_back(box);
        if (takes) {
            auto* spin = new QSpinBox(m_guestBox);
            spin->setRange(0, Unlimited);
            spin->setPrefix(c.name + QStringLiteral(": "));
            spin->setProperty("key", c.key);
            spin->setProperty("id", qint64(c.id));
            m_guestBox->layout()->addWidget(spin);
            m_guests.push_back(spin);
        }
    }
    static_cast<QHBoxLayout*>(m_categoryBox->layout())->addStretch(1);
    static_cast<QHBoxLayout*>(m_guestBox->layout())->addStretch(1);
    m_categoryBox->setToolTip(tr("None ticked: the product takes every category."));
}

void BookableSettingsPage::loadRules() {
    if (!m_product) {
        m_ruleModel->setRules(ProductKind::Accommodation, Currency::fromCode(QStringLiteral("DKK")),
                              {}, {});
        return;
    }
    m_ruleModel->setRules(m_product->kind, m_product->price.currency(),
                          BookableCatalog::priceRules(m_context.db(), m_product->id),
                          BookableCatalog::guestCategories(m_context.db()));
    m_rulesView->resizeColumnsToContents();
}

void BookableSettingsPage::fail(const Error& error) {
    m_errors->show(error);
}

void BookableSettingsPage::done() {
    m_errors->clear();
}

void BookableSettingsPage::supplierChosen() {
    if (!m_product)
        return;
    try {
        BookableCatalog::setSupplier(m_context.session(), m_product->id,
                                     m_supplier->currentData().toLongLong());
        done();
    } catch (const Error& e) {
        loadSupplier();
        fail(e);
    }
}

void BookableSettingsPage::categoriesTicked() {
    if (!m_product)
        return;
    std::vector<std::int64_t> ids;
    for (const QCheckBox* box : m_categories)
        if (box->isChecked())
            ids.push_back(box->property("id").toLongLong());
    try {
        BookableCatalog::setGuestCategories(m_context.session(), m_product->id, ids);
        done();
    } catch (const Error& e) {
        fail(e);
    }
    // Deferred: the ticked box must not be deleted inside its own signal.
    QMetaObject::invokeMethod(
        this, [this] { loadCategories(); }, Qt::QueuedConnection);
}

void BookableSettingsPage::newSupplier() {
    EntryDialog dialog(
        tr("New supplier"), tr("&Name:"), QStringLiteral("name"), tr("&Email:"),
        QStringLiteral("email"),
        [this](const QString& name, const QString& email) {
            const Supplier s = BookableCatalog::createSupplier(m_context.session(), name, email);
            loadSupplier();
            if (m_product) {
                m_supplier->setCurrentIndex(m_supplier->findData(qint64(s.id)));  // sets it
            }
        },
        this);
    dialog.exec();
}

void BookableSettingsPage::newCategory() {
    EntryDialog dialog(
        tr("New guest category"), tr("&Key (a–z, 0–9, _):"), QStringLiteral("key"), tr("&Name:"),
        QStringLiteral("name"),
        [this](const QString& key, const QString& name) {
            BookableCatalog::createGuestCategory(m_context.session(), key.trimmed(), name);
            loadCategories();
            loadRules();
        },
        this);
    dialog.exec();
}

void BookableSettingsPage::addRule() {
    if (!m_product)
        return;
    PriceRuleDialog dialog(m_context, *m_product,
                           BookableCatalog::guestCategoriesOf(m_context.db(), m_product->id), this);
    if (dialog.exec() == QDialog::Accepted && dialog.saved()) {
        loadRules();
        for (int row = 0; row < m_ruleModel->rowCount(); ++row)
            if (m_ruleModel->rule(row).id == dialog.saved()->id)
                m_rulesView->selectRow(row);
        done();
    }
}

bool BookableSettingsPage::retireRule() {
    const QModelIndex current = m_rulesView->currentIndex();
    if (!m_product || !current.isValid())
        return false;
    try {
        BookableCatalog::retirePriceRule(m_context.session(), m_ruleModel->rule(current.row()).id);
    } catch (const Error& e) {
        fail(e);
        return false;
    }
    loadRules();
    done();
    return true;
}

void BookableSettingsPage::tryPrice() {
    if (!m_product)
        return;
    const bool byTime = BookingTime::usesTime(m_product->kind);
    PriceQuery q;
    q.kind = m_product->kind;
    q.start = byTime ? BookingTime::fromDateTime(m_arrival->dateTime())
                     : BookingTime::fromDate(m_arrival->date());
    q.end = byTime ? BookingTime::fromDateTime(m_departure->dateTime())
                   : BookingTime::fromDate(m_departure->date());
    q.quantity = m_quantity->value();
    for (const QSpinBox* spin : m_guests)
        if (spin->value() > 0)
            q.guests[spin->property("id").toLongLong()] = spin->value();
    m_offer->clear();
    if (q.end <= q.start) {
        m_errors->show(tr("The departure must be after the arrival."), QStringLiteral("departure"));
        return;
    }
    try {
        const auto minor = BookableCatalog::offer(m_context.db(), m_product->id, q);
        m_errors->clear();
        if (minor) {
            const Money price(*minor, m_product->price.currency());
            m_offer->setText(tr("Offered price: %1 %2 incl. VAT")
                                 .arg(price.format(QLocale(), true), price.currency().code()));
        } else {
            m_offer->setText(tr("No price matches: a booking row needs a manual price."));
        }
    } catch (const Error& e) {
        fail(e);
    }
}

}  // namespace skranke
