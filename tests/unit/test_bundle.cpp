#include "TestSupport.h"

#include "committee/CommitteeProfile.h"
#include "documents/ZipArchive.h"
#include "documents/quarterly/QuarterlySheets.h"
#include "exchange/BundleExport.h"
#include "exchange/BundleReader.h"
#include "exchange/RecordExchange.h"
#include "ledger/DemoData.h"
#include "ledger/LedgerTypes.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace committee;

namespace {

const QDate summerFrom(2026, 7, 1);
const QDate summerTo(2026, 9, 30);

// A committee with a year of demo records up to the end of the third quarter of 2026, and
// that quarter's sheet saved.
std::unique_ptr<Database> committeeWithRecords(const testing::Scratch &dir)
{
    auto db = testing::openSeeded(dir.path(QStringLiteral("committee.db")));
    REQUIRE_OK(CommitteeProfile(*db).save(DemoCommittee::profile(), DemoCommittee::members()));
    REQUIRE_OK(DemoData::fill(*db, 1, QDate(2026, 9, 30)));
    QuarterlySheets sheets(*db);
    auto sheet = sheets.draft(2026, 3, QDate(2026, 9, 28));
    REQUIRE_OK(sheet);
    sheet->values.insert(QStringLiteral("progress"),
                         QStringLiteral("本季度召开居民代表会议三次。"));
    sheet->values.insert(QStringLiteral("status"), QStringLiteral("正常推进"));
    REQUIRE_OK(sheets.save(sheet.value()));
    return db;
}

BundleOptions summer()
{
    return BundleOptions{summerFrom, summerTo};
}

QList<ZipArchive::Entry> entriesOf(const QByteArray &zip)
{
    // Read through the reader (trusted here) and repack: a tampered copy made this way has
    // valid zip checksums, so only the bundle's own checks can catch it.
    auto bundle = BundleReader::read(zip);
    REQUIRE_OK(bundle);
    QList<ZipArchive::Entry> entries;
    const QByteArray manifest = bundle->manifest.toJson();
    entries << ZipArchive::Entry{BundleManifest::fileName(), manifest};
    entries << ZipArchive::Entry{BundleManifest::digestFileName(),
                                 BundleManifest::sha256(manifest).toLatin1() + '\n'};
    for (auto it = bundle->files.cbegin(); it != bundle->files.cend(); ++it) {
        entries << ZipArchive::Entry{it.key(), it.value()};
    }
    return entries;
}

QByteArray repack(const QList<ZipArchive::Entry> &entries)
{
    auto zip = ZipArchive::write(entries);
    REQUIRE_OK(zip);
    return zip.value();
}

void replaceEntry(QList<ZipArchive::Entry> &entries, const QString &name, const QByteArray &data)
{
    for (ZipArchive::Entry &e : entries) {
        if (e.name == name) {
            e.data = data;
            return;
        }
    }
    FAIL("no entry " << name.toStdString());
}

QString refusal(const QByteArray &data, const QString &password = {},
                const BundleLimits &limits = {})
{
    auto bundle = BundleReader::read(data, password, limits);
    REQUIRE_FALSE(bundle.ok());
    return bundle.error().message;
}

} // namespace

TEST_CASE("A bundle holds the period's records, documents and a manifest of hashes", "[bundle]")
{
    testing::Scratch dir;
    auto db = committeeWithRecords(dir);
    auto bytes = BundleExport::build(*db, summer());
    REQUIRE_OK(bytes);
    auto bundle = BundleReader::read(bytes.value());
    REQUIRE_OK(bundle);
    const BundleManifest &m = bundle->manifest;
    CHECK(m.formatVersion == 1);
    CHECK(m.committeeName == DemoCommittee::profile().text(QStringLiteral("name")));
    CHECK(m.committeeUid == CommitteeProfile(*db).uid().value());
    CHECK(m.committeeUid.size() == 32);
    CHECK(m.from == summerFrom);
    CHECK(m.to == summerTo);
    CHECK_FALSE(m.sensitiveIncluded);
    CHECK_FALSE(bundle->encrypted);

    // Every ledger type has its JSON; the quarter's sheet and the year's books are there.
    for (const RecordType *type : LedgerTypes::all()) {
        CHECK(bundle->files.contains(QStringLiteral("records/%1.json").arg(type->id)));
    }
    CHECK(bundle->files.contains(QStringLiteral("records/agenda_item.json")));
    CHECK(bundle->files.contains(QStringLiteral("documents/quarterly-2026-Q3.pdf")));
    CHECK(bundle->files.contains(QStringLiteral("documents/logbook-committee-2026.pdf")));
    CHECK(bundle->files.contains(QStringLiteral("ledgers/assistance-2026.xlsx")));
    CHECK(
        bundle->files.value(QStringLiteral("documents/quarterly-2026-Q3.pdf")).startsWith("%PDF"));
    CHECK(bundle->files.value(QStringLiteral("ledgers/assistance-2026.xlsx")).startsWith("PK"));
    CHECK(m.files.size() == bundle->files.size());

    // The meetings are exactly those held in the quarter.
    const QJsonArray meetings =
        QJsonDocument::fromJson(bundle->files.value(QStringLiteral("records/meeting.json")))
            .array();
    auto expected = Sql::scalar(*db, QStringLiteral("SELECT count(*) FROM meeting WHERE held_on "
                                                    "BETWEEN '2026-07-01' AND '2026-09-30' AND "
                                                    "deleted_at IS NULL"));
    REQUIRE(expected->toInt() > 0);
    CHECK(meetings.size() == expected->toInt());
    for (const QJsonValue &v : meetings) {
        const QString day = v[QStringLiteral("held_on")].toString();
        CHECK(day >= QStringLiteral("2026-07-01"));
        CHECK(day <= QStringLiteral("2026-09-30"));
    }
    // Sensitive fields stay out unless asked for.
    const QJsonArray cases =
        QJsonDocument::fromJson(bundle->files.value(QStringLiteral("records/triage_case.json")))
            .array();
    for (const FieldSpec &f : LedgerTypes::triageCase().fields) {
        if (f.sensitive) {
            for (const QJsonValue &v : cases) {
                CHECK_FALSE(v.toObject().contains(f.key));
            }
        }
    }
}

TEST_CASE("The bundle's file name names the committee and the period", "[bundle]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("c.db")));
    REQUIRE_OK(CommitteeProfile(*db).save(DemoCommittee::profile(), DemoCommittee::members()));
    const QString name = DemoCommittee::profile().text(QStringLiteral("name"));
    CHECK(BundleExport::suggestedFileName(*db, summerFrom, summerTo).value() ==
          name + QStringLiteral("-2026Q3.cdx"));
    CHECK(BundleExport::suggestedFileName(*db, QDate(2026, 1, 1), QDate(2026, 12, 31)).value() ==
          name + QStringLiteral("-2026.cdx"));
    CHECK(BundleExport::suggestedFileName(*db, QDate(2026, 1, 1), QDate(2026, 6, 30)).value() ==
          name + QStringLiteral("-20260101-20260630.cdx"));
    CHECK(BundleExport::quarterStart(QDate(2026, 11, 23)) == QDate(2026, 10, 1));
    CHECK(BundleExport::quarterEnd(QDate(2026, 11, 23)) == QDate(2026, 12, 31));
}

TEST_CASE("Every kind of tampering is refused with its own message", "[bundle]")
{
    testing::Scratch dir;
    auto db = committeeWithRecords(dir);
    auto built = BundleExport::build(*db, summer());
    REQUIRE_OK(built);
    const QByteArray good = built.value();
    REQUIRE(BundleReader::read(good).ok());

    SECTION("one changed byte in each kind of entry")
    {
        const QStringList names = {QStringLiteral("records/meeting.json"),
                                   QStringLiteral("documents/quarterly-2026-Q3.pdf"),
                                   QStringLiteral("ledgers/assistance-2026.xlsx")};
        for (const QString &name : names) {
            QList<ZipArchive::Entry> entries = entriesOf(good);
            auto bundle = BundleReader::read(good);
            QByteArray data = bundle->files.value(name);
            data[data.size() / 2] = char(data[data.size() / 2] ^ 0x01);
            replaceEntry(entries, name, data);
            const QString message = refusal(repack(entries));
            INFO(message.toStdString());
            CHECK(message.contains(name));
            CHECK(message.contains(QStringLiteral("checksum")));
        }
    }
    SECTION("one flipped byte in the file itself")
    {
        // Flipped in the stored PDF's bytes inside the zip: the zip's own CRC or our hash
        // catches it, and the message names the file.
        const QByteArray marker = "%PDF";
        const qsizetype at = good.indexOf(marker);
        REQUIRE(at > 0);
        QByteArray bad = good;
        bad[at + 200] = char(bad[at + 200] ^ 0x40);
        const QString message = refusal(bad);
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("documents/")));
    }
    SECTION("a changed manifest")
    {
        QList<ZipArchive::Entry> entries = entriesOf(good);
        QByteArray manifest = entries[0].data;
        manifest.replace("\"to\":\"2026-09-30\"", "\"to\":\"2026-12-31\"");
        replaceEntry(entries, BundleManifest::fileName(), manifest);
        CHECK(refusal(repack(entries)) ==
              QStringLiteral("The bundle's manifest has been changed after the bundle was made."));
    }
    SECTION("a path that leaves the folder")
    {
        for (const QString &evil :
             {QStringLiteral("../evil.txt"), QStringLiteral("/etc/evil"),
              QStringLiteral("records/../../evil"), QStringLiteral("C:\\evil.txt")}) {
            QList<ZipArchive::Entry> entries = entriesOf(good);
            entries << ZipArchive::Entry{evil, "x"};
            const QString message = refusal(repack(entries));
            INFO(message.toStdString());
            CHECK(message.contains(QStringLiteral("leaves its folder")));
        }
    }
    SECTION("a file the manifest does not list")
    {
        QList<ZipArchive::Entry> entries = entriesOf(good);
        entries << ZipArchive::Entry{QStringLiteral("records/extra.json"), "[]"};
        CHECK(refusal(repack(entries)).contains(QStringLiteral("does not list")));
    }
    SECTION("a truncated file")
    {
        CHECK(refusal(good.left(good.size() / 2)).contains(QStringLiteral("incomplete")));
        CHECK(refusal(good.left(good.size() - 10)).contains(QStringLiteral("incomplete")));
    }
    SECTION("an unknown format version")
    {
        QList<ZipArchive::Entry> entries = entriesOf(good);
        QByteArray manifest = entries[0].data;
        manifest.replace("\"format_version\":1", "\"format_version\":2");
        replaceEntry(entries, BundleManifest::fileName(), manifest);
        replaceEntry(entries, BundleManifest::digestFileName(),
                     BundleManifest::sha256(manifest).toLatin1());
        CHECK(refusal(repack(entries)).contains(QStringLiteral("format version 2")));
    }
    SECTION("entries over the size limit or compressed beyond reason")
    {
        BundleLimits small;
        small.maxEntrySize = 1000;
        CHECK(refusal(good, {}, small).contains(QStringLiteral("more than")));

        QList<ZipArchive::Entry> entries = entriesOf(good);
        entries << ZipArchive::Entry{QStringLiteral("records/zeros.json"),
                                     QByteArray(8 * 1024 * 1024, '\0')};
        CHECK(refusal(repack(entries)).contains(QStringLiteral("zip bomb")));
    }
    SECTION("not a bundle at all")
    {
        CHECK(refusal(QByteArray("just some text")).contains(QStringLiteral("not a bundle")));
        CHECK(refusal(repack({{QStringLiteral("hello.txt"), "hi"}}))
                  .contains(QStringLiteral("no manifest.json")));
    }
}

TEST_CASE("Sensitive fields travel only in an encrypted bundle", "[bundle]")
{
    testing::Scratch dir;
    auto db = committeeWithRecords(dir);
    BundleOptions options = summer();
    options.includeSensitive = true;
    CHECK(BundleExport::build(*db, options).error().kind == Error::Kind::Invalid);
    options.password = QStringLiteral("村委会2026");
    auto sealed = BundleExport::build(*db, options);
    REQUIRE_OK(sealed);
    CHECK_FALSE(sealed->startsWith("PK"));
    CHECK(sealed->indexOf("records/") < 0); // nothing readable without the password

    CHECK(refusal(sealed.value()) ==
          QStringLiteral("The bundle is encrypted: it needs its password."));
    CHECK(refusal(sealed.value(), QStringLiteral("wrong")) ==
          QStringLiteral("The password is wrong."));
    QByteArray flipped = sealed.value();
    flipped[flipped.size() - 40] = char(flipped[flipped.size() - 40] ^ 0x01);
    CHECK(
        refusal(flipped, options.password).contains(QStringLiteral("damaged or has been changed")));
    CHECK(refusal(sealed->left(sealed->size() - 100), options.password)
              .contains(QStringLiteral("damaged")));

    auto bundle = BundleReader::read(sealed.value(), options.password);
    REQUIRE_OK(bundle);
    CHECK(bundle->encrypted);
    CHECK(bundle->manifest.sensitiveIncluded);
    const QByteArray cases = bundle->files.value(QStringLiteral("records/triage_case.json"));
    bool anySensitive = false;
    for (const FieldSpec &f : LedgerTypes::triageCase().fields) {
        anySensitive = anySensitive || (f.sensitive && cases.contains(f.key.toUtf8()));
    }
    CHECK(anySensitive);
}

TEST_CASE("Writing a bundle reads it back, and a failed or cancelled write leaves no file",
          "[bundle]")
{
    testing::Scratch dir;
    auto db = committeeWithRecords(dir);
    const QString target = dir.path(QStringLiteral("out/bundle.cdx"));
    QDir().mkpath(dir.path(QStringLiteral("out")));

    auto manifest = BundleExport::write(*db, summer(), target);
    REQUIRE_OK(manifest);
    CHECK(BundleReader::readFile(target).ok());

    QFile::remove(target);
    int calls = 0;
    auto cancelled = BundleExport::write(*db, summer(), target,
                                         [&](int, int, const QString &) { return ++calls < 5; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == Error::Kind::Cancelled);
    CHECK(QDir(dir.path(QStringLiteral("out"))).entryList(QDir::Files).isEmpty());

    // Cancelled while the books' pages are being made on their threads: they are waited
    // for, and nothing is written.
    bool sawLayout = false;
    auto lateCancel =
        BundleExport::write(*db, summer(), target, [&](int, int, const QString &step) {
            sawLayout = sawLayout || step.contains(QStringLiteral("Laying"));
            return !sawLayout;
        });
    REQUIRE_FALSE(lateCancel.ok());
    CHECK(lateCancel.error().kind == Error::Kind::Cancelled);
    CHECK(sawLayout);
    CHECK(QDir(dir.path(QStringLiteral("out"))).entryList(QDir::Files).isEmpty());

    auto missingFolder =
        BundleExport::write(*db, summer(), dir.path(QStringLiteral("gone/bundle.cdx")));
    REQUIRE_FALSE(missingFolder.ok());
    CHECK(missingFolder.error().message.contains(QStringLiteral("no longer there")));
}
