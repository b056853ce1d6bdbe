#include "BenchGui.h"

#include "gui/GuiStartup.h"

#include "areas/ledger/LedgerArea.h"
#include "common/AppSettings.h"
#include "shell/AppContext.h"
#include "shell/AreaRegistry.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "widgets/PeriodFilterBar.h"
#include "widgets/RecordBrowser.h"
#include "widgets/RecordTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace committee;

namespace bench {

namespace {

// Notes the first paint of any part of the main window, and once that paint pass is over
// (the event loop comes back) reports and closes the window, which ends app.exec().
class FirstPaint : public QObject {
public:
    explicit FirstPaint(qint64 nsSinceMain) : m_offset(nsSinceMain) { m_timer.start(); }

    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (m_seen || event->type() != QEvent::Paint || !object->isWidgetType()) {
            return false;
        }
        QWidget *window = static_cast<QWidget *>(object)->window();
        if (!qobject_cast<ui::MainWindow *>(window)) {
            return false;
        }
        m_seen = true;
        QTimer::singleShot(0, window, [this, window] {
            const double ms = (m_offset + m_timer.nsecsElapsed()) / 1e6;
            std::printf("startup %.1f %.1f %.1f\n", ms, peakRssMb(), processCpuNs() / 1e6);
            std::fflush(stdout);
            window->close();
        });
        return false;
    }

private:
    QElapsedTimer m_timer;
    qint64 m_offset;
    bool m_seen = false;
};

void repaint(QWidget *widget)
{
    QCoreApplication::processEvents();
    widget->repaint();
}

} // namespace

int startupChild(QApplication &app, qint64 nsSinceMain)
{
    FirstPaint watcher(nsSinceMain);
    app.installEventFilter(&watcher);
    return gui::run(app);
}

Startup measureStartup(const QString &databasePath, int runs)
{
    QList<double> times;
    QList<double> cpuTimes;
    Startup result;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COMMITTEE_BENCH_STARTUP"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        // --quit-after only keeps the reminders from starting; the first paint ends the run.
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--db"), databasePath, QStringLiteral("--quit-after"),
                     QStringLiteral("60000")});
        if (!child.waitForFinished(120000)) {
            die(QStringLiteral("the start-up child did not finish"));
        }
        const QStringList words = QString::fromUtf8(child.readAllStandardOutput())
                                      .split(QLatin1Char('\n'))
                                      .filter(QStringLiteral("startup "))
                                      .value(0)
                                      .split(QLatin1Char(' '));
        if (words.size() != 4) {
            die(QStringLiteral("the start-up child said: %1")
                    .arg(QString::fromUtf8(child.readAllStandardError())));
        }
        times << words.at(1).toDouble();
        cpuTimes << words.at(3).toDouble();
        result.peakRssMb = qMax(result.peakRssMb, words.at(2).toDouble());
    }
    result.timing = summarise(times, 0, cpuTimes);
    return result;
}

QList<AreaOpening> openEveryArea(Database &db, AppSettings &settings, const QStringList &only)
{
    ui::AppContext context{db, settings};
    ui::MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    repaint(&window);
    QList<AreaOpening> openings;
    for (const ui::AreaDescriptor &area : ui::builtInAreas()) {
        if (!only.isEmpty() && !only.contains(area.id)) {
            continue;
        }
        const Stopwatch watch;
        ui::Area *shown = window.showArea(area.id);
        repaint(&window);
        AreaOpening opening{area.id, watch.wallMs(), watch.cpuMs(), -1};
        if (auto *ledger = qobject_cast<ui::LedgerArea *>(shown)) {
            opening.rows = ledger->browser()->visibleRowCount();
        }
        openings << opening;
    }
    return openings;
}

FilterTyping typeInFilter(Database &db, AppSettings &settings, const QString &text)
{
    ui::AppContext context{db, settings};
    ui::MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    auto *area = qobject_cast<ui::LedgerArea *>(window.showArea(QStringLiteral("assist")));
    if (!area) {
        die(QStringLiteral("no assistance ledger area"));
    }
    ui::RecordBrowser *browser = area->browser();
    browser->periodFilter()->setYear(0);
    repaint(&window);
    QLineEdit *filter = browser->filterEdit();
    filter->setFocus();

    const auto *model = static_cast<ui::RecordTableModel *>(browser->table()->model());
    FilterTyping result;
    result.totalRows = browser->visibleRowCount();
    auto keystroke = [&](const std::function<void()> &press) {
        const Stopwatch watch;
        press();
        repaint(browser->table()->viewport());
        result.times << watch.wallMs();
        result.cpuTimes << watch.cpuMs();
        result.typed << filter->text();
        result.matching << browser->visibleRowCount();
        result.rowsRead = qMax(result.rowsRead, model->rowCount());
    };
    for (const QChar ch : text) {
        keystroke([&] {
            QInputMethodEvent commit; // as an input method types Chinese
            commit.setCommitString(QString(ch));
            QCoreApplication::sendEvent(filter, &commit);
        });
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        keystroke([&] {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier);
            QCoreApplication::sendEvent(filter, &press);
        });
    }
    result.perKeystroke = summarise(result.times, 0, result.cpuTimes);
    return result;
}

} // namespace bench
