#include "cli/CliCommand.h"

#include "backup/BackupJob.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace committee::cli {

namespace {

// Messages of this command, in the context lupdate and the runtime share.
class BackupText {
    Q_DECLARE_TR_FUNCTIONS(committee::cli::Commands)
};

int runBackup(const CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption out(
        QStringLiteral("out"),
        BackupText::tr("The backup folder to create, or a folder to create it in."),
        QStringLiteral("path"));
    parser.addOption(out);
    if (!parser.parse(context.arguments) || !parser.positionalArguments().isEmpty()) {
        return usage(parser.errorText().isEmpty()
                         ? BackupText::tr("“backup” takes only --out PATH.")
                         : parser.errorText());
    }
    // No lock: the backup API copies consistently even while the app has the file open.
    OpenOptions options;
    options.lock = false;
    options.createIfMissing = false;
    options.migrate = false;
    auto db = Database::open(context.databasePath, options);
    if (!db) {
        return fail(db.error());
    }
    const QDateTime now = QDateTime::currentDateTime();
    // An existing folder (a stick, the backups folder) gets a new backup folder inside it;
    // any other path is the backup folder itself.
    QString target =
        parser.isSet(out) ? parser.value(out) : Backup::defaultFolder(db.value()->path());
    if (!parser.isSet(out) || QFileInfo(target).isDir()) {
        target = BackupJob::targetIn(target, db.value()->path(), BackupSet::Kind::Manual, now);
    }
    BackupJob job(*db.value(), target, BackupSet::Kind::Manual, now);
    Status s = job.start();
    while (s && !job.finished()) {
        s = job.step();
    }
    if (!s) {
        return fail(s.error());
    }
    auto counts = RecordCounts::countFile(job.result().databasePath);
    printOut(BackupText::tr("Backup written and checked: %1\n")
                 .arg(QDir::toNativeSeparators(job.result().path)));
    if (counts) {
        printOut(BackupText::tr("Records: %1\n").arg(RecordCounts::describe(counts.value())));
    }
    if (!job.missingAttachments().isEmpty()) {
        printOut(BackupText::tr(
            "Warning: %n attached file(s) were missing from the attachment store and "
            "are not in the backup.\n",
            "", int(job.missingAttachments().size())));
    }
    return Success;
}

} // namespace

QList<CliCommand> backupCommands()
{
    return {{QStringLiteral("backup"),
             QT_TRANSLATE_NOOP("committee::cli::Commands",
                               "Back up the database and its attachments into a checked backup "
                               "folder (--out PATH; default: the backups folder)."),
             runBackup}};
}

} // namespace committee::cli
