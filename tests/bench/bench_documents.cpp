// How long the documents take on ten years of records: the quarterly sheet to PDF, a
// logbook of about 200 pages to PDF, and the same logbook to ODT. Each is made several
// times in this process and the median is reported, with the page count.
//
//   bench_documents [--runs N] [--db FILE]
// Without --db a 10-year demo database is made in a temporary folder first, the same as
// `committee-desk-cli --db X demo --years 10`.

#include "committee/CommitteeProfile.h"
#include "documents/DocumentExport.h"
#include "documents/DocumentRenderer.h"
#include "documents/Documents.h"
#include "ledger/DemoData.h"
#include "reference/ReferenceLoader.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace committee;

namespace {

struct Timing {
    double medianMs = 0;
    double minMs = 0;
    int pages = 0;
};

Timing measure(int runs, const std::function<int()> &make)
{
    QList<double> times;
    int pages = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        pages = make();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.first(), pages};
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_documents: %s\n", qPrintable(message));
    std::exit(1);
}

int pdfPages(const FilledDocument &filled)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(DocumentRenderer::standardLayout(filled.spec->orientation));
    auto pages = DocumentRenderer::paint(filled, writer);
    if (!pages) {
        die(pages.error().message);
    }
    return pages.value();
}

} // namespace

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

    DocumentRequest quarter;
    quarter.year = today.year() - 1;
    quarter.quarter = 2;
    const Timing sheet = measure(runs, [&] {
        auto filled = Documents::fill(db, QStringLiteral("quarterly"), quarter);
        if (!filled) {
            die(filled.error().message);
        }
        return pdfPages(filled.value());
    });
    std::printf("quarterly sheet -> PDF:      median %7.1f ms (min %.1f), %d pages\n",
                sheet.medianMs, sheet.minMs, sheet.pages);

    // The committee workbook over the ten years: about 200 pages.
    DocumentRequest years;
    years.year = today.year() - 9;
    years.lastYear = today.year();
    const QString book = Documents::logbookId(QStringLiteral("committee"));
    const Timing pdf = measure(runs, [&] {
        auto filled = Documents::fill(db, book, years);
        if (!filled) {
            die(filled.error().message);
        }
        return pdfPages(filled.value());
    });
    std::printf("workbook %d-%d -> PDF:  median %7.1f ms (min %.1f), %d pages\n", years.year,
                years.lastYear, pdf.medianMs, pdf.minMs, pdf.pages);
    const Timing odt = measure(runs, [&] {
        auto bytes = DocumentExport::render(db, book, years, DocumentExport::Format::Odt);
        if (!bytes) {
            die(bytes.error().message);
        }
        return int(bytes->size() / 1024);
    });
    std::printf("workbook %d-%d -> ODT:  median %7.1f ms (min %.1f), %d KB\n", years.year,
                years.lastYear, odt.medianMs, odt.minMs, odt.pages);
    return 0;
}
