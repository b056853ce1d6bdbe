#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QThread;

namespace committee::gui {

// One window per database. The database lock already keeps a second process out; this
// turns "it is locked" into "the window that has it comes forward" when the lock holder is
// a Committee Desk window, so a clerk who starts the app twice sees their window, not an
// error.
//
// The process that opened the database listens on a local socket (a named pipe on
// Windows) whose name is derived from the user and the database path, so two users on one
// PC, or two databases, never reach each other. A later process on the same database
// connects, says "activate", and waits for the answer. The socket is served from a thread
// of its own, so the answer comes at once even while the first process's main thread is
// busy starting up (the demo data, the main window); the window comes forward once that
// thread is free.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString &databasePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket name for this user and database: a hash, so that it is short, has no path
    // characters, and does not show the path to other users listing sockets.
    static QString serverName(const QString &databasePath);

    // Starts answering later processes. Call only while holding the database lock: a
    // socket left by a crashed process is then certainly stale and is replaced.
    bool listen();
    bool isListening() const;
    void stopListening();

    // Asks the process holding the database to bring its window forward. Waits up to
    // `timeoutMs` (running a local event loop), retrying while nobody listens yet, since the
    // first process may still be starting. Returns true when that process confirmed.
    bool activateRunning(int timeoutMs = 3000);

signals:
    // A later process asked for this one's window. Emitted in this object's thread.
    void activationRequested();

private:
    void answer();

    QString m_name;
    std::unique_ptr<QThread> m_thread;
    QLocalServer *m_server = nullptr; // lives in m_thread
    bool m_listening = false;
};

} // namespace committee::gui
