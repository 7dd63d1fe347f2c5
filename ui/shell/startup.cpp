#include "ui/shell/startup.h"

#include "core/auth/userservice.h"
#include "core/i18n/language.h"
#include "core/store/database.h"
#include "core/store/defaultlocation.h"
#include "core/store/error.h"
#include "core/time/clockfactory.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/firststartdialog.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

namespace skranke {

Startup::Startup() = default;
Startup::~Startup() = default;

int Startup::begin(QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Skranke: point of sale and bookings."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file (default: %1).").arg(defaultDatabasePath()),
         tr("FILE")},
        {QStringLiteral("lang"), tr("Language: da, nb, sv or en (default: the system's)."),
         tr("LANG")},
    });
    parser.process(app);

    try {
        installLanguage(app, parser.value(QStringLiteral("lang")));
        m_clock = ClockFactory::fromEnvironment();
        const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                : defaultDatabasePath();
        // A new file is only made at the default place or when asked for by name.
        m_db = Database::open(path, QFileInfo::exists(path) ? Database::OpenMode::Existing
                                                            : Database::OpenMode::Create);
    } catch (const Error& e) {
        QMessageBox::critical(nullptr, tr("Skranke cannot start"), e.message());
        return 1;
    }
    m_context = std::make_unique<AppContext>(*m_db, *m_clock);

    if (!UserService::hasUsers(*m_db)) {
        FirstStartDialog first(*m_context);
        if (first.exec() != QDialog::Accepted)
            return 0;
    }
    LoginDialog login(*m_context);
    if (login.exec() != QDialog::Accepted || !login.session())
        return 0;
    m_context->setSession(*login.session());
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    return -1;
}

}  // namespace skranke
