// Every document of the catalogue against its golden file: the filled HTML, and the cells of
// the workbooks. COMMITTEE_UPDATE_GOLDEN=1 rewrites the files after a deliberate change.
#include "test_documents_support.h"

#include "documents/DocumentExport.h"
#include "documents/Documents.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QDate>

using namespace committee;
using namespace documents_test;

TEST_CASE("Filled HTML matches the golden files", "[documents][golden]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("g.db")));
    saveKnownSheet(*db);
    const Ids ids = knownIds(*db);
    auto htmlOf = [&](const QString &id, const DocumentRequest &request) {
        auto bytes = DocumentExport::render(*db, id, request, DocumentExport::Format::Html);
        REQUIRE_OK(bytes);
        return normalisedHtml(QString::fromUtf8(bytes.value()));
    };
    // The saved sheet carries the day it was saved on; pin it.
    const QString sheet = htmlOf(QStringLiteral("quarterly"), quarter2024Q1());
    checkGolden(QStringLiteral("quarterly_2024q1.html"), sheet);
    DocumentRequest year;
    year.year = 2024;
    checkGolden(QStringLiteral("logbook_committee_2024.html"),
                htmlOf(QStringLiteral("logbook-committee"), year));
    DocumentRequest declined;
    declined.recordId = ids.declinedRequest;
    declined.issuedOn = QDate(2024, 2, 3);
    checkGolden(QStringLiteral("notice_decline.html"),
                htmlOf(QStringLiteral("notice-decline"), declined));

    // The other documents of the catalogue, each against its own file. The notices carry
    // the day they are issued on; pin it.
    DocumentRequest disclosure;
    disclosure.recordId = ids.financeDisclosure;
    disclosure.issuedOn = QDate(2024, 1, 15);
    DocumentRequest commitments = year;
    commitments.issuedOn = QDate(2024, 1, 20);
    const QList<std::pair<QString, DocumentRequest>> others = {
        {QStringLiteral("quarterly-annex"), quarter2024Q1()},
        {QStringLiteral("logbook-consultation"), year},
        {QStringLiteral("logbook-supervision"), year},
        {QStringLiteral("logbook-decisions"), year},
        {QStringLiteral("logbook-assistance"), year},
        {QStringLiteral("logbook-outside-list"), year},
        {QStringLiteral("notice-disclosure"), disclosure},
        {QStringLiteral("notice-commitments"), commitments},
    };
    for (const auto &[id, request] : others) {
        INFO("document " << id.toStdString());
        QString name = id;
        checkGolden(name.replace(QLatin1Char('-'), QLatin1Char('_')) + QStringLiteral(".html"),
                    htmlOf(id, request));
    }
    // Every document of the committee's catalogue has its golden file; the township's
    // summary has its own in the township tests.
    QStringList covered = {QStringLiteral("quarterly"), QStringLiteral("logbook-committee"),
                           QStringLiteral("notice-decline"), QStringLiteral("township-quarterly")};
    for (const auto &other : others) {
        covered << other.first;
    }
    for (const DocumentSpec &spec : Documents::all()) {
        INFO("document " << spec.id.toStdString());
        CHECK(covered.contains(spec.id));
    }
}

TEST_CASE("XLSX cells match the golden files", "[documents][golden]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("x.db")));
    saveKnownSheet(*db);
    const QString sheet = dir.path(QStringLiteral("q.xlsx"));
    REQUIRE_OK(DocumentExport::save(*db, QStringLiteral("quarterly"), quarter2024Q1(), sheet));
    keep(sheet);
    const QStringList cells = xlsxCells(sheet);
    // Labels beside their values, as on the form, under the sheet's two title rows.
    CHECK(cells.contains(QStringLiteral("附件2!A6=镇街")));
    CHECK(cells.contains(QStringLiteral("附件2!B6=青枫街道")));
    CHECK(cells.contains(QStringLiteral("附件2!C6=填报时间")));
    CHECK(cells.contains(QStringLiteral("附件2!D6=2024-03-28 [yyyy\"年\"m\"月\"d\"日\"]")));
    CHECK(cells.contains(QStringLiteral("附件2!C10=联系电话")));
    CHECK(cells.contains(QStringLiteral("附件2!D10=023-67001234"))); // a phone stays text
    checkGolden(QStringLiteral("quarterly_2024q1.xlsx.txt"),
                cells.join(QLatin1Char('\n')) + QLatin1Char('\n'));

    const QString ledger = dir.path(QStringLiteral("a.xlsx"));
    DocumentRequest year;
    year.year = 2024;
    REQUIRE_OK(DocumentExport::save(*db, QStringLiteral("logbook-assistance"), year, ledger));
    checkGolden(QStringLiteral("assistance_2024.xlsx.txt"),
                xlsxCells(ledger).join(QLatin1Char('\n')) + QLatin1Char('\n'));
    // A document that is not a table is not offered as a workbook.
    CHECK_FALSE(DocumentExport::save(*db, QStringLiteral("logbook-committee"), year,
                                     dir.path(QStringLiteral("c.xlsx")))
                    .ok());
}
