#pragma once

// The benchmark's GUI parts: start-up as the app does it, opening each area's list, and
// typing in a list's filter.

#include "BenchSupport.h"

#include <QList>
#include <QString>

class QApplication;

namespace committee {
class Database;
class AppSettings;
} // namespace committee

namespace bench {

// In a child process: runs the app's own start-up (committee::gui::run) and prints, on the
// first paint of the main window, "startup <ms since main()> <peak RSS MB>", then closes.
int startupChild(QApplication &app, qint64 nsSinceMain);
// Starts `runs` such children on the database; the times and the largest RSS.
struct Startup {
    Timing timing;
    double peakRssMb = 0;
};
Startup measureStartup(const QString &databasePath, int runs);

struct AreaOpening {
    QString id;
    double ms = 0;
    double cpuMs = 0;
    int rows = 0; // rows the area's first list shows (-1: the area has no list)
};
// Opens every area of the sidebar once, in a main window on the database, each timed from
// the click to the end of its paint.
QList<AreaOpening> openEveryArea(committee::Database &db, committee::AppSettings &settings,
                                 const QStringList &only = {});

struct FilterTyping {
    Timing perKeystroke;
    int totalRows = 0;
    int rowsRead = 0;    // the most rows the model had read after any keystroke
    QList<double> times; // one per keystroke
    QList<double> cpuTimes;
    QStringList typed;   // what the filter held after each
    QList<int> matching; // how many records matched after each
};
// Types `text` one character at a time into the assistance ledger's filter, then deletes
// it again with Backspace, timing each keystroke to the end of the repaint.
FilterTyping typeInFilter(committee::Database &db, committee::AppSettings &settings,
                          const QString &text);

} // namespace bench
