// The performance claims of Committee Desk, measured: start-up, opening each list, typing
// in a filter over 100,000 records, the quarterly sheet and a 200-page logbook to PDF, a
// backup, and the peak memory. Prints a table with each target met or missed, and writes
// the same figures as JSON.
//
//   bench_committee [--runs N] [--json FILE] [--keep DIR]
// Makes two databases in a temporary folder (or DIR, kept for a later look): ten years of
// demo records, as `committee-desk-cli demo --years 10` makes them, and a stress database
// with 100,000 assistance-ledger entries and 10,000 meetings. Run it from a Release build;
// see README, "Performance".

#include "BenchGui.h"
#include "BenchSupport.h"

#include "committee/CommitteeProfile.h"
#include "common/AppSettings.h"
#include "exchange/BundleExport.h"
#include "exchange/BundleReader.h"
#include "ledger/DemoData.h"
#include "ledger/StressData.h"
#include "reference/ReferenceLoader.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace committee;
using bench::die;

namespace {

struct Row {
    Row(QString name, double value, QString unit, std::optional<double> target = std::nullopt,
        QString note = {}, bool measured = true)
        : name(std::move(name)), value(value), unit(std::move(unit)), target(target),
          note(std::move(note)), measured(measured)
    {}
    QString name;
    double value = 0;
    QString unit;
    std::optional<double> target; // an upper bound; none for figures given for information
    QString note;
    bool measured = true;
    std::optional<double> cpu; // CPU time of the same work, where known

    Row &cpuMs(double ms)
    {
        cpu = ms;
        return *this;
    }
};

std::unique_ptr<Database> newDatabase(const QString &path)
{
    QFile::remove(path);
    auto db = Database::open(path);
    if (!db) {
        die(db.error().message);
    }
    if (Status s = ReferenceLoader::ensureOfficialEditions(*db.value()); !s) {
        die(s.error().message);
    }
    if (Status s =
            CommitteeProfile(*db.value()).save(DemoCommittee::profile(), DemoCommittee::members());
        !s) {
        die(s.error().message);
    }
    return std::move(db.value());
}

// Pads to a width in terminal columns: Chinese characters take two.
QString padded(const QString &text, int width)
{
    int columns = 0;
    for (const QChar ch : text) {
        columns += ch.unicode() >= 0x1100 ? 2 : 1;
    }
    return text + QString(qMax(0, width - columns), QLatin1Char(' '));
}

void printTable(const QList<Row> &rows)
{
    std::printf("\n%-48s %12s %10s %12s  %s\n", "measure", "wall", "cpu", "target", "verdict");
    for (const Row &r : rows) {
        const QString value = r.measured
                                  ? QStringLiteral("%1 %2").arg(r.value, 0, 'f', 1).arg(r.unit)
                                  : QStringLiteral("-");
        const QString target =
            r.target ? QStringLiteral("< %1 %2").arg(*r.target).arg(r.unit) : QString();
        const QString verdict = !r.target             ? QString()
                                : !r.measured         ? QStringLiteral("not measured")
                                : r.value < *r.target ? QStringLiteral("met")
                                                      : QStringLiteral("MISSED");
        const QString cpu = r.cpu ? QStringLiteral("%1").arg(*r.cpu, 0, 'f', 1) : QString();
        std::printf("%s %12s %10s %12s  %s%s%s\n", qPrintable(padded(r.name, 48)),
                    qPrintable(value), qPrintable(cpu), qPrintable(target), qPrintable(verdict),
                    r.note.isEmpty() ? "" : "  ", qPrintable(r.note));
    }
}

QJsonObject toJson(const QList<Row> &rows, const QJsonObject &machine)
{
    QJsonArray list;
    for (const Row &r : rows) {
        QJsonObject o{{QStringLiteral("name"), r.name}, {QStringLiteral("unit"), r.unit}};
        o.insert(QStringLiteral("value"), r.measured ? QJsonValue(r.value) : QJsonValue());
        if (r.target) {
            o.insert(QStringLiteral("target"), *r.target);
            o.insert(QStringLiteral("met"),
                     r.measured ? QJsonValue(r.value < *r.target) : QJsonValue());
        }
        if (r.cpu) {
            o.insert(QStringLiteral("cpu_ms"), *r.cpu);
        }
        if (!r.note.isEmpty()) {
            o.insert(QStringLiteral("note"), r.note);
        }
        list.append(o);
    }
    return {{QStringLiteral("machine"), machine}, {QStringLiteral("results"), list}};
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (qEnvironmentVariableIsSet("COMMITTEE_BENCH_STARTUP")) {
        QApplication app(argc, argv);
        return bench::startupChild(app, sinceMain.nsecsElapsed());
    }
    // Settings and the single-instance socket of the children go to scratch folders.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the results here as JSON."),
                                        QStringLiteral("file"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Make the databases in this folder."),
                                        QStringLiteral("dir"));
    parser.addHelpOption();
    parser.addOptions({runsOption, jsonOption, keepOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const QDir dir(parser.isSet(keepOption) ? parser.value(keepOption) : home.path());
    dir.mkpath(QStringLiteral("."));
    const QDate today = QDate::currentDate();
    QList<Row> rows;
    AppSettings settings(home.filePath(QStringLiteral("bench.ini")));

    // The data.
    QElapsedTimer timer;
    timer.start();
    const QString tenYearsPath = dir.filePath(QStringLiteral("ten-years.db"));
    auto tenYears = newDatabase(tenYearsPath);
    auto demo = DemoData::fill(*tenYears, 10, today);
    if (!demo) {
        die(demo.error().message);
    }
    rows << Row{QStringLiteral("make the 10-year demo database (%1 records)").arg(demo->records),
                timer.nsecsElapsed() / 1e6, QStringLiteral("ms")};
    timer.restart();
    auto stress = newDatabase(dir.filePath(QStringLiteral("stress.db")));
    if (Status s = StressData::fill(*stress, {}, today); !s) {
        die(s.error().message);
    }
    rows << Row{QStringLiteral("make the stress database (100,000 + 10,000)"),
                timer.nsecsElapsed() / 1e6, QStringLiteral("ms")};

    // Start-up, in fresh processes, on the 10-year database (closed here meanwhile: the app
    // takes the database's lock).
    tenYears.reset();
    const bench::Startup startup = bench::measureStartup(tenYearsPath, runs);
    rows << Row{QStringLiteral("start-up to first paint (median of %1)").arg(runs),
                startup.timing.medianMs, QStringLiteral("ms"), 400.0,
                QStringLiteral("min %1, max %2")
                    .arg(startup.timing.minMs, 0, 'f', 1)
                    .arg(startup.timing.maxMs, 0, 'f', 1)}
                .cpuMs(startup.timing.cpuMedianMs);
    auto reopened = Database::open(tenYearsPath);
    if (!reopened) {
        die(reopened.error().message);
    }
    tenYears = std::move(reopened.value());

    // Each area's list, opened once.
    for (const bench::AreaOpening &a : bench::openEveryArea(*tenYears, settings)) {
        rows << Row{QStringLiteral("open area %1 (10 years)").arg(a.id), a.ms, QStringLiteral("ms"),
                    std::nullopt, a.rows >= 0 ? QStringLiteral("%1 rows").arg(a.rows) : QString()}
                    .cpuMs(a.cpuMs);
    }
    for (const bench::AreaOpening &a : bench::openEveryArea(
             *stress, settings, {QStringLiteral("assist"), QStringLiteral("meetings")})) {
        rows << Row{QStringLiteral("open area %1 (stress)").arg(a.id), a.ms, QStringLiteral("ms"),
                    std::nullopt, QStringLiteral("%1 rows").arg(a.rows)}
                    .cpuMs(a.cpuMs);
    }

    // Typing in the filter of 100,000 entries.
    const bench::FilterTyping typing =
        bench::typeInFilter(*stress, settings, QStringLiteral("消防安全宣传"));
    for (qsizetype i = 0; i < typing.times.size(); ++i) {
        rows << Row{QStringLiteral("  filter \"%1\"").arg(typing.typed.at(i)), typing.times.at(i),
                    QStringLiteral("ms"), std::nullopt,
                    QStringLiteral("%1 match").arg(typing.matching.at(i))}
                    .cpuMs(typing.cpuTimes.at(i));
    }
    rows << Row{QStringLiteral("filter keystroke, slowest of %1 (%2 rows)")
                    .arg(typing.times.size())
                    .arg(typing.totalRows),
                typing.perKeystroke.maxMs, QStringLiteral("ms"), 50.0,
                QStringLiteral("median %1; at most %2 rows read")
                    .arg(typing.perKeystroke.medianMs, 0, 'f', 1)
                    .arg(typing.rowsRead)}
                .cpuMs(*std::max_element(typing.cpuTimes.cbegin(), typing.cpuTimes.cend()));

    // Documents.
    const bench::DocumentTimings docs = bench::measureDocuments(*tenYears, runs, today);
    rows << Row{QStringLiteral("quarterly sheet -> PDF (median)"), docs.quarterlyPdf.medianMs,
                QStringLiteral("ms"), 150.0,
                QStringLiteral("%1 pages").arg(docs.quarterlyPdf.pages)}
                .cpuMs(docs.quarterlyPdf.cpuMedianMs);
    rows << Row{QStringLiteral("logbook %1-%2 -> PDF (median)")
                    .arg(docs.firstYear)
                    .arg(docs.lastYear),
                docs.logbookPdf.medianMs, QStringLiteral("ms"), 3000.0,
                QStringLiteral("%1 pages").arg(docs.logbookPdf.pages)}
                .cpuMs(docs.logbookPdf.cpuMedianMs);
    rows << Row{QStringLiteral("logbook %1-%2 -> ODT (median)")
                    .arg(docs.firstYear)
                    .arg(docs.lastYear),
                docs.logbookOdt.medianMs, QStringLiteral("ms"), std::nullopt,
                QStringLiteral("%1 KB").arg(docs.logbookOdt.pages)}
                .cpuMs(docs.logbookOdt.cpuMedianMs);

    // The 10-year bundle for the township: written (which reads it back and checks every
    // hash), then verified again as the township's import does.
    const BundleOptions tenYearPeriod{QDate(docs.firstYear, 1, 1), QDate(docs.lastYear, 12, 31)};
    const QString bundlePath = dir.filePath(QStringLiteral("ten-years.cdx"));
    const bench::Timing bundle = bench::measure(runs, [&] {
        if (auto written = BundleExport::write(*tenYears, tenYearPeriod, bundlePath); !written) {
            die(written.error().message);
        }
        if (auto checked = BundleReader::readFile(bundlePath); !checked) {
            die(checked.error().message);
        }
        return int(QFileInfo(bundlePath).size() / 1024);
    });
    rows << Row{QStringLiteral("10-year bundle export + verify (median)"), bundle.medianMs,
                QStringLiteral("ms"), 3000.0, QStringLiteral("%1 KB").arg(bundle.pages)}
                .cpuMs(bundle.cpuMedianMs);

    int run = 0;
    const bench::Timing backup = bench::measure(runs, [&] {
        auto copied =
            Backup::copyTo(*tenYears, dir.filePath(QStringLiteral("backup-%1.db").arg(++run)));
        if (!copied) {
            die(copied.error().message);
        }
        return int(QFileInfo(copied.value()).size() / 1024);
    });
    rows << Row{QStringLiteral("backup of the 10-year database (median)"), backup.medianMs,
                QStringLiteral("ms"), std::nullopt, QStringLiteral("%1 KB").arg(backup.pages)}
                .cpuMs(backup.cpuMedianMs);

    rows << Row{QStringLiteral("peak RSS of the app at start-up"), startup.peakRssMb,
                QStringLiteral("MB"), 150.0};
    rows << Row{QStringLiteral("peak RSS of this whole run"), bench::peakRssMb(),
                QStringLiteral("MB"), 150.0,
                QStringLiteral("both databases open, every list, the 200-page PDF")};

    const QJsonObject machine{{QStringLiteral("os"), QSysInfo::prettyProductName()},
                              {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
                              {QStringLiteral("cores"), QThread::idealThreadCount()},
                              {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                              {QStringLiteral("runs"), runs}};
    std::printf("machine: %s, %d cores, Qt %s; %d runs of each\n",
                qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), qVersion(),
                runs);
    printTable(rows);
    if (parser.isSet(jsonOption)) {
        QFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(QJsonDocument(toJson(rows, machine)).toJson()) < 0) {
            die(QStringLiteral("cannot write %1").arg(out.fileName()));
        }
    }
    return 0;
}
