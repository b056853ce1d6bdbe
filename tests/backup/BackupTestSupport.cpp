#include "BackupTestSupport.h"

#include "ledger/Attachments.h"
#include "ledger/DemoData.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace committee;

namespace testing {

ClerkData::ClerkData()
{
    REQUIRE(QDir().mkpath(folder));
    db = openSeeded(path);
    REQUIRE_OK(DemoData::fill(*db, 1, QDate(2026, 10, 15)));
    auto meeting = Sql::scalar(*db, QStringLiteral("SELECT min(id) FROM meeting"));
    auto decision = Sql::scalar(*db, QStringLiteral("SELECT min(id) FROM decision"));
    REQUIRE_OK(meeting);
    REQUIRE_OK(decision);
    const QString photo = dir.path(QStringLiteral("签到表.jpg"));
    const QString scan = dir.path(QStringLiteral("公示照片.png"));
    writeFile(photo, QByteArray("sign-in sheet ") + QByteArray(5000, 'x'));
    writeFile(scan, QByteArray("notice board ") + QByteArray(7000, 'y'));
    Attachments attachments(*db);
    auto a = attachments.add(QStringLiteral("meeting"), meeting->toLongLong(), photo);
    auto b = attachments.add(QStringLiteral("meeting"), meeting->toLongLong(), scan);
    auto c = attachments.add(QStringLiteral("decision"), decision->toLongLong(), photo);
    REQUIRE_OK(a);
    REQUIRE_OK(b);
    REQUIRE_OK(c);
    attachmentHashes = {a->sha256, b->sha256};
    attachmentHashes.sort();
}

void ClerkData::reopen()
{
    db.reset();
    auto reopened = Database::open(path);
    REQUIRE_OK(reopened);
    db = std::move(reopened.value());
}

QString ClerkData::storeFile(const QString &sha256) const
{
    return QStringLiteral("%1/attachments/%2/%3").arg(folder, sha256.left(2), sha256);
}

QStringList dumpTables(Database &db)
{
    QStringList dump;
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "name NOT LIKE 'sqlite_%' ORDER BY name")));
    QStringList names;
    while (tables.next()) {
        names.append(tables.value(0).toString());
    }
    for (const QString &name : std::as_const(names)) {
        QSqlQuery rows(db.connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(name)));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i) {
                values.append(rows.value(i).toString());
            }
            dump.append(name + QLatin1Char('|') + values.join(QLatin1Char('|')));
        }
    }
    return dump;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

ReadOnlyFolder::ReadOnlyFolder(const QString &path) : m_path(path)
{
    REQUIRE(QDir().mkpath(path));
    const QByteArray native = QFile::encodeName(path);
    if (::geteuid() == 0) {
        m_mounted = ::mount("tmpfs", native.constData(), "tmpfs", MS_RDONLY, "size=1m") == 0;
        m_ok = m_mounted;
    } else {
        m_ok = ::chmod(native.constData(), 0555) == 0;
    }
}

ReadOnlyFolder::~ReadOnlyFolder()
{
    const QByteArray native = QFile::encodeName(m_path);
    if (m_mounted) {
        ::umount(native.constData());
    } else {
        ::chmod(native.constData(), 0755);
    }
}

FileSizeLimit::FileSizeLimit(qint64 bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit;
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &limit) == 0);
    m_previous = qint64(limit.rlim_cur);
    limit.rlim_cur = rlim_t(bytes);
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
}

FileSizeLimit::~FileSizeLimit()
{
    struct rlimit limit;
    ::getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = rlim_t(m_previous);
    ::setrlimit(RLIMIT_FSIZE, &limit);
}

} // namespace testing
