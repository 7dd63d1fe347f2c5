#include "ui/shell/startup.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("skranke"));
    QApplication::setOrganizationName(QStringLiteral("skranke"));
    QApplication::setApplicationDisplayName(QStringLiteral("Skranke"));
    QApplication::setApplicationVersion(QStringLiteral(SKRANKE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dk.skranke.Skranke"));

    skranke::Startup startup;
    const int early = startup.begin(app);
    return early >= 0 ? early : app.exec();
}
