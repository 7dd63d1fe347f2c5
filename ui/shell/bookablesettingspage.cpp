#include "ui/shell/bookablesettingspage.h"

#include "core/auth/rights.h"
#include "core/booking/bookingtime.h"
#include "core/booking/cancellation.h"
#include "core/catalog/catalogservice.h"
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

void clearLayout(QLayout* layout) {
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

}  // namespace

// ---------------------------------------------------------------- EntryDialog

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
    form->addRow(buddyLabel(tr("Su&pplier:"), m_supplier), supplierRow);
    form->addRow(tr("Guest categories:"), categoryRow);
    // Cancellation terms as DAYS:PERCENT pairs, with what they mean in words.
    m_cancelTerms = new QLineEdit(m_detail);
    m_cancelTerms->setPlaceholderText(tr("e.g. 14:50, 3:100"));
    m_cancelTerms->setToolTip(
        tr("Cancelling fewer than DAYS days before arrival costs PERCENT of the price. "
           "\"14:50, 3:100\": free until 14 days before, 50 % until 3 days before, 100 % after. "
           "Empty: free until arrival."));
    auto* saveTerms = new QPushButton(tr("Save terms"), m_detail);
    m_termsText = new QLabel(m_detail);
    m_termsText->setWordWrap(true);
    m_termsText->setForegroundRole(QPalette::PlaceholderText);
    auto* termsRow = new QHBoxLayout;
    termsRow->addWidget(m_cancelTerms, 1);
    termsRow->addWidget(saveTerms);
    form->addRow(buddyLabel(tr("Cancellation ter&ms:"), m_cancelTerms), termsRow);
    form->addRow(QString(), m_termsText);
    m_errors->bind(QStringLiteral("cancellation_terms"), m_cancelTerms);
    connect(saveTerms, &QPushButton::clicked, this, &BookableSettingsPage::saveCancellationTerms);
    connect(m_cancelTerms, &QLineEdit::returnPressed, this,
            &BookableSettingsPage::saveCancellationTerms);

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
    tryForm->addRow(buddyLabel(tr("Arri&val:"), m_arrival), period);
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
    loadCancellationTerms();
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

void BookableSettingsPage::loadCancellationTerms() {
    const auto rules = m_product ? CancellationRules::of(m_context.db(), m_product->id)
                                 : std::vector<CancellationRule>{};
    m_cancelTerms->setText(CancellationRules::format(rules));
    m_termsText->setText(m_product ? CancellationRules::describe(rules) : QString());
}

bool BookableSettingsPage::saveCancellationTerms() {
    if (!m_product)
        return false;
    try {
        const QString field = QStringLiteral("cancellation_terms");
        CancellationRules::set(m_context.session(), m_product->id,
                               CancellationRules::parse(m_cancelTerms->text(), field));
        loadCancellationTerms();
        done();
        return true;
    } catch (const Error& e) {
        fail(e);
        return false;
    }
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
