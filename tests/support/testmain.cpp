#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

// Tests run inside a Qt application object so that translation, QLocale and
// (for UI tests) widgets behave as in the product. The UI test binary links
// Qt Widgets and sets SKRANKE_TEST_GUI to get a QApplication.
#ifdef SKRANKE_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[]) {
    // UI tests never need a screen; listing the tests must not need one either.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    // Slips "printed" without a printer are saved as PDFs: in a folder of
    // the test run, never in the user's Documents.
    QTemporaryDir slips(QDir::temp().filePath(QStringLiteral("skranke-test-slips-XXXXXX")));
    qputenv("SKRANKE_SLIP_DIR", slips.path().toUtf8());
    return Catch::Session().run(argc, argv);
}
