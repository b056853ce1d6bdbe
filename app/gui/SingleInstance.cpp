#include "gui/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>
#include <QTimer>

namespace committee::gui {

namespace {

// One line each way. The version number lets a later release change the conversation
// without an old window misreading it.
constexpr char request[] = "committee-desk activate 1\n";
constexpr char reply[] = "ok\n";
constexpr int maxLine = 256;

QString userName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QDir::homePath(); // unique per user too, where no variable is set
}

} // namespace

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent), m_name(serverName(databasePath))
{}

SingleInstance::~SingleInstance()
{
    stopListening();
}

QString SingleInstance::serverName(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    QString path = info.canonicalFilePath();
    if (path.isEmpty()) {
        path = QDir::cleanPath(info.absoluteFilePath());
    }
#ifdef Q_OS_WIN
    path = path.toLower(); // C:\Data and c:\data are one file there
#endif
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(userName().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(path.toUtf8());
    return QStringLiteral("committee-desk-") + QString::fromLatin1(hash.result().toHex().left(24));
}

bool SingleInstance::listen()
{
    if (m_thread) {
        return m_listening;
    }
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("second-start listener"));
    m_thread->start();
    m_server = new QLocalServer;
    m_server->moveToThread(m_thread.get());
    QString error;
    // The server's sockets belong to the listener thread, so they are set up there.
    QMetaObject::invokeMethod(
        m_server,
        [this, &error] {
            // Only this user may connect (file permissions on Unix, the pipe's ACL on Windows).
            m_server->setSocketOptions(QLocalServer::UserAccessOption);
            QObject::connect(m_server, &QLocalServer::newConnection, m_server,
                             [this] { answer(); });
            m_listening = m_server->listen(m_name);
            if (!m_listening && m_server->serverError() == QAbstractSocket::AddressInUseError) {
                // We hold the database lock, so whoever created this socket has let go of
                // the database: it is left over from a crash.
                QLocalServer::removeServer(m_name);
                m_listening = m_server->listen(m_name);
            }
            if (!m_listening) {
                error = m_server->errorString();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!m_listening) {
        qWarning("committee-desk: cannot listen for a second start (%s); a second start on the "
                 "same database will say that it is locked.",
                 qPrintable(error));
        stopListening();
    }
    return m_listening;
}

void SingleInstance::stopListening()
{
    if (!m_thread) {
        return;
    }
    // The server and its sockets (its children) end in their own thread.
    QMetaObject::invokeMethod(
        m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_server = nullptr;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

bool SingleInstance::isListening() const
{
    return m_listening;
}

// Runs in the listener thread.
void SingleInstance::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        const auto readRequest = [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > maxLine) {
                    socket->abort(); // not one of ours
                }
                return;
            }
            const QByteArray line = socket->readLine(maxLine);
            const bool valid = line == QByteArrayView(request);
            if (valid) {
                // Queued to the main thread, where the window is; before the reply, so that
                // the request is on its way when the later process hears "ok".
                QMetaObject::invokeMethod(
                    this, [this] { emit activationRequested(); }, Qt::QueuedConnection);
                socket->write(reply);
                socket->flush();
            }
            socket->disconnectFromServer();
        };
        connect(socket, &QLocalSocket::readyRead, socket, readRequest);
        // A peer that connects and says nothing must not keep the socket forever.
        QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
        readRequest(); // the line may have arrived with the connection
    }
}

bool SingleInstance::activateRunning(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (true) {
        const qint64 remaining = timeoutMs - clock.elapsed();
        if (remaining <= 0) {
            return false;
        }
        QLocalSocket socket;
        QEventLoop loop;
        bool done = false;
        bool confirmed = false;
        bool nobodyListens = false;
        QByteArray received;
        const auto finish = [&] {
            done = true;
            loop.quit();
        };
        connect(&socket, &QLocalSocket::connected, &loop, [&] { socket.write(request); });
        // True once a whole line has come back, whatever it says.
        const auto readReply = [&] {
            if (socket.isOpen()) {
                received += socket.readAll();
            }
            if (received.contains('\n') || received.size() > maxLine) {
                confirmed = received == QByteArrayView(reply);
                finish();
                return true;
            }
            return false;
        };
        connect(&socket, &QLocalSocket::readyRead, &loop, readReply);
        connect(&socket, &QLocalSocket::errorOccurred, &loop,
                [&](QLocalSocket::LocalSocketError error) {
                    if (readReply()) {
                        return; // the answer arrived together with the hang-up
                    }
                    nobodyListens = error == QLocalSocket::ServerNotFoundError ||
                                    error == QLocalSocket::ConnectionRefusedError;
                    finish();
                });
        QTimer::singleShot(int(remaining), &loop, finish);
        socket.connectToServer(m_name);
        if (!done) { // connecting can fail at once, before the loop runs
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        if (confirmed) {
            return true;
        }
        if (!nobodyListens) {
            return false; // someone is there but did not confirm in time
        }
        // The first process may have the database but not be listening yet.
        QEventLoop pause;
        QTimer::singleShot(qMin<qint64>(100, remaining), &pause, &QEventLoop::quit);
        pause.exec(QEventLoop::ExcludeUserInputEvents);
    }
}

} // namespace committee::gui
