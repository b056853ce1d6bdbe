// committee-desk-cli: the headless side of Committee Desk, for scripts, the installer,
// tests and the township's IT person.

#include "cli/CliCommand.h"

#include "common/AppInfo.h"
#include "common/AppSettings.h"
#include "documents/fonts/DocumentFonts.h"

#include <QGuiApplication>
#include <QLocale>

#include <cstdio>

using namespace committee;
using namespace committee::cli;

namespace {

QList<CliCommand> allCommands()
{
    return initCommands() + referenceCommands() + demoCommands() + recordsCommands() +
           statusCommands() + reportCommands() + logbookCommands() + noticeCommands() +
           exchangeCommands() + backupCommands() + restoreCommands();
}

QString helpText()
{
    QString text =
        QCoreApplication::translate("committee::cli::Commands",
                                    "Usage: committee-desk-cli [--db FILE] COMMAND [OPTIONS]\n\n"
                                    "Options:\n"
                                    "  --db FILE      The database to use (default: %1)\n"
                                    "  -h, --help     Show this help\n"
                                    "  -v, --version  Show the version\n\n"
                                    "Commands:\n")
            .arg(AppInfo::defaultDatabasePath());
    for (const CliCommand &command : allCommands()) {
        text += QStringLiteral("  %1%2\n")
                    .arg(command.name.leftJustified(14))
                    .arg(QCoreApplication::translate("committee::cli::Commands", command.summary));
    }
    text += QCoreApplication::translate("committee::cli::Commands",
                                        "\nExit status: 0 on success, 1 when the command failed, "
                                        "2 when the command line is wrong.\n");
    return text;
}

// Qt's own diagnostics (platform plugin, font and path notices) are noise to a script
// reading our output; our errors are written by fail() and do not pass through here.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("COMMITTEE_DEBUG")) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
    }
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietQtMessages);
    // Documents need a GUI application for fonts; without a display, render offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    AppInfo::registerApplication();
    if (QLocale::system().language() == QLocale::Chinese) {
        AppInfo::installTranslators(QStringLiteral("zh_CN"));
    }

    // The documents use the fonts the clerk chose in the app's settings, as the app does.
    DocumentFonts::usePreferences(AppSettings());

    CliContext context;
    context.databasePath = AppInfo::defaultDatabasePath();
    const QStringList args = app.arguments().mid(1);
    int i = 0;
    for (; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            printOut(helpText());
            return Success;
        }
        if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            printOut(QStringLiteral("committee-desk-cli %1\n").arg(AppInfo::version()));
            return Success;
        }
        if (arg == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                return usage(QCoreApplication::translate("committee::cli::Commands",
                                                         "--db needs a file name."));
            }
            context.databasePath = args[++i];
        } else if (arg.startsWith(QLatin1String("--db="))) {
            context.databasePath = arg.mid(5);
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return usage(QCoreApplication::translate("committee::cli::Commands",
                                                     "Unknown option “%1”. See --help.")
                             .arg(arg));
        } else {
            break;
        }
    }
    if (i >= args.size()) {
        printOut(helpText());
        return UsageError;
    }
    context.arguments = args.mid(i);
    for (const CliCommand &command : allCommands()) {
        if (command.name == context.arguments.first()) {
            return command.run(context);
        }
    }
    return usage(
        QCoreApplication::translate("committee::cli::Commands", "Unknown command “%1”. See --help.")
            .arg(context.arguments.first()));
}
