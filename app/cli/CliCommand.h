#pragma once

#include "common/Result.h"
#include "documents/DocumentSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace committee::cli {

// What every command gets: the database path chosen with --db and its own arguments.
struct CliContext {
    QString databasePath;
    QStringList arguments; // the command name first, then its options
};

// Exit codes the CLI documents in --help and the README.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct CliCommand {
    QString name;
    const char *summary; // English source, context "committee::cli::Commands"
    std::function<int(const CliContext &)> run;
};

// Each command group registers itself in its own file.
QList<CliCommand> initCommands();      // init
QList<CliCommand> referenceCommands(); // reference
QList<CliCommand> demoCommands();      // demo
QList<CliCommand> recordsCommands();   // records list, records import
QList<CliCommand> statusCommands();    // status
QList<CliCommand> reportCommands();    // report quarterly
QList<CliCommand> logbookCommands();   // logbook
QList<CliCommand> noticeCommands();    // notice decline|disclosure|commitments
QList<CliCommand> exchangeCommands();  // export, verify, import (bundles)
QList<CliCommand> backupCommands();    // backup
QList<CliCommand> restoreCommands();   // restore

// Output helpers: results go to stdout as UTF-8; a failure is one line on stderr.
void printOut(const QString &text);
void printRaw(const QByteArray &bytes);
int fail(const Error &error, int code = Failure);
int usage(const QString &message);

// Documents: fills one and writes it to `out` in the format its name ends with (.pdf, .odt,
// .xlsx, .html), whole or not at all. Defined in ReportCommand.cpp.
int writeDocument(const CliContext &context, const QString &documentId,
                  const DocumentRequest &request, const QString &out);

} // namespace committee::cli
