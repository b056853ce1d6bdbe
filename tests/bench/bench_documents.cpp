// How long the documents take on ten years of records: the quarterly sheet to PDF, a
// logbook of about 200 pages to PDF, and the same logbook to ODT. Each is made several
// times in this process and the median is reported, with the page count.
//
//   bench_documents [--runs N] [--db FILE]
// Without --db a 10-year demo database is made in a temporary folder first, the same as
// `committee-desk-cli --db X demo --years 10`.

#include "BenchSupport.h"

#include "ledger/DemoData.h"
#include "reference/ReferenceLoader.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace committee;
using bench::die;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database to use."),
                                      QStringLiteral("file"));
    parser.addOptions({runsOption, dbOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    QString path = parser.value(dbOption);
    const QDate today = QDate::currentDate();
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.db"));
        auto db = Database::open(path);
        if (!db || !ReferenceLoader::ensureOfficialEditions(*db.value())) {
            die(QStringLiteral("cannot create %1").arg(path));
        }
        QElapsedTimer timer;
        timer.start();
        auto filled = DemoData::fill(*db.value(), 10, today);
        if (!filled) {
            die(filled.error().message);
        }
        std::printf("demo database: %d records in %.0f ms\n", filled->records,
                    timer.nsecsElapsed() / 1e6);
    }
    auto opened = Database::open(path);
    if (!opened) {
        die(opened.error().message);
    }
    Database &db = *opened.value();

    std::printf("machine: %s, %d cores, Qt %s\n", qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount(), qVersion());

    const bench::DocumentTimings t = bench::measureDocuments(db, runs, today);
    std::printf("quarterly sheet -> PDF:      median %7.1f ms (min %.1f), %d pages\n",
                t.quarterlyPdf.medianMs, t.quarterlyPdf.minMs, t.quarterlyPdf.pages);
    std::printf("workbook %d-%d -> PDF:  median %7.1f ms (min %.1f), %d pages\n", t.firstYear,
                t.lastYear, t.logbookPdf.medianMs, t.logbookPdf.minMs, t.logbookPdf.pages);
    std::printf("workbook %d-%d -> ODT:  median %7.1f ms (min %.1f), %d KB\n", t.firstYear,
                t.lastYear, t.logbookOdt.medianMs, t.logbookOdt.minMs, t.logbookOdt.pages);
    return 0;
}
