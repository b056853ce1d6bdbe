#include "TestSupport.h"
#include "test_documents_support.h"

#include "documents/AuditLogExport.h"
#include "security/AuditText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace committee;

namespace {
QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, 0));
}

// A small known trail: two meetings, a member and an app-lock change over three months.
void writeTrail(Database &db)
{
    const QList<AuditEntry> entries = {
        {QStringLiteral("meeting"), 1, QStringLiteral("insert"), QString(), QString(), QString(),
         at(1, 5), QStringLiteral("clerk")},
        {QStringLiteral("meeting"), 1, QStringLiteral("update"), QStringLiteral("topic"),
         QStringLiteral("旧议题"), QStringLiteral("新议题"), at(2, 10), QStringLiteral("clerk")},
        {QStringLiteral("meeting"), 2, QStringLiteral("insert"), QString(), QString(), QString(),
         at(2, 28, 23), QStringLiteral("clerk (王秀英)")},
        {QStringLiteral("member"), 3, QStringLiteral("delete"), QString(), QString(), QString(),
         at(3, 1), QStringLiteral("clerk")},
        {QStringLiteral("app_lock"), 1, QStringLiteral("insert"), QStringLiteral("password"),
         QString(), QString(), at(3, 15), QStringLiteral("clerk")},
    };
    REQUIRE_OK(AuditLog::append(db, entries));
}

QList<qint64> recordIds(const QList<AuditEntry> &entries)
{
    QList<qint64> ids;
    for (const AuditEntry &e : entries) {
        ids << e.recordId;
    }
    return ids;
}
} // namespace

TEST_CASE("The audit trail is queried by type, record and date range, newest first", "[audit]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("audit.db")));
    // Loading the official lists already wrote entries; count from a clean point.
    auto before = AuditLog::count(*db, {});
    REQUIRE_OK(before);
    writeTrail(*db);
    CHECK(AuditLog::count(*db, {}).value() == before.value() + 5);

    AuditFilter meetings;
    meetings.table = QStringLiteral("meeting");
    auto all = AuditLog::query(*db, meetings);
    REQUIRE_OK(all);
    CHECK(recordIds(*all) == QList<qint64>{2, 1, 1});
    CHECK(all->at(1).field == QStringLiteral("topic"));
    CHECK(all->at(1).oldValue == QStringLiteral("旧议题"));
    CHECK(all->at(1).newValue == QStringLiteral("新议题"));
    CHECK(all->at(0).actor == QStringLiteral("clerk (王秀英)"));
    CHECK(all->at(0).at == at(2, 28, 23));

    AuditFilter one = meetings;
    one.recordId = 1;
    CHECK(AuditLog::count(*db, one).value() == 2);

    // February, both ends inclusive (the entry at 23:00 on the 28th counts).
    AuditFilter february;
    february.from = QDate(2025, 2, 1);
    february.to = QDate(2025, 2, 28);
    auto feb = AuditLog::query(*db, february);
    REQUIRE_OK(feb);
    CHECK(recordIds(*feb) == QList<qint64>{2, 1});

    AuditFilter fromMarch;
    fromMarch.from = QDate(2025, 3, 1);
    fromMarch.to = QDate(2025, 12, 31);
    auto march = AuditLog::query(*db, fromMarch);
    REQUIRE_OK(march);
    REQUIRE(march->size() == 2);
    CHECK(march->at(0).table == QStringLiteral("app_lock"));
    CHECK(march->at(1).table == QStringLiteral("member"));

    // Pages: two at a time, newest first, without overlap.
    auto page1 = AuditLog::query(*db, meetings, 2, 0);
    auto page2 = AuditLog::query(*db, meetings, 2, 2);
    REQUIRE_OK(page1);
    REQUIRE_OK(page2);
    CHECK(page1->size() == 2);
    REQUIRE(page2->size() == 1);
    CHECK(page2->first().id < page1->last().id);

    auto tables = AuditLog::tables(*db);
    REQUIRE_OK(tables);
    CHECK(tables->contains(QStringLiteral("meeting")));
    CHECK(tables->contains(QStringLiteral("app_lock")));
    CHECK(tables->indexOf(QStringLiteral("app_lock")) < tables->indexOf(QStringLiteral("member")));
}

TEST_CASE("The audit trail names known record types, actions and fields", "[audit]")
{
    CHECK(AuditText::typeName(QStringLiteral("meeting")) == QStringLiteral("Meeting"));
    CHECK(AuditText::typeName(QStringLiteral("app_lock")) == QStringLiteral("App password"));
    CHECK(AuditText::typeName(QStringLiteral("something_else")) ==
          QStringLiteral("something_else"));
    CHECK(AuditText::actionName(QStringLiteral("delete")) == QStringLiteral("Deleted"));
    CHECK(AuditText::fieldName(QStringLiteral("member"), QStringLiteral("name")) ==
          QStringLiteral("Name"));
    CHECK(AuditText::fieldName(QStringLiteral("app_lock"), QStringLiteral("idle_minutes")) ==
          QStringLiteral("Lock after (minutes)"));
}

TEST_CASE("The filtered audit trail exports to an XLSX workbook", "[audit][documents]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("audit.db")));
    writeTrail(*db);
    AuditFilter filter;
    filter.table = QStringLiteral("meeting");
    filter.recordId = 1;
    const QString path = dir.path(QStringLiteral("trail.xlsx"));
    REQUIRE_OK(AuditLogExport::save(*db, filter, path));

    const QStringList cells = documents_test::xlsxCells(path);
    INFO(cells.join(QLatin1Char('\n')).toStdString());
    CHECK(cells.contains(QStringLiteral("Audit log!A1=When")));
    CHECK(cells.contains(QStringLiteral("Audit log!H1=New value")));
    // Newest first: the change to the topic, then the insert.
    CHECK(cells.contains(QStringLiteral("Audit log!A2=2025-02-10 10:00:00")));
    CHECK(cells.contains(QStringLiteral("Audit log!C2=Meeting")));
    CHECK(cells.contains(QStringLiteral("Audit log!D2=1")));
    CHECK(cells.contains(QStringLiteral("Audit log!E2=Changed")));
    CHECK(cells.contains(QStringLiteral("Audit log!G2=旧议题")));
    CHECK(cells.contains(QStringLiteral("Audit log!H2=新议题")));
    CHECK(cells.contains(QStringLiteral("Audit log!E3=Added")));
    CHECK_FALSE(cells.join(QLatin1Char('\n')).contains(QStringLiteral("A4=")));
}
