#include "ui/orders/orderimportwatcher.h"

#include "core/store/error.h"
#include "core/store/settings.h"
#include "ui/shell/appcontext.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QTimer>

namespace skranke {

OrderImportWatcher::OrderImportWatcher(AppContext& context, QObject* parent)
    : QObject(parent),
      m_context(context),
      m_watcher(new QFileSystemWatcher(this)),
      m_poll(new QTimer(this)),
      m_settle(new QTimer(this)) {
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, &OrderImportWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle,
            qOverload<>(&QTimer::start));
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &OrderImportWatcher::check);
    m_poll->start();
    // Files that arrived while nobody was signed in wait for the next sign-in.
    connect(&context, &AppContext::sessionChanged, m_settle, qOverload<>(&QTimer::start));
    readSetting();
}

void OrderImportWatcher::readSetting() {
    QString folder;
    try {
        folder = Settings::value(m_context.db(), QString::fromLatin1(OrderImport::FolderSetting))
                     .trimmed();
    } catch (const Error&) {
        return;  // the database is busy or gone; the next tick tries again
    }
    // Re-added each time: a watch lapses when the folder is removed and made again.
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (folder != m_folder)
        m_lastError.clear();
    m_folder = folder;
    if (!m_folder.isEmpty() && QDir(m_folder).exists())
        m_watcher->addPath(m_folder);
}

void OrderImportWatcher::check() {
    if (m_busy)
        return;
    readSetting();
    if (m_folder.isEmpty() || !m_context.signedIn() || !QDir(m_folder).exists())
        return;
    // Importing moves files out of the folder, which the watch reports.
    m_busy = true;
    OrderImport::FolderReport report;
    try {
        report = OrderImport::importFolder(m_context.session(), m_folder, 5000);
        m_lastError.clear();
    } catch (const Error& e) {
        m_busy = false;
        // Said once, not every minute until someone fixes the folder.
        if (e.message() != m_lastError) {
            m_lastError = e.message();
            Q_EMIT imported({tr("Order import from %1 failed: %2")
                                 .arg(QDir::toNativeSeparators(m_folder), e.message())});
        }
        return;
    }
    m_busy = false;
    if (!report.importedFiles.isEmpty() || !report.refusedFiles.isEmpty())
        Q_EMIT imported(reportLines(report));
}

QStringList OrderImportWatcher::reportLines(const OrderImport::Report& report) {
    QStringList lines;
    if (!report.imported.isEmpty())
        lines << tr("Imported: %1").arg(report.imported.join(QStringLiteral(", ")));
    if (!report.unchanged.isEmpty())
        lines << tr("Already there: %1").arg(report.unchanged.join(QStringLiteral(", ")));
    if (!report.autoCaptured.isEmpty())
        lines
            << tr("Captured automatically: %1").arg(report.autoCaptured.join(QStringLiteral(", ")));
    for (const QString& failure : report.autoCaptureFailed)
        lines << tr("Automatic capture failed: %1").arg(failure);
    return lines;
}

QStringList OrderImportWatcher::reportLines(const OrderImport::FolderReport& report) {
    QStringList lines;
    if (!report.importedFiles.isEmpty())
        lines
            << tr("Order files imported: %1").arg(report.importedFiles.join(QStringLiteral(", ")));
    for (const QString& refused : report.refusedFiles)
        lines << tr("Order file refused (moved to refused/): %1").arg(refused);
    return lines + reportLines(report.orders);
}

}  // namespace skranke
