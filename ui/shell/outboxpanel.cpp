#include "ui/shell/outboxpanel.h"

#include "core/mail/outbox.h"
#include "core/mail/smtpsender.h"
#include "core/mail/smtpsettings.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "ui/shell/appcontext.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableWidget>
#include <QVBoxLayout>

namespace skranke {

OutboxPanel::OutboxPanel(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Outbox"), parent),
      m_context(context),
      m_table(new QTableWidget(0, 5, this)),
      m_summary(new QLabel(this)),
      m_send(new QPushButton(tr("Send &waiting mail"), this)) {
    m_table->setHorizontalHeaderLabels(
        {tr("To"), tr("Subject"), tr("Status"), tr("Tries"), tr("Last error")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(140);
    connect(m_send, &QPushButton::clicked, this, &OutboxPanel::sendWaiting);
    auto* row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
}

void OutboxPanel::showEvent(QShowEvent* event) {
    reload();
    QGroupBox::showEvent(event);
}

void OutboxPanel::reload() {
    std::vector<Outbox::Entry> waiting = Outbox::list(m_context.db(), QStringLiteral("failed"));
    for (const Outbox::Entry& e : Outbox::list(m_context.db(), QStringLiteral("queued")))
        waiting.push_back(e);
    m_table->setRowCount(int(waiting.size()));
    int row = 0;
    for (const Outbox::Entry& e : waiting) {
        const QString status = e.status == QLatin1String("failed") ? tr("failed") : tr("waiting");
        const QString cells[] = {e.to, e.subject, status, QString::number(e.attempts), e.lastError};
        for (int column = 0; column < 5; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        ++row;
    }
    m_summary->setText(waiting.empty()
                           ? tr("All mail has been sent.")
                           : tr("%n emails have not been sent yet.", nullptr, int(waiting.size())));
    m_send->setEnabled(!waiting.empty());
}

int OutboxPanel::sendWaiting() {
    int sent = 0;
    try {
        SmtpSender sender(MailSettings::load(m_context.db()), m_context.clock());
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restore = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
        const auto results =
            Outbox::deliverPending(m_context.db(), sender,
                                   QDateTime::fromMSecsSinceEpoch(m_context.clock().nowMs()), true);
        for (const Outbox::Entry& e : results)
            sent += e.status == QLatin1String("sent") ? 1 : 0;
        reload();
        if (!results.empty())
            m_summary->setText(
                tr("Sent %1 of %2. %3").arg(sent).arg(results.size()).arg(m_summary->text()));
    } catch (const Error& e) {
        m_summary->setText(e.message());
    }
    return sent;
}

}  // namespace skranke
