#include "ui/till/tillpage.h"

#include "core/catalog/catalogservice.h"
#include "core/catalog/tillbuttons.h"
#include "core/company/companyservice.h"
#include "core/invoicing/quantity.h"
#include "core/store/error.h"
#include "core/till/saleparts.h"
#include "core/till/saleservice.h"
#include "core/till/tillreport.h"
#include "core/till/tillservice.h"
#include "core/till/valuecards.h"
#include "core/time/clock.h"
#include "ui/shell/appcontext.h"
#include "ui/till/amountprompt.h"
#include "ui/till/cartmodel.h"
#include "ui/till/returndialog.h"
#include "ui/till/tenderdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace skranke {

namespace {

Currency currencyOf(Database& db) {
    return Currency::fromCode(CompanyService::rules(db).currency);
}

}  // namespace

TillPage::TillPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_till(new QComboBox(this)),
      m_shift(new QLabel(this)),
      m_products(new QTabWidget(this)),
      m_scan(new QLineEdit(this)),
      m_pendingQty(new QLabel(this)),
      m_cart(new CartModel(currencyOf(context.db()), this)),
      m_view(new QTableView(this)),
      m_total(new QLabel(this)),
      m_vat(new QLabel(this)),
      m_message(new QLabel(this)),
      m_customer(new QLabel(this)),
      m_autoPrint(new QCheckBox(tr("Print each receipt"), this)),
      m_party(std::make_unique<SaleParty>()) {
    connect(m_till, &QComboBox::currentIndexChanged, this, &TillPage::refreshShift);
    QSettings settings;
    m_autoPrint->setChecked(
        settings.value(QStringLiteral("till/printEachReceipt"), false).toBool());
    m_autoPrint->setFocusPolicy(Qt::NoFocus);
    connect(m_autoPrint, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("till/printEachReceipt"), on); });

    m_scan->setPlaceholderText(
        tr("Scan or type an EAN or item number · 3* sells three · Enter pays"));
    QFont big = m_scan->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_scan->setFont(big);
    connect(m_scan, &QLineEdit::returnPressed, this, &TillPage::scanEntered);

    m_view->setModel(m_cart);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setFocusPolicy(Qt::ClickFocus);
    m_view->horizontalHeader()->setSectionResizeMode(CartModel::Text, QHeaderView::Stretch);
    connect(m_cart, &CartModel::totalsChanged, this, &TillPage::updateTotals);
    // Delete takes a line off from the scan field (when empty) or the cart.
    m_scan->installEventFilter(this);
    m_view->installEventFilter(this);

    QFont huge = m_total->font();
    huge.setPointSizeF(huge.pointSizeF() * 2.2);
    huge.setBold(true);
    m_total->setFont(huge);
    m_total->setAlignment(Qt::AlignRight);
    m_vat->setAlignment(Qt::AlignRight);
    m_message->setWordWrap(true);
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.5);
    m_message->setFont(messageFont);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topRow());
    auto* left = new QVBoxLayout;
    left->addWidget(m_products, 1);
    left->addLayout(functionButtons());
    auto* right = new QVBoxLayout;
    auto* customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customer, 1);
    customerRow->addWidget(button(tr("C&ustomer… (F5)"), &TillPage::askCustomer));
    auto* scanRow = new QHBoxLayout;
    scanRow->addWidget(m_pendingQty);
    scanRow->addWidget(m_scan, 1);
    right->addLayout(customerRow);
    right->addLayout(scanRow);
    right->addWidget(m_view, 1);
    right->addWidget(m_total);
    right->addWidget(m_vat);
    right->addLayout(cartButtons());
    right->addWidget(m_message);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addLayout(right, 3);
    layout->addLayout(body, 1);
    loadTills();
    updateTotals();
    setParty({});
    addShortcuts();
}

QPushButton* TillPage::button(const QString& text, void (TillPage::*action)()) {
    auto* b = new QPushButton(text, this);
    b->setFocusPolicy(Qt::NoFocus);  // the scan field keeps the keyboard
    connect(b, &QPushButton::clicked, this, action);
    return b;
}

QLayout* TillPage::topRow() {
    auto* shiftMenu = new QMenu(this);
    shiftMenu->addAction(tr("&Open shift…"), this, &TillPage::askOpenShift);
    shiftMenu->addAction(tr("Cash &in/out…"), this, &TillPage::askMoveCash);
    shiftMenu->addSeparator();
    shiftMenu->addAction(tr("&X report"), this, &TillPage::showXReport);
    shiftMenu->addAction(tr("&Z report and close the shift…"), this, &TillPage::askZReport);
    auto* shift = new QPushButton(tr("&Shift"), this);
    shift->setFocusPolicy(Qt::NoFocus);
    shift->setMenu(shiftMenu);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Till:"), this));
    top->addWidget(m_till);
    top->addWidget(m_shift, 1);
    top->addWidget(shift);
    return top;
}

QLayout* TillPage::functionButtons() {
    auto* grid = new QGridLayout;
    const std::vector<QPushButton*> buttons{
        button(tr("&Return…"), &TillPage::askReturn),
        button(tr("&Debtor payment… (F8)"), &TillPage::askDebtorPayment),
        button(tr("Valu&e card… (F10)"), &TillPage::showValueCard),
        button(tr("Dra&wer (F9)"), &TillPage::askOpenDrawer),
        button(tr("&Copy… (F11)"), &TillPage::askCopy),
        button(tr("Pri&nt last (F12)"), &TillPage::printLast)};
    for (int i = 0; i < int(buttons.size()); ++i)
        grid->addWidget(buttons[std::size_t(i)], i / 3, i % 3);
    return grid;
}

QLayout* TillPage::cartButtons() {
    auto* row = new QHBoxLayout;
    row->addWidget(button(tr("&Void line (Del)"), &TillPage::voidLine));
    row->addWidget(button(tr("P&ark (F6)"), &TillPage::askPark));
    row->addWidget(button(tr("Reca&ll… (F7)"), &TillPage::askRecall));
    row->addWidget(m_autoPrint);
    row->addStretch(1);
    QPushButton* pay = button(tr("&Pay (Enter)"), &TillPage::pay);
    QFont bold = pay->font();
    bold.setBold(true);
    pay->setFont(bold);
    pay->setMinimumHeight(40);
    row->addWidget(pay);
    return row;
}

TillPage::~TillPage() = default;

bool TillPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete &&
        (watched == m_view || m_scan->text().isEmpty())) {
        voidLine();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TillPage::showEvent(QShowEvent* event) {
    if (m_till->count() == 0)
        loadTills();  // a till may have been set up since
    loadProducts();   // and the buttons arranged anew under Settings → Till
    refreshShift();
    m_scan->setFocus();
    QWidget::showEvent(event);
}

QString TillPage::tillRef() const {
    return m_till->currentData().toString();
}

void TillPage::loadTills() {
    m_till->clear();
    for (const Till& t : TillService::tills(m_context.db()))
        m_till->addItem(QStringLiteral("%1 — %2").arg(t.ref, t.name), t.ref);
}

void TillPage::loadProducts() {
    m_products->clear();
    QHash<QString, QGridLayout*> grids;
    constexpr int Columns = 3;
    QSet<QString> hidden;
    for (const TillCategory& c : TillButtons::categories(m_context.db()))
        if (!c.onTill)
            hidden.insert(c.name);
    for (const Product& p : CatalogService::searchProducts(m_context.db(), QString(), 500)) {
        if (isBookable(p.kind) || hidden.contains(p.category))
            continue;  // booked in the schedule, or not wanted as buttons
        const QString category = p.category.isEmpty() ? tr("Other") : p.category;
        QGridLayout* grid = grids.value(category);
        if (!grid) {
            auto* tab = new QWidget(m_products);
            grid = new QGridLayout(tab);
            grid->setAlignment(Qt::AlignTop);
            m_products->addTab(tab, category);
            grids.insert(category, grid);
        }
        auto* button = new QPushButton(
            QStringLiteral("%1\n%2").arg(p.name, p.price.format(QLocale(), true)), this);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(54);
        const QString key = p.number;
        connect(button, &QPushButton::clicked, this, [this, key] { addProduct(key); });
        const int n = grid->count();
        grid->addWidget(button, n / Columns, n % Columns);
    }
}

void TillPage::refreshShift() {
    if (tillRef().isEmpty()) {
        m_shift->setText(tr("No till is set up yet (skranke-cli till create)."));
        return;
    }
    const auto shift = TillService::openShift(
        m_context.db(), TillService::requireTill(m_context.db(), tillRef()).id);
    m_shift->setText(
        shift ? tr("Shift open since %1 · float %2")
                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(shift->openedMs),
                                            QLocale::ShortFormat),
                         shift->cashFloat.formatWithCurrency(QLocale()))
              : tr("No open shift: open one with the counted float."));
}

void TillPage::updateTotals() {
    const Receipt& r = m_cart->receipt();
    m_total->setText(tr("Total %1").arg(r.total.formatWithCurrency(QLocale())));
    QStringList vat;
    for (const ReceiptVat& v : r.vat)
        if (!v.vat.isZero())
            vat << tr("VAT %1 %: %2").arg(v.rate.toPercentString(), v.vat.format(QLocale(), true));
    m_vat->setText(vat.join(QStringLiteral(" · ")));
    m_pendingQty->setText(m_quantityMilli == 1000
                              ? QString()
                              : tr("%1 ×").arg(Quantity::format(m_quantityMilli, QLocale())));
}

void TillPage::showMessage(const QString& text, bool error) {
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b; font-weight: bold;")
                                   : QStringLiteral("font-weight: bold;"));
    m_message->setText(text);
}

void TillPage::addProduct(const QString& key) {
    try {
        SaleLineInput line = SaleService::lineFor(m_context.db(), key, m_quantityMilli);
        const bool valueCard = SaleParts::isValueCardProduct(m_context.db(), line.productId);
        if (valueCard && !askValueCard(line)) {
            m_scan->setFocus();
            return;
        }
        m_cart->add(line, !valueCard);
        m_quantityMilli = 1000;
        m_message->clear();
        m_view->scrollToBottom();
    } catch (const Error& e) {
        showMessage(e.message(), true);
    }
    updateTotals();
    m_scan->setFocus();
}

void TillPage::scanEntered() {
    QString text = m_scan->text().trimmed();
    m_scan->clear();
    if (text.isEmpty()) {
        if (!m_cart->isEmpty())
            pay();
        return;
    }
    const qsizetype star = text.indexOf(u'*');
    if (star >= 0) {
        try {
            m_quantityMilli = Quantity::parse(text.left(star), QStringLiteral("quantity"));
        } catch (const Error& e) {
            showMessage(e.message(), true);
            return;
        }
        text = text.mid(star + 1).trimmed();
        updateTotals();
        if (text.isEmpty())
            return;  // the quantity waits for the next scan
    }
    addProduct(text);
}

void TillPage::voidLine() {
    if (m_cart->isEmpty())
        return;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? m_cart->rowCount() - 1 : selected.first().row();
    // Journaled first: a void that cannot be recorded does not happen.
    const SaleLineInput line = m_cart->lines()[std::size_t(row)];
    try {
        TillService::voidLine(m_context.session(), tillRef(), line);
        m_cart->take(row);
        showMessage(tr("Took off: %1").arg(line.text), false);
    } catch (const Error& e) {
        showMessage(e.message(), true);
    }
    m_scan->setFocus();
}

void TillPage::pay() {
    if (m_cart->isEmpty())
        return;
    TenderDialog::Options options;
    options.cashStepMinor = CompanyService::rules(m_context.db()).cashRoundingMinor;
    options.valueCardBalance = [this](const QString& number) {
        return ValueCards::require(m_context.db(), number, QStringLiteral("tender")).balance;
    };
    if (m_party->debtorId != 0)
        options.invoiceDebtor = m_party->name;
    TenderDialog dialog(m_cart->receipt().total, options, this);
    if (dialog.exec() == QDialog::Accepted)
        completeSale(dialog.tenders());
    m_scan->setFocus();
}

bool TillPage::completeSale(const std::vector<TenderInput>& tenders) {
    try {
        const Receipt r =
            SaleService::sell(m_context.session(), tillRef(), m_cart->lines(), tenders, *m_party);
        Money change = Money::zero(r.total.currency());
        for (const ReceiptTender& t : r.tenders)
            change += t.change;
        m_cart->clear();
        setParty({});
        m_lastReceipt = r.number;
        showMessage(r.invoiceNumber != 0
                        ? tr("Receipt %1 · invoice %2 to %3, %4")
                              .arg(r.number)
                              .arg(r.invoiceNumber)
                              .arg(r.party.name, r.total.formatWithCurrency(QLocale()))
                    : change.isZero() ? tr("Receipt %1 · paid %2")
                                            .arg(r.number)
                                            .arg(r.total.formatWithCurrency(QLocale()))
                                      : tr("Receipt %1 · change %2")
                                            .arg(r.number)
                                            .arg(change.formatWithCurrency(QLocale())),
                    false);
        if (m_autoPrint->isChecked()) {
            const QString paid = m_message->text();
            if (printReceipt(r.number, false))
                showMessage(paid + QLatin1Char('\n') + m_message->text(), false);
        }
        m_scan->setFocus();
        return true;
    } catch (const Error& e) {
        showMessage(e.message(), true);
        m_scan->setFocus();
        return false;
    }
}

void TillPage::askReturn() {
    ReturnDialog dialog(m_context, tillRef(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.created())
        showMessage(tr("Return receipt %1 · paid back %2")
                        .arg(dialog.created()->number)
                        .arg((-dialog.created()->total).formatWithCurrency(QLocale())),
                    false);
    m_scan->setFocus();
}

bool TillPage::askValueCard(SaleLineInput& line) {
    if (!line.listPrice.isPositive()) {
        QString error;
        const auto amount = askAmount(this, tr("Value card"), tr("Amount to put on the card:"),
                                      line.unitPrice.currency(), error);
        if (!amount) {
            if (!error.isEmpty())
                showMessage(error, true);
            return false;
        }
        line.unitPrice = *amount;
    }
    bool ok = false;
    line.cardNumber = QInputDialog::getText(
        this, tr("Value card"),
        tr("Scan the card's number, or leave it empty for a new number printed on the receipt:"),
        QLineEdit::Normal, {}, &ok);
    return ok;
}

}  // namespace skranke
