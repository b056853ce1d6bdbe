// The one Catch2 runner, compiled once and shared by every test program (compiling the
// Catch2 v2 runner takes half a minute, so it must not be part of each test file).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    // Test discovery runs this binary during the build, where there is no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Never touch the developer's real settings or data folder.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CommitteeDeskTests"));
    QApplication::setApplicationName(QStringLiteral("committee-desk-tests"));
    return Catch::Session().run(argc, argv);
}
