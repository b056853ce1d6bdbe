// export, verify and import: bundles (.cdx) for the township.
#include "cli/CliCommand.h"

#include "exchange/BundleExport.h"
#include "exchange/BundleReader.h"
#include "exchange/TownshipOverview.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace committee::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("committee::cli", text);
}

// The first line of the file: a password never goes on the command line, where other users
// of the PC could read it in the process list.
Result<QString> passwordFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Kind::Io, tr("The password file %1 cannot be read: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    QString password = QString::fromUtf8(file.readLine());
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r'))) {
        password.chop(1);
    }
    if (password.isEmpty()) {
        return Error{Error::Kind::Io,
                     tr("The password file %1 is empty.").arg(QDir::toNativeSeparators(path))};
    }
    return password;
}

int runExport(const CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("File to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day."), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day."), QStringLiteral("date"));
    const QCommandLineOption sensitive(QStringLiteral("include-sensitive"),
                                       tr("Include sensitive fields (encrypted)."));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("File whose first line is the password."),
                                          QStringLiteral("file"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Help."));
    parser.addOptions({out, from, to, sensitive, passwordFile, help});
    if (!parser.parse(context.arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(help)) {
        printOut(tr("Usage: committee-desk-cli [--db FILE] export --out FILE.cdx [--from DATE "
                    "--to DATE] [--include-sensitive --password-file F]\n\n"
                    "Writes the bundle for the township: the period's records as JSON, the "
                    "quarterly sheets and logbooks as PDF, the ledgers as XLSX and a manifest "
                    "with every file's SHA-256. The period defaults to the current quarter; "
                    "dates are yyyy-MM-dd. Sensitive fields are left out unless "
                    "--include-sensitive is given, and then the bundle is encrypted with the "
                    "password in the password file. The file is checked after writing.\n"));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("“export” takes only options. See export --help."));
    }
    if (!parser.value(out).endsWith(QLatin1String(".cdx"))) {
        return usage(tr("--out needs the bundle to write, ending in .cdx."));
    }
    BundleOptions options;
    const QDate today = QDate::currentDate();
    options.from = parser.isSet(from) ? QDate::fromString(parser.value(from), Qt::ISODate)
                                      : BundleExport::quarterStart(today);
    options.to = parser.isSet(to) ? QDate::fromString(parser.value(to), Qt::ISODate)
                                  : BundleExport::quarterEnd(options.from);
    if (!options.from.isValid() || !options.to.isValid()) {
        return usage(tr("--from and --to need dates such as 2026-07-01."));
    }
    if (options.to < options.from) {
        return usage(tr("--to must not come before --from."));
    }
    options.includeSensitive = parser.isSet(sensitive);
    if (options.includeSensitive != parser.isSet(passwordFile)) {
        return usage(tr("--include-sensitive and --password-file go together: sensitive fields "
                        "leave only encrypted."));
    }
    if (options.includeSensitive) {
        auto password = passwordFrom(parser.value(passwordFile));
        if (!password) {
            return fail(password.error());
        }
        options.password = password.value();
    }
    OpenOptions open;
    open.createIfMissing = false;
    open.lock = false; // only reads; the desktop app may have the file open
    auto db = Database::open(context.databasePath, open);
    if (!db) {
        return fail(db.error());
    }
    auto manifest = BundleExport::write(*db.value(), options, parser.value(out));
    if (!manifest) {
        return fail(manifest.error());
    }
    printOut(tr("Wrote %1: %2 files, checked.\n")
                 .arg(QDir::toNativeSeparators(parser.value(out)))
                 .arg(manifest->files.size()));
    return Success;
}

// verify FILE and import FILE share their options. A wrong command line is an Invalid
// error (exit 2); an unreadable password file is an Io error (exit 1).
struct BundleArguments {
    QString path;
    QString password;
};

Result<BundleArguments> bundleArguments(const CliContext &context, const QString &helpText,
                                        bool *helpShown)
{
    QCommandLineParser parser;
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("File whose first line is the password."),
                                          QStringLiteral("file"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Help."));
    parser.addOptions({passwordFile, help});
    if (!parser.parse(context.arguments)) {
        return Error{Error::Kind::Invalid, parser.errorText()};
    }
    if (parser.isSet(help)) {
        printOut(helpText);
        *helpShown = true;
        return BundleArguments{};
    }
    if (parser.positionalArguments().size() != 1) {
        return Error{Error::Kind::Invalid,
                     tr("Name one bundle file (.cdx). See %1 --help.").arg(context.arguments[0])};
    }
    BundleArguments args{parser.positionalArguments().constFirst(), {}};
    if (parser.isSet(passwordFile)) {
        auto password = passwordFrom(parser.value(passwordFile));
        if (!password) {
            return password.error();
        }
        args.password = password.value();
    }
    return args;
}

QString describe(const BundleManifest &m)
{
    return tr("%1 (%2), %3 to %4, made %5, %6 files")
        .arg(m.committeeName, m.township, m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate),
             m.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .arg(m.files.size());
}

// The part verify and import share: the command line, the help, reading and checking the
// bundle; `then` gets the checked bundle.
int withCheckedBundle(const CliContext &context, const QString &help,
                      const std::function<int(const Bundle &, const QString &path)> &then)
{
    bool helpShown = false;
    auto args = bundleArguments(context, help, &helpShown);
    if (!args) {
        return args.error().kind == Error::Kind::Invalid ? usage(args.error().message)
                                                         : fail(args.error());
    }
    if (helpShown) {
        return Success;
    }
    auto bundle = BundleReader::readFile(args->path, args->password);
    if (!bundle) {
        return fail(bundle.error());
    }
    return then(bundle.value(), args->path);
}

int runVerify(const CliContext &context)
{
    return withCheckedBundle(
        context,
        tr("Usage: committee-desk-cli verify FILE.cdx [--password-file F]\n\n"
           "Checks a bundle without importing it: the manifest, every file's size and SHA-256, "
           "the format version, paths and sizes, and for an encrypted bundle the password.\n"),
        [](const Bundle &bundle, const QString &) {
            printOut(tr("OK: %1%2.\n")
                         .arg(describe(bundle.manifest),
                              bundle.encrypted ? tr(", encrypted") : QString()));
            return int(Success);
        });
}

int importInto(const CliContext &context, const Bundle &bundle, const QString &path)
{
    auto db = Database::open(context.databasePath);
    if (!db) {
        return fail(db.error());
    }
    TownshipOverview overview(*db.value());
    auto isOverview = TownshipOverview::isOverview(*db.value());
    if (!isOverview) {
        return fail(isOverview.error());
    }
    if (!isOverview.value()) {
        if (Status s = overview.create(bundle.manifest.township); !s) {
            return fail(s.error());
        }
    }
    auto outcome = overview.import(bundle, QFileInfo(path).fileName());
    if (!outcome) {
        return fail(outcome.error());
    }
    printOut((outcome->replaced ? tr("Replaced the earlier import: %1, %2 records.\n")
                                : tr("Imported %1, %2 records.\n"))
                 .arg(describe(bundle.manifest))
                 .arg(outcome->submission.records));
    return Success;
}

int runImport(const CliContext &context)
{
    return withCheckedBundle(
        context,
        tr("Usage: committee-desk-cli --db TOWNSHIP.db import FILE.cdx [--password-file F]\n\n"
           "Checks a committee's bundle and imports it into the township overview database "
           "(created when it does not exist yet). Importing the same committee and period again "
           "replaces the earlier import; the replacement is recorded.\n"),
        [&context](const Bundle &bundle, const QString &path) {
            return importInto(context, bundle, path);
        });
}

} // namespace

QList<CliCommand> exchangeCommands()
{
    return {{QStringLiteral("export"),
             QT_TRANSLATE_NOOP("committee::cli::Commands",
                               "export --out FILE.cdx: the bundle for the township (a period's "
                               "records and documents)"),
             runExport},
            {QStringLiteral("verify"),
             QT_TRANSLATE_NOOP("committee::cli::Commands",
                               "verify FILE.cdx: checks a bundle without importing it"),
             runVerify},
            {QStringLiteral("import"),
             QT_TRANSLATE_NOOP("committee::cli::Commands",
                               "import FILE.cdx: a committee's bundle into a township overview"),
             runImport}};
}

} // namespace committee::cli
