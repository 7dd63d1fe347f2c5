#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QApplication;

namespace skranke {

class AppContext;
class Clock;
class Database;
class MainWindow;

// From the command line to a signed-in main window: open the file (or
// explain why not), set up the business on first start, sign in.
class Startup final {
    Q_DECLARE_TR_FUNCTIONS(skranke::Startup)
public:
    Startup();
    ~Startup();

    // Returns the exit code when the program should end here, or -1 when the
    // main window is up and the event loop should run.
    int begin(QApplication& app);

private:
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

}  // namespace skranke
