// The single-instance hand-over (app/gui/SingleInstance) inside one process, and the real
// committee-desk executable started twice on one database.

#include "TestSupport.h"

#include "gui/GuiStartup.h"
#include "gui/SingleInstance.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <memory>

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWidget>

using committee::gui::SingleInstance;

namespace {
// The activation reaches the first instance's thread as a queued call: it counts once that
// thread's events have run.
bool activatedTimes(QSignalSpy &activations, int times)
{
    QDeadlineTimer deadline(5000);
    while (activations.count() < times && !deadline.hasExpired()) {
        QTest::qWait(10);
    }
    return activations.count() == times;
}
} // namespace

TEST_CASE("A second start on the same database reaches the first", "[install][instance]")
{
    testing::Scratch dir;
    const QString path = dir.path(QStringLiteral("committee.db"));
    SingleInstance first(path);
    REQUIRE(first.listen());
    CHECK(first.isListening());
    QSignalSpy activations(&first, &SingleInstance::activationRequested);

    // Another spelling of the same file is the same database.
    SingleInstance second(dir.path(QStringLiteral("sub/../committee.db")));
    CHECK(second.activateRunning(5000));
    CHECK(activatedTimes(activations, 1));
    CHECK(SingleInstance(path).activateRunning(5000));
    CHECK(activatedTimes(activations, 2));
}

TEST_CASE("The first instance answers while its window is still being set up",
          "[install][instance]")
{
    testing::Scratch dir;
    const QString path = dir.path(QStringLiteral("committee.db"));
    SingleInstance first(path);
    REQUIRE(first.listen());
    QSignalSpy activations(&first, &SingleInstance::activationRequested);

    // The later start asks from another thread while this one is busy and runs no events,
    // as the first process's main thread is while it sets up the demo data.
    bool confirmed = false;
    std::unique_ptr<QThread> later(QThread::create(
        [&confirmed, path] { confirmed = SingleInstance(path).activateRunning(5000); }));
    later->start();
    REQUIRE(later->wait(10000));
    CHECK(confirmed);
    CHECK(activations.isEmpty()); // nothing ran here yet
    // The window comes forward once this thread is free again.
    CHECK(activatedTimes(activations, 1));
}

TEST_CASE("Nobody answers for another database, or when nobody listens", "[install][instance]")
{
    testing::Scratch dir;
    SingleInstance first(dir.path(QStringLiteral("a.db")));
    REQUIRE(first.listen());
    QSignalSpy activations(&first, &SingleInstance::activationRequested);
    CHECK(SingleInstance::serverName(dir.path(QStringLiteral("a.db"))) !=
          SingleInstance::serverName(dir.path(QStringLiteral("b.db"))));

    QElapsedTimer clock;
    clock.start();
    CHECK_FALSE(SingleInstance(dir.path(QStringLiteral("b.db"))).activateRunning(600));
    // It keeps trying for the time given (the first process may still be starting), and
    // no longer.
    CHECK(clock.elapsed() >= 500);
    CHECK(clock.elapsed() < 5000);
    CHECK(activations.isEmpty());
}

TEST_CASE("A stranger on the socket does not bring the window forward", "[install][instance]")
{
    testing::Scratch dir;
    const QString path = dir.path(QStringLiteral("committee.db"));
    SingleInstance first(path);
    REQUIRE(first.listen());
    QSignalSpy activations(&first, &SingleInstance::activationRequested);

    QLocalSocket stranger;
    stranger.connectToServer(SingleInstance::serverName(path));
    REQUIRE(stranger.waitForConnected(2000));
    stranger.write("GET / HTTP/1.0\n");
    stranger.flush();
    // The first instance hangs up on it without answering.
    QDeadlineTimer deadline(5000);
    while (stranger.state() != QLocalSocket::UnconnectedState && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    CHECK(stranger.state() == QLocalSocket::UnconnectedState);
    CHECK(stranger.readAll().isEmpty());
    CHECK(activations.isEmpty());
}

#ifdef Q_OS_UNIX
TEST_CASE("A socket left behind by a crash is replaced", "[install][instance]")
{
    testing::Scratch dir;
    const QString path = dir.path(QStringLiteral("committee.db"));
    // What a crashed process leaves: the socket's file, with nobody behind it.
    const QString leftover = QDir(QDir::tempPath()).filePath(SingleInstance::serverName(path));
    testing::writeFile(leftover, "");
    SingleInstance first(path);
    CHECK(first.listen());
    QSignalSpy activations(&first, &SingleInstance::activationRequested);
    CHECK(SingleInstance(path).activateRunning(5000));
    CHECK(activatedTimes(activations, 1));
}
#endif

TEST_CASE("The window asked for comes back from the taskbar", "[install][instance]")
{
    QWidget window;
    window.showMinimized();
    REQUIRE(window.isMinimized());
    committee::gui::bringForward(&window);
    CHECK_FALSE(window.isMinimized());
    CHECK(window.isVisible());

    // Maximised before it was minimised: it comes back maximised.
    window.setWindowState(Qt::WindowMaximized | Qt::WindowMinimized);
    committee::gui::bringForward(&window);
    CHECK(window.windowState().testFlag(Qt::WindowMaximized));
    CHECK_FALSE(window.isMinimized());

    committee::gui::bringForward(nullptr); // during the first-start set-up: no main window yet
}

namespace {
// The executable with its settings and data in the scratch folder, never the user's.
QProcess *startApp(const testing::Scratch &dir, const QStringList &arguments)
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path(QStringLiteral("data")));
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(GUI_PATH), arguments);
    return process;
}
} // namespace

TEST_CASE("Starting the app again on an open database exits quietly", "[install][instance]")
{
    testing::Scratch dir;
    const QString path = dir.path(QStringLiteral("demo.db"));
    const QStringList arguments = {QStringLiteral("--demo"), QStringLiteral("--db"), path,
                                   QStringLiteral("--quit-after"), QStringLiteral("900000")};
    std::unique_ptr<QProcess> first(startApp(dir, arguments));
    REQUIRE(first->waitForStarted(10000));

    // Wait until the first window is up and listening (it sets up the demo data first, which
    // takes a minute or more under the sanitizers on a busy machine).
    QDeadlineTimer ready(300000);
    bool listening = false;
    while (!listening && !ready.hasExpired() && first->state() == QProcess::Running) {
        QLocalSocket probe;
        probe.connectToServer(SingleInstance::serverName(path));
        listening = probe.waitForConnected(200);
        if (!listening) {
            QTest::qWait(200);
        }
    }
    REQUIRE(listening);

    std::unique_ptr<QProcess> second(startApp(dir, arguments));
    REQUIRE(second->waitForFinished(180000));
    CHECK(second->exitStatus() == QProcess::NormalExit);
    CHECK(second->exitCode() == 0);
    // The first window is still there, with its database.
    CHECK(first->state() == QProcess::Running);
    auto locked = committee::Database::open(path);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().kind == committee::Error::Kind::Locked);

    // Ended from outside, the first cannot remove its socket; the test tidies up for it.
    first->terminate();
    REQUIRE(first->waitForFinished(30000));
    QLocalServer::removeServer(SingleInstance::serverName(path));
}
