// The one Catch2 runner, compiled once and shared by every test program (compiling the
// Catch2 v2 runner takes half a minute, so it must not be part of each test file).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char **argv)
{
    // A program whose tests read material outside the repository (the seed documents in
    // ../shared/seeds) is told by its ctest entry where; without it, it is skipped (77,
    // SKIP_RETURN_CODE) with the reason, so a clone with nothing beside it stays green.
    if (const QByteArray needed = qgetenv("COMMITTEE_SKIP_UNLESS_DIR");
        !needed.isEmpty() && !QDir(QString::fromLocal8Bit(needed)).exists()) {
        std::printf("SKIP: %s is not there (it is beside the repository on the developers' "
                    "and CI's machines, not in a clone)\n",
                    needed.constData());
        return 77;
    }
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
