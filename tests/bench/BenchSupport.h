#pragma once

// Shared by the benchmark programs: timing with repetitions, and the document timings
// (bench_documents prints them alone; bench_committee puts them in its table).

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace committee {
class Database;
}

namespace bench {

// Wall-clock and CPU time together: on a shared machine the wall clock also counts the
// time other programs had the processor, the CPU time only this program's work.
class Stopwatch {
public:
    Stopwatch();
    double wallMs() const;
    double cpuMs() const; // this process, all threads
private:
    qint64 m_wallNs;
    qint64 m_cpuNs;
};
qint64 processCpuNs();

struct Timing {
    double cpuMedianMs = 0;
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    int pages = 0; // what the last run produced (pages, KB, rows ...)
};

// Runs `make` `runs` times; its return value is kept as Timing::pages.
Timing measure(int runs, const std::function<int()> &make);
Timing summarise(QList<double> times, int pages = 0, QList<double> cpuTimes = {});

[[noreturn]] void die(const QString &message);

struct DocumentTimings {
    Timing quarterlyPdf;
    Timing logbookPdf;
    Timing logbookOdt;
    int firstYear = 0;
    int lastYear = 0;
};

// The quarterly sheet (Q2 of last year) and the committee logbook over ten years (about
// 200 pages), on a database filled with DemoData for ten years up to `today`.
DocumentTimings measureDocuments(committee::Database &db, int runs, QDate today);

// Peak resident set size of this process so far, in MB (getrusage ru_maxrss).
double peakRssMb();

} // namespace bench
