#include "ui/dunning/reminderrunpage.h"

#include "core/company/companyservice.h"
#include "core/dunning/remindertexts.h"
#include "core/i18n/language.h"
#include "core/mail/smtpsender.h"
#include "core/mail/smtpsettings.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "ui/documents/reminderdispatch.h"
#include "ui/dunning/emailtextdialog.h"
#include "ui/dunning/reminderproposalmodel.h"
#include "ui/dunning/reminderrunform.h"
#include "ui/dunning/remindertextsdialog.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace skranke {

ReminderRunPage::ReminderRunPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_form(new ReminderRunForm(context, this)),
      m_model(new ReminderProposalModel(this)),
      m_view(new QTableView(this)),
      m_marked(new QLabel(this)),
      m_postTill(new QComboBox(this)),
      m_pdfFolder(new QLineEdit(this)),
      m_create(new QPushButton(tr("C&reate reminders"), this)),
      m_createAndEmail(new QPushButton(tr("Create reminders + send &email…"), this)),
      m_errorLabel(new QLabel(this)),
      m_result(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    m_form->bindErrors(*m_errors);
    m_errors->bind(QStringLiteral("pdf_dir"), m_pdfFolder);
    m_errors->bind(QStringLiteral("post_till"), m_postTill);

    auto* texts = new QPushButton(tr("&Texts…"), this);
    auto* overview = new QPushButton(tr("&Show overview"), this);
    overview->setDefault(true);
    connect(texts, &QPushButton::clicked, this, &ReminderRunPage::editTexts);
    connect(overview, &QPushButton::clicked, this, &ReminderRunPage::showOverview);
    connect(m_form, &ReminderRunForm::changed, this, [this] {
        m_model->clear();  // an overview of other parameters must not be created
        m_result->clear();
        m_errors->clear();
    });

    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReminderProposalModel::Name,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ReminderProposalModel::Email,
                                                     QHeaderView::Stretch);
    auto* markAll = new QPushButton(tr("&Mark all"), this);
    auto* unmarkAll = new QPushButton(tr("&Unmark all"), this);
    connect(markAll, &QPushButton::clicked, this, [this] { m_model->setAllMarked(true); });
    connect(unmarkAll, &QPushButton::clicked, this, [this] { m_model->setAllMarked(false); });
    connect(m_model, &ReminderProposalModel::markedChanged, this,
            &ReminderRunPage::updateMarkedSummary);

    m_postTill->setEditable(true);
    m_postTill->setToolTip(tr("The till the reminders' fees and interest are posted in."));
    m_pdfFolder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                             .filePath(tr("Skranke reminders")));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for reminder PDFs"),
                                                              m_pdfFolder->text());
        if (!dir.isEmpty())
            m_pdfFolder->setText(dir);
    });
    connect(m_create, &QPushButton::clicked, this, [this] { createReminders(false); });
    connect(m_createAndEmail, &QPushButton::clicked, this, &ReminderRunPage::askEmailTextAndCreate);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setOpenExternalLinks(true);

    auto* top = new QHBoxLayout;
    top->addWidget(texts);
    top->addStretch(1);
    top->addWidget(overview);
    auto* marking = new QHBoxLayout;
    marking->addWidget(markAll);
    marking->addWidget(unmarkAll);
    marking->addWidget(m_marked, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Post in till:"), this));
    actions->addWidget(m_postTill);
    actions->addWidget(new QLabel(tr("PDF folder:"), this));
    actions->addWidget(m_pdfFolder, 1);
    actions->addWidget(browse);
    actions->addWidget(m_create);
    actions->addWidget(m_createAndEmail);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("<h2>Reminders</h2>Remind debtors of overdue invoices with fees and interest the "
           "law allows. Show the overview, mark who gets a reminder, then create them."),
        this));
    layout->addWidget(m_form);
    layout->addLayout(top);
    layout->addWidget(m_errorLabel);
    layout->addLayout(marking);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_result);
    updateMarkedSummary();
}

ReminderRunPage::~ReminderRunPage() = default;

void ReminderRunPage::showEvent(QShowEvent* event) {
    m_form->refresh();
    const QString till = m_postTill->currentText();
    m_postTill->clear();
    m_postTill->addItem(QString());
    for (int i = 1; i < m_form->tillField()->count(); ++i)
        m_postTill->addItem(m_form->tillField()->itemText(i));
    m_postTill->setCurrentText(till);
    QWidget::showEvent(event);
}

void ReminderRunPage::showOverview() {
    m_errors->clear();
    m_result->clear();
    try {
        m_model->setProposals(ReminderRun::preview(m_context.db(), m_form->params()));
        if (m_model->rowCount() == 0)
            m_result->setText(tr("No debtor gets a reminder with these parameters."));
    } catch (const Error& e) {
        m_model->clear();
        m_errors->show(e);
    }
}

void ReminderRunPage::updateMarkedSummary() {
    const auto marked = m_model->markedDebtors();
    Money total;
    bool first = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ReminderRun::Proposal& p = m_model->proposal(row);
        if (std::find(marked.begin(), marked.end(), p.debtorId) == marked.end())
            continue;
        total = first ? p.total : total + p.total;
        first = false;
    }
    m_marked->setText(
        m_model->rowCount() == 0
            ? tr("Show the overview to see who would get a reminder.")
            : tr("%1 of %2 debtors marked, %3 in all.")
                  .arg(marked.size())
                  .arg(m_model->rowCount())
                  .arg(first ? QStringLiteral("0") : total.formatWithCurrency(QLocale())));
    m_create->setEnabled(!marked.empty());
    m_createAndEmail->setEnabled(!marked.empty());
}

void ReminderRunPage::askEmailTextAndCreate() {
    m_errors->clear();
    if (!MailSettings::configured(m_context.db())) {
        m_errors->show(tr("Email is not set up yet: enter the mail server under Settings → Email."),
                       QStringLiteral("email"));
        return;
    }
    const int level = m_form->levelField()->currentData().toInt();
    const QString language =
        documentLanguage(QString(), CompanyService::require(m_context.db()).country);
    EmailTextDialog dialog(ReminderTextStore::load(m_context.db(), level, language), this);
    if (dialog.exec() == QDialog::Accepted)
        createReminders(true, dialog.subject(), dialog.body());
}

bool ReminderRunPage::createReminders(bool email, const QString& subject, const QString& body) {
    m_errors->clear();
    m_result->clear();
    const std::vector<std::int64_t> marked = m_model->markedDebtors();
    if (marked.empty()) {
        m_errors->show(tr("Show the overview and mark the debtors to remind first."));
        return false;
    }
    ReminderDispatch::Created created;
    QString merged;
    try {
        ReminderRun::Params p = m_form->params();
        p.postTill = m_postTill->currentText().trimmed();
        p.emailSubject = subject;
        p.emailBody = body;
        const QString folder = m_pdfFolder->text().trimmed();
        if (folder.isEmpty() || !QDir().mkpath(folder))
            throw Error::invalid(QStringLiteral("pdf_dir"),
                                 tr("Cannot make the folder \"%1\" for the PDFs.").arg(folder));
        created = ReminderDispatch::create(m_context.session(), p, marked, email);
        merged = ReminderDispatch::writePdfs(m_context.db(), created.numbers, folder);
    } catch (const Error& e) {
        m_errors->show(e);
        if (created.numbers.empty())
            return false;
    }
    int sent = 0;
    int failed = 0;
    if (email)
        deliverEmails(created.mailIds, sent, failed);
    QStringList lines;
    if (created.numbers.empty()) {
        lines << tr("No reminders were created: none of the marked debtors is due one any more.");
    } else {
        lines << tr("Created %1 reminders, numbers %2–%3.")
                     .arg(created.numbers.size())
                     .arg(created.numbers.front())
                     .arg(created.numbers.back());
        if (!merged.isEmpty())
            lines << tr("PDFs are in <a href=\"%1\">%2</a>; <a href=\"%3\">open all in one PDF "
                        "to print</a>.")
                         .arg(QUrl::fromLocalFile(QFileInfo(merged).absolutePath()).toString(),
                              QFileInfo(merged).absolutePath().toHtmlEscaped(),
                              QUrl::fromLocalFile(merged).toString());
    }
    if (email) {
        lines << tr("Emailed %1.").arg(sent);
        if (failed > 0)
            lines << tr("%1 emails could not be sent; they are kept in the outbox and can be sent "
                        "again from the outbox under Settings → Email.")
                         .arg(failed);
        if (!created.withoutEmail.empty())
            lines << tr("%1 debtors have no email address: print their reminders.")
                         .arg(created.withoutEmail.size());
    }
    m_result->setText(lines.join(QStringLiteral("<br>")));
    m_model->clear();
    return !created.numbers.empty();
}

void ReminderRunPage::deliverEmails(const std::vector<std::int64_t>& mailIds, int& sent,
                                    int& failed) {
    if (mailIds.empty())
        return;
    try {
        SmtpSender sender(MailSettings::load(m_context.db()), m_context.clock());
        QProgressDialog progress(tr("Sending reminders by email…"), tr("Stop"), 0,
                                 int(mailIds.size()), this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_context.clock().nowMs());
        for (std::size_t i = 0; i < mailIds.size() && !progress.wasCanceled(); ++i) {
            progress.setValue(int(i));
            const Outbox::Entry entry = Outbox::deliver(m_context.db(), sender, mailIds[i], now);
            sent += entry.status == QLatin1String("sent") ? 1 : 0;
        }
        progress.setValue(int(mailIds.size()));
    } catch (const Error& e) {
        m_errors->show(e);
    }
    // Mail left queued (stopped) is counted with the failed: it waits in the outbox.
    failed = int(mailIds.size()) - sent;
}

void ReminderRunPage::forDebtor(std::int64_t debtorId) {
    m_form->setDebtorRange(debtorId, debtorId);
    showOverview();
}

void ReminderRunPage::editTexts() {
    ReminderTextsDialog dialog(m_context, m_form->levelField()->currentData().toInt(), this);
    dialog.exec();
}

}  // namespace skranke
