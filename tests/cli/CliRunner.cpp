#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QProcess>

namespace testing {

namespace {

CliRun run(const QStringList &arguments, int timeoutMs, const QString &language)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), language);
    env.insert(QStringLiteral("LC_ALL"), language);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(timeoutMs));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

CliRun cli(const QStringList &arguments, int timeoutMs)
{
    return run(arguments, timeoutMs, QStringLiteral("C.UTF-8"));
}

CliRun cliInChinese(const QStringList &arguments)
{
    return run(arguments, 60000, QStringLiteral("zh_CN.UTF-8"));
}

void checkOneLineError(const CliRun &run, int code)
{
    INFO(run.err.toStdString());
    if (code >= 0) {
        CHECK(run.exitCode == code);
    }
    CHECK(run.err.startsWith(QStringLiteral("committee-desk-cli: ")));
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    CHECK(run.out.isEmpty());
}

} // namespace testing
