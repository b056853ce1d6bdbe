#include "cli/CliCommand.h"

#include "backup/Restore.h"

#include <QDir>
#include <QFileInfo>

namespace committee::cli {

namespace {

// Messages of this command, in the context lupdate and the runtime share.
class RestoreText {
    Q_DECLARE_TR_FUNCTIONS(committee::cli::Commands)
};

int runRestore(const CliContext &context)
{
    if (context.arguments.size() != 2 || context.arguments.at(1).startsWith(QLatin1Char('-'))) {
        return usage(RestoreText::tr("“restore” takes the backup to restore: a backup folder, its "
                                     "manifest.json, or a .db copy."));
    }
    auto backup = BackupSet::read(context.arguments.at(1));
    if (!backup) {
        return fail(backup.error());
    }
    auto counts = RecordCounts::countFile(backup->databasePath);
    auto done = Restore::run(context.databasePath, backup.value());
    if (!done) {
        return fail(done.error());
    }
    const QString created =
        done->restored.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    printOut(RestoreText::tr("Restored %1 from the backup of %2.\n")
                 .arg(QDir::toNativeSeparators(QFileInfo(context.databasePath).absoluteFilePath()),
                      created));
    if (counts) {
        printOut(RestoreText::tr("Records: %1\n").arg(RecordCounts::describe(counts.value())));
    }
    if (!done->safetyCopy.isEmpty()) {
        if (auto replaced = RecordCounts::countFile(
                QDir(done->safetyCopy).filePath(BackupSet::databaseFileName()))) {
            printOut(
                RestoreText::tr("It replaced: %1\n").arg(RecordCounts::describe(replaced.value())));
        }
        printOut(RestoreText::tr("The database it replaced was kept as the backup %1\n")
                     .arg(QDir::toNativeSeparators(done->safetyCopy)));
    } else if (!done->damagedKeptAt.isEmpty()) {
        printOut(RestoreText::tr("The damaged database it replaced was moved, unchanged, to %1\n")
                     .arg(QDir::toNativeSeparators(done->damagedKeptAt)));
    } else {
        printOut(RestoreText::tr("There was no database to replace.\n"));
    }
    return Success;
}

} // namespace

QList<CliCommand> restoreCommands()
{
    return {{QStringLiteral("restore"),
             QT_TRANSLATE_NOOP("committee::cli::Commands",
                               "Replace the database with a backup (a backup folder or .db "
                               "copy), keeping a safety copy of the current one."),
             runRestore}};
}

} // namespace committee::cli
