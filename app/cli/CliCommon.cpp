#include "cli/CliCommand.h"

#include <cstdio>

namespace committee::cli {

void printOut(const QString &text)
{
    printRaw(text.toUtf8());
}

void printRaw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const Error &error, int code)
{
    // One line, so scripts can show it as it is.
    QString line = error.message;
    line.replace(QLatin1Char('\n'), QStringLiteral("; "));
    const QByteArray text = QStringLiteral("committee-desk-cli: %1\n").arg(line).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return code;
}

int usage(const QString &message)
{
    return fail(makeError(Error::Kind::Invalid, message), UsageError);
}

} // namespace committee::cli
