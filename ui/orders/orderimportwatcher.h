#pragma once

#include "core/orders/orderimport.h"

#include <QObject>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace skranke {

class AppContext;

// Imports the order files the webshop drops into the folder set in
// Settings (OrderImport::FolderSetting) while someone is signed in. The
// folder is watched; a timer checks it as well, because a watch is lost
// when the folder is replaced or lives on a network share, and because it
// is when the setting is read again (nothing signals a change of it).
class OrderImportWatcher final : public QObject {
    Q_OBJECT
public:
    static constexpr int PollMs = 60 * 1000;
    // A file appears before the shop has finished writing it: wait until
    // the folder has been quiet this long.
    static constexpr int SettleMs = 6000;

    explicit OrderImportWatcher(AppContext& context, QObject* parent = nullptr);

    const QString& folder() const { return m_folder; }
    // Reads the setting again and imports what the folder holds now.
    void check();

    // What an import did, a line per kind of outcome; empty when nothing.
    static QStringList reportLines(const OrderImport::Report& report);
    static QStringList reportLines(const OrderImport::FolderReport& report);

Q_SIGNALS:
    // Files were imported or refused: what happened, for the status bar.
    void imported(const QStringList& summaryLines);

private:
    void readSetting();

    AppContext& m_context;
    QFileSystemWatcher* m_watcher;
    QTimer* m_poll;
    QTimer* m_settle;
    QString m_folder;
    QString m_lastError;
    bool m_busy = false;
};

}  // namespace skranke
