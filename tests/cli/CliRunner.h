#pragma once

#include <QString>
#include <QStringList>

namespace testing {

// One run of committee-desk-cli, with its exit code and both outputs.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &arguments, int timeoutMs = 60000);
// The same on a system whose language is Chinese.
CliRun cliInChinese(const QStringList &arguments);

// An error is exactly one line on stderr, naming the tool, and nothing on stdout; with a
// code, the exit code is checked too.
void checkOneLineError(const CliRun &run, int code = -1);

} // namespace testing
