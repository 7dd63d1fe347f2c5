#include "ui/shell/journalpage.h"

#include "core/company/companyservice.h"
#include "core/journal/journal.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/journalmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace skranke {

namespace {
QTimeZone companyZone(AppContext& context) {
    const auto company = CompanyService::load(context.db());
    const QTimeZone zone(company ? company->timeZone.toUtf8() : QByteArray("UTC"));
    return zone.isValid() ? zone : QTimeZone::utc();
}
}  // namespace

JournalPage::JournalPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new JournalModel(context.db(), companyZone(context), this)),
      m_view(new QTableView(this)),
      m_status(new QLabel(this)) {
    auto* title = new QLabel(tr("<h2>Journal</h2>Every change, who made it and when. The entries "
                                "are chained, so a changed or removed entry is found."),
                             this);
    title->setWordWrap(true);
    auto* verifyButton = new QPushButton(tr("&Verify journal"), this);
    auto* reload = new QPushButton(tr("&Refresh"), this);
    connect(verifyButton, &QPushButton::clicked, this, &JournalPage::verify);
    connect(reload, &QPushButton::clicked, m_model, &JournalModel::reload);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(JournalModel::Id, 70);
    m_view->setColumnWidth(JournalModel::Time, 150);
    m_view->setColumnWidth(JournalModel::User, 110);
    m_view->setColumnWidth(JournalModel::Entity, 110);
    m_view->setColumnWidth(JournalModel::Action, 130);

    auto* bar = new QHBoxLayout;
    bar->addWidget(verifyButton);
    bar->addWidget(reload);
    bar->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void JournalPage::showEvent(QShowEvent* event) {
    m_model->reload();
    QWidget::showEvent(event);
}

void JournalPage::verify() {
    const Journal::Verification v = Journal::verify(m_context.db());
    if (v.ok()) {
        m_status->setStyleSheet(QStringLiteral("color: #1e7d32;"));
        m_status->setText(tr("Journal intact: %1 entries checked.").arg(v.entriesChecked));
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
        m_status->setText(tr("Journal broken: %1.").arg(v.reason));
    }
}

}  // namespace skranke
