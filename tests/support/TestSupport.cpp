#include "TestSupport.h"

#include "reference/ReferenceLoader.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QInputMethodEvent>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QWidget>

std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace testing {

Scratch::Scratch()
{
    REQUIRE(m_dir.isValid());
}

std::unique_ptr<committee::Database> openSeeded(const QString &path)
{
    auto db = committee::Database::open(path);
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    REQUIRE(committee::ReferenceLoader::ensureOfficialEditions(*db.value()).ok());
    return std::move(db.value());
}

QString firstValue(const QString &path, const QString &sql)
{
    QString value;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("first-value"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        value = q.value(0).toString();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("first-value"));
    return value;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString dataFile(const QString &name)
{
    return QStringLiteral(COMMITTEE_TEST_DATA_DIR "/") + name;
}

void commitText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace testing
