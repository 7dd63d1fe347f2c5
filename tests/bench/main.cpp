#include "tests/bench/accountingbench.h"
#include "tests/bench/benchreport.h"
#include "tests/bench/bookingbench.h"
#include "tests/bench/dunningbench.h"
#include "tests/bench/foundationbench.h"
#include "tests/bench/ordersbench.h"
#include "tests/bench/receivablesbench.h"
#include "tests/bench/tillbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

using namespace skranke::bench;

int main(int argc, char* argv[]) {
    // The reminder PDFs are painted with QPainter and the booking bench
    // opens the schedule and the order editor, which need a widgets
    // application; the bench never shows a window, so it renders offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Builds synthetic Skranke files and prints timings as JSON. Not a test: "
                       "read the numbers."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("smoke"), QStringLiteral("Tiny sizes; checks the bench runs.")},
         {QStringLiteral("dir"),
          QStringLiteral("Where to put the files (default: a temporary folder)."),
          QStringLiteral("DIR")},
         {QStringLiteral("only"),
          QStringLiteral("Run one part: foundation, receivables, dunning, till, bookings, orders "
                         "or accounting."),
          QStringLiteral("PART")}});
    parser.process(app);

    QTemporaryDir temp;
    BenchOptions options;
    options.smoke = parser.isSet(QStringLiteral("smoke"));
    options.dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    QDir().mkpath(options.dir);

    BenchReport report;
    const QString only = parser.value(QStringLiteral("only"));
    if (only.isEmpty() || only == QLatin1String("foundation"))
        runFoundationBench(options, report);
    if (only.isEmpty() || only == QLatin1String("receivables"))
        runReceivablesBench(options, report);
    if (only.isEmpty() || only == QLatin1String("dunning"))
        runDunningBench(options, report);
    if (only.isEmpty() || only == QLatin1String("till"))
        runTillBench(options, report);
    if (only.isEmpty() || only == QLatin1String("bookings"))
        runBookingBench(options, report);
    if (only.isEmpty() || only == QLatin1String("orders"))
        runOrdersBench(options, report);
    if (only.isEmpty() || only == QLatin1String("accounting"))
        runAccountingBench(options, report);
    QTextStream(stdout) << report.json();
    return 0;
}
