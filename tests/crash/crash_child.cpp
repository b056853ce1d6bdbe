// A child process for the crash-safety test: it saves in a loop and says on stdout what it
// has saved, so the parent, which kills it at a random moment, knows what must be there.
//   crash_child records DB START    insert meetings numbered from START
//   crash_child attachments DB DIR  attach the files of DIR one after another
//   crash_child migrate DB          open (and so migrate) an old database

#include "ledger/Attachments.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>

#include <cstdio>

using namespace committee;

namespace {
void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout); // reported only once it is really saved
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        return 2;
    }
    OpenOptions options;
    options.lock = false; // the parent opens the file between runs; no lock needed here
    auto db = Database::open(args[2], options);
    if (!db) {
        say(QStringLiteral("error ") + db.error().message);
        return 1;
    }
    say(QStringLiteral("ready"));
    if (args[1] == QLatin1String("migrate")) {
        say(QStringLiteral("migrated %1").arg(db.value()->schemaVersion()));
        return 0;
    }
    if (args[1] == QLatin1String("attachments")) {
        Attachments attachments(*db.value());
        const QDir dir(args.value(3));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            auto a = attachments.add(QStringLiteral("meeting"), 1, dir.filePath(name));
            if (!a) {
                say(QStringLiteral("error ") + a.error().message);
                return 1;
            }
            say(QStringLiteral("attached %1 %2").arg(a->id).arg(a->sha256));
        }
        return 0;
    }
    RecordRepository repo(*db.value());
    for (int n = args.value(3).toInt();; ++n) {
        Record r;
        r.values = {
            {QStringLiteral("kind"), QStringLiteral("joint")},
            {QStringLiteral("number"), 1 + n % 900},
            {QStringLiteral("held_on"), QDate(2024, 1, 1).addDays(n % 300)},
            {QStringLiteral("topic"), QStringLiteral("第%1次会议议题").arg(n)},
            {QStringLiteral("discussion"), QStringLiteral("讨论内容").repeated(1 + n % 50)}};
        auto id = repo.insert(LedgerTypes::meeting(), r);
        if (!id) {
            say(QStringLiteral("error ") + id.error().message);
            return 1;
        }
        say(QStringLiteral("saved %1 %2").arg(id.value()).arg(n));
    }
}
