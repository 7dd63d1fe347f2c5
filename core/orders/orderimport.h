#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace skranke {

class Session;

// Brings the webshop's order files in (format: OrderImportParser). A file
// is all or nothing: when any order in it is wrong, nothing of it is
// imported and the error names every problem with its field and position.
// An order whose external id is already here is left as it is, so a file
// may be imported again safely.
class OrderImport final {
    Q_DECLARE_TR_FUNCTIONS(skranke::OrderImport)
public:
    struct Report {
        QStringList imported;           // external ids
        QStringList unchanged;          // external ids already imported before
        QStringList autoCaptured;       // value-card orders captured on import
        QStringList autoCaptureFailed;  // "WEB-1: why"; the order is imported
    };
    struct FolderReport {
        QStringList importedFiles;
        QStringList refusedFiles;  // "name: why"; moved to refused/
        Report orders;
    };

    static Report importJson(const Session& session, const QByteArray& json);
    static Report importFile(const Session& session, const QString& path);
    // Imports every *.json in the folder, oldest first, and moves each file
    // to imported/ or refused/ under it (a refused file gets a .txt with
    // the reasons beside it), so nothing is read twice or lost. A file
    // changed less than `minAgeMs` ago may still be being written: it waits.
    static FolderReport importFolder(const Session& session, const QString& folder,
                                     int minAgeMs = 0);

    static constexpr char FolderSetting[] = "orders.import_folder";
};

}  // namespace skranke
