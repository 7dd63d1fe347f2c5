#include "ui/orders/orderconfirmationdialog.h"

#include "core/company/companyservice.h"
#include "core/money/vatsplit.h"
#include "core/orders/order.h"
#include "core/orders/orderservice.h"
#include "core/orders/orderstore.h"
#include "ui/shell/appcontext.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace skranke {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// An address as lines; what the shop left out is left out.
QString addressHtml(const OrderAddress& a) {
    QStringList lines;
    const QString city = QStringList{a.postcode, a.city}.join(QLatin1Char(' ')).trimmed();
    for (const QString& line : {a.name, a.street, city, a.country, a.phone, a.email})
        if (!line.trimmed().isEmpty())
            lines << esc(line);
    return lines.join(QStringLiteral("<br>"));
}

QString percent(const Rate& rate, const QLocale& locale) {
    QString text = rate.toPercentString();
    text.replace(QLatin1Char('.'), locale.decimalPoint());
    return text;
}

}  // namespace

OrderConfirmationDialog::OrderConfirmationDialog(AppContext& context, std::int64_t orderId,
                                                 QWidget* parent)
    : QDialog(parent), m_browser(new QTextBrowser(this)) {
    const Order order = OrderStore::require(context.db(), orderId);
    setWindowTitle(tr("Order confirmation %1").arg(order.externalId));
    m_browser->setObjectName(QStringLiteral("confirmation"));
    m_browser->setOpenLinks(false);  // stored text never navigates anywhere
    m_browser->setHtml(html(context.db(), order));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(560, 640);
}

QString OrderConfirmationDialog::html(Database& db, const Order& order) {
    const QLocale locale;
    const auto company = CompanyService::load(db);
    const QString zone = company ? company->timeZone : CompanyProfile().timeZone;
    const QString when =
        locale.toString(QDateTime::fromMSecsSinceEpoch(order.orderMs, QTimeZone(zone.toUtf8())),
                        QLocale::ShortFormat);

    QString h;
    if (company && !company->name.isEmpty())
        h += QStringLiteral("<p><b>%1</b></p>").arg(esc(company->name));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Order confirmation")));
    h += QStringLiteral("<p>%1: <b>%2</b><br>%3: %4</p>")
             .arg(esc(tr("Order number")), esc(order.externalId), esc(tr("Date")), esc(when));
    QStringList customer;
    for (const QString& part : {order.customerName, order.customerEmail})
        if (!part.isEmpty())
            customer << esc(part);
    h += QStringLiteral("<p>%1: %2</p>")
             .arg(esc(tr("Customer")), customer.join(QStringLiteral(", ")));

    h += QStringLiteral(
             "<table width=\"100%\" cellpadding=\"2\"><tr><td valign=\"top\"><b>%1</b><br>%2</td>"
             "<td valign=\"top\"><b>%3</b><br>%4</td></tr></table>")
             .arg(esc(tr("Billing address")), addressHtml(order.billing),
                  esc(tr("Delivery address")), addressHtml(order.delivery));

    h += QStringLiteral(
             "<table width=\"100%\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
             "<th align=\"left\">%2</th><th align=\"right\">%3</th></tr>")
             .arg(esc(tr("Item")), esc(tr("Item number")), esc(tr("Amount")));
    std::vector<std::pair<Money, Rate>> gross;
    for (const OrderLine& line : order.lines) {
        h += QStringLiteral("<tr><td>%1 × %2</td><td>%3</td><td align=\"right\">%4</td></tr>")
                 .arg(locale.toString(line.quantity), esc(line.text), esc(line.itemNumber),
                      esc(line.amount.formatWithCurrency(locale)));
        gross.emplace_back(line.amount, line.vatRate);
    }
    h += QStringLiteral(
             "<tr><td colspan=\"2\"><b>%1</b></td><td align=\"right\"><b>%2</b></td>"
             "</tr>")
             .arg(esc(tr("Total incl. VAT")), esc(order.total().formatWithCurrency(locale)));
    // The VAT of each rate on the sum of its lines, rounded once, as the shop states it.
    for (const VatPart& part : splitVatPerRate(gross))
        if (!part.rate.isZero())
            h += QStringLiteral("<tr><td colspan=\"2\">%1</td><td align=\"right\">%2</td></tr>")
                     .arg(esc(tr("Of which VAT %1 %").arg(percent(part.rate, locale))),
                          esc(part.vat.formatWithCurrency(locale)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<p>%1: %2")
             .arg(esc(tr("Payment")), esc(OrderService::paymentTypeLabel(order.paymentType)));
    if (!order.gateway.isEmpty() || !order.reserved.isZero())
        h += QStringLiteral("<br>%1: %2")
                 .arg(esc(tr("Reserved")), esc(order.reserved.formatWithCurrency(locale)));
    h += QStringLiteral("</p>");
    if (!order.customerComment.trimmed().isEmpty())
        h +=
            QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(esc(tr("Your comment")),
                     esc(order.customerComment).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return h;
}

}  // namespace skranke
