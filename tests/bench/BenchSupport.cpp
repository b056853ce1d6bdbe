#include "BenchSupport.h"

#include "documents/DocumentExport.h"
#include "documents/DocumentRenderer.h"
#include "documents/Documents.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QPdfWriter>

#include <sys/resource.h>
#include <time.h>

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

qint64 processCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

namespace {
qint64 wallNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}
} // namespace

Stopwatch::Stopwatch() : m_wallNs(wallNs()), m_cpuNs(processCpuNs()) {}

double Stopwatch::wallMs() const
{
    return (wallNs() - m_wallNs) / 1e6;
}

double Stopwatch::cpuMs() const
{
    return (processCpuNs() - m_cpuNs) / 1e6;
}

Timing summarise(QList<double> times, int pages, QList<double> cpuTimes)
{
    if (times.isEmpty()) {
        return {};
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    const double cpu = cpuTimes.isEmpty() ? 0 : cpuTimes.at(cpuTimes.size() / 2);
    return {cpu, times.at(times.size() / 2), times.first(), times.last(), pages};
}

Timing measure(int runs, const std::function<int()> &make)
{
    QList<double> times;
    QList<double> cpuTimes;
    int pages = 0;
    for (int i = 0; i < runs; ++i) {
        const Stopwatch watch;
        pages = make();
        times << watch.wallMs();
        cpuTimes << watch.cpuMs();
    }
    return summarise(times, pages, cpuTimes);
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
