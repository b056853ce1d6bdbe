#include "BenchSupport.h"

#include "documents/DocumentExport.h"
#include "documents/DocumentRenderer.h"
#include "documents/Documents.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfWriter>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace committee;

namespace bench {

namespace {

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

Timing summarise(QList<double> times, int pages)
{
    if (times.isEmpty()) {
        return {};
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.first(), times.last(), pages};
}

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
    return summarise(times, pages);
}

void die(const QString &message)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(message));
    std::exit(1);
}

DocumentTimings measureDocuments(Database &db, int runs, QDate today)
{
    DocumentTimings t;
    DocumentRequest quarter;
    quarter.year = today.year() - 1;
    quarter.quarter = 2;
    t.quarterlyPdf = measure(runs, [&] {
        auto filled = Documents::fill(db, QStringLiteral("quarterly"), quarter);
        if (!filled) {
            die(filled.error().message);
        }
        return pdfPages(filled.value());
    });

    // The committee workbook over the ten years: about 200 pages.
    DocumentRequest years;
    years.year = today.year() - 9;
    years.lastYear = today.year();
    t.firstYear = years.year;
    t.lastYear = years.lastYear;
    const QString book = Documents::logbookId(QStringLiteral("committee"));
    t.logbookPdf = measure(runs, [&] {
        auto filled = Documents::fill(db, book, years);
        if (!filled) {
            die(filled.error().message);
        }
        return pdfPages(filled.value());
    });
    t.logbookOdt = measure(runs, [&] {
        auto bytes = DocumentExport::render(db, book, years, DocumentExport::Format::Odt);
        if (!bytes) {
            die(bytes.error().message);
        }
        return int(bytes->size() / 1024);
    });
    return t;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

} // namespace bench
