#include "exchange/BundleExport.h"

#include "committee/CommitteeProfile.h"
#include "common/AppInfo.h"
#include "common/AtomicFile.h"
#include "common/Period.h"
#include "documents/DocumentExport.h"
#include "documents/Documents.h"
#include "documents/PdfRenderers.h"
#include "documents/ZipArchive.h"
#include "documents/quarterly/QuarterlySheets.h"
#include "exchange/BundleCrypto.h"
#include "exchange/BundleReader.h"
#include "exchange/RecordExchange.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <optional>
#include <vector>

namespace committee {

namespace {

struct PlannedFile {
    QString name;
    QString step; // what the progress dialog says meanwhile
    std::function<Result<QByteArray>()> make = {};
    // A PDF: filled here (it reads the database, whose connection belongs to this thread),
    // then laid out and written on a thread of its own, which needs no database.
    std::function<Result<FilledDocument>()> fillPdf = {};
};

Error cancelled()
{
    return {Error::Kind::Cancelled, BundleExport::tr("The export was cancelled.")};
}

// Records dated in the period, every undated record (standing registers such as the
// supervisory committee's members), and the children of the records taken.
Result<QList<Record>> periodRecords(Database &db, const RecordType &type, const QDate &from,
                                    const QDate &to)
{
    auto all = RecordRepository(db).list(type, RecordQuery{});
    if (!all) {
        return all.error();
    }
    if (type.dateKey.isEmpty()) {
        return all;
    }
    QList<Record> taken;
    for (const Record &r : all.value()) {
        const QDate day = r.value(type.dateKey).toDate();
        if (day.isValid() && day >= from && day <= to) {
            taken << r;
        }
    }
    return taken;
}

Result<QList<Record>> childRecords(Database &db, const RecordType &type,
                                   const QList<Record> &parents)
{
    QList<Record> children;
    for (const Record &parent : parents) {
        RecordQuery query;
        query.parentId = parent.id;
        auto some = RecordRepository(db).list(type, query);
        if (!some) {
            return some.error();
        }
        children += some.value();
    }
    return children;
}

QList<PlannedFile> recordFiles(Database &db, const BundleOptions &options)
{
    QList<PlannedFile> files;
    ExchangeOptions exchange;
    exchange.includeSensitive = options.includeSensitive;
    QList<const RecordType *> types = LedgerTypes::all();
    types << &QuarterlySheets::type();
    for (const RecordType *type : types) {
        if (!type->parentKey.isEmpty()) {
            continue; // written with their parents below
        }
        files << PlannedFile{
            QStringLiteral("records/%1.json").arg(type->id),
            BundleExport::tr("Records: %1")
                .arg(QCoreApplication::translate("committee::Fields", type->plural)),
            [&db, type, options, exchange]() -> Result<QByteArray> {
                Result<QList<Record>> records =
                    type->id == QuarterlySheets::type().id
                        ? RecordRepository(db).list(*type, RecordQuery{})
                        : periodRecords(db, *type, options.from, options.to);
                if (!records) {
                    return records.error();
                }
                if (type->id == QuarterlySheets::type().id) {
                    QList<Record> inPeriod;
                    for (const Record &r : records.value()) {
                        const QDate start = Quarter(r.value(QStringLiteral("year")).toInt(),
                                                    r.value(QStringLiteral("quarter")).toInt())
                                                .first();
                        if (start.isValid() && start >= Quarter::fromDate(options.from).first() &&
                            start <= options.to) {
                            inPeriod << r;
                        }
                    }
                    records = inPeriod;
                }
                return RecordExchange::recordsToJson(*type, records.value(), exchange);
            }};
    }
    // Agenda items go with the meetings of the period.
    files << PlannedFile{
        QStringLiteral("records/%1.json").arg(LedgerTypes::agendaItem().id),
        BundleExport::tr("Records: %1")
            .arg(
                QCoreApplication::translate("committee::Fields", LedgerTypes::agendaItem().plural)),
        [&db, options, exchange]() -> Result<QByteArray> {
            auto meetings = periodRecords(db, LedgerTypes::meeting(), options.from, options.to);
            if (!meetings) {
                return meetings.error();
            }
            auto items = childRecords(db, LedgerTypes::agendaItem(), meetings.value());
            if (!items) {
                return items.error();
            }
            return RecordExchange::recordsToJson(LedgerTypes::agendaItem(), items.value(),
                                                 exchange);
        }};
    return files;
}

Result<QList<PlannedFile>> documentFiles(Database &db, const BundleOptions &options)
{
    QList<PlannedFile> files;
    // The quarterly sheets the committee has made for the quarters of the period.
    for (Quarter q = Quarter::fromDate(options.from); q.first() <= options.to; q = q.next()) {
        auto sheet = QuarterlySheets(db).find(q.year(), q.number());
        if (!sheet) {
            return sheet.error();
        }
        if (!sheet->has_value()) {
            continue;
        }
        DocumentRequest request;
        request.year = q.year();
        request.quarter = q.number();
        files << PlannedFile{
            QStringLiteral("documents/quarterly-%1-Q%2.pdf").arg(q.year()).arg(q.number()),
            BundleExport::tr("Quarterly sheet %1 Q%2").arg(q.year()).arg(q.number()),
            {},
            [&db, request]() {
                return Documents::fill(db, QStringLiteral("quarterly"), request);
            }};
    }
    // The logbooks cover whole years: one book per kind over the years of the period.
    DocumentRequest years;
    years.year = options.from.year();
    years.lastYear = options.to.year() > options.from.year() ? options.to.year() : 0;
    const QString span = years.lastYear
                             ? QStringLiteral("%1-%2").arg(years.year).arg(years.lastYear)
                             : QString::number(years.year);
    for (const QString &kind : Documents::logbookKinds()) {
        const QString id = Documents::logbookId(kind);
        const DocumentSpec *spec = Documents::byId(id);
        const QString title = Documents::name(*spec);
        files << PlannedFile{QStringLiteral("documents/logbook-%1-%2.pdf").arg(kind, span),
                             title,
                             {},
                             [&db, id, years]() {
                                 return Documents::fill(db, id, years);
                             }};
        if (spec->tabular) {
            files << PlannedFile{
                QStringLiteral("ledgers/%1-%2.xlsx").arg(kind, span), title, [&db, id, years]() {
                    return DocumentExport::render(db, id, years, DocumentExport::Format::Xlsx);
                }};
        }
    }
    return files;
}

} // namespace

QDate BundleExport::quarterStart(const QDate &day)
{
    return Quarter::fromDate(day).first();
}

QDate BundleExport::quarterEnd(const QDate &day)
{
    return Quarter::fromDate(day).last();
}

Result<QString> BundleExport::suggestedFileName(Database &db, const QDate &from, const QDate &to)
{
    auto profile = CommitteeProfile(db).load();
    if (!profile) {
        return profile.error();
    }
    QString name = profile->has_value() ? profile->value().text(QStringLiteral("name")) : QString();
    // Characters no file system on a stick accepts.
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])"));
    name.replace(unsafe, QStringLiteral("_"));
    if (name.trimmed().isEmpty()) {
        name = QStringLiteral("committee");
    }
    return QStringLiteral("%1-%2.cdx").arg(name.trimmed(), Period(from, to).code());
}

Result<QByteArray> BundleExport::build(Database &db, const BundleOptions &options,
                                       const BundleProgress &progress)
{
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from) {
        return Error{Error::Kind::Invalid, tr("The period is wrong: the first day must come "
                                              "before the last.")};
    }
    if (options.includeSensitive && options.password.isEmpty()) {
        return Error{Error::Kind::Invalid,
                     tr("A bundle with sensitive fields needs a password to encrypt it.")};
    }
    auto profile = CommitteeProfile(db).load();
    if (!profile) {
        return profile.error();
    }
    if (!profile->has_value()) {
        return Error{Error::Kind::Invalid, tr("Set up the committee first: the township needs "
                                              "to know whose records these are.")};
    }
    auto uid = CommitteeProfile(db).uid();
    if (!uid) {
        return uid.error();
    }
    const Record &committee = profile->value();

    QList<PlannedFile> planned = recordFiles(db, options);
    auto documents = documentFiles(db, options);
    if (!documents) {
        return documents.error();
    }
    planned += documents.value();
    const int total = int(planned.size()) + 2;

    BundleManifest manifest;
    manifest.appVersion = AppInfo::version();
    manifest.committeeUid = uid.value();
    manifest.committeeName = committee.text(QStringLiteral("name"));
    manifest.committeeKind = committee.text(QStringLiteral("kind"));
    manifest.township = committee.text(QStringLiteral("township"));
    manifest.district = committee.text(QStringLiteral("district"));
    manifest.from = options.from;
    manifest.to = options.to;
    manifest.createdAt =
        QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc());
    manifest.sensitiveIncluded = options.includeSensitive;

    // The files in the bundle's order; PDFs arrive from their threads.
    std::vector<std::optional<QByteArray>> made(planned.size());
    PdfRenderers renderers;
    int done = 0;
    for (int i = 0; i < int(planned.size()); ++i) {
        const PlannedFile &file = planned[i];
        if (progress && !progress(done, total, file.step)) {
            return cancelled();
        }
        if (file.fillPdf) {
            auto filled = file.fillPdf();
            if (!filled) {
                return Error{filled.error().kind,
                             tr("%1 could not be made: %2").arg(file.name, filled.error().message)};
            }
            renderers.start(i, std::move(filled).value());
        } else {
            auto bytes = file.make();
            if (!bytes) {
                return Error{bytes.error().kind,
                             tr("%1 could not be made: %2").arg(file.name, bytes.error().message)};
            }
            made[i] = std::move(bytes).value();
        }
        ++done;
    }
    if (!renderers.finishAll(
            [&] { return !progress || progress(done, total, tr("Laying out the documents")); })) {
        return cancelled();
    }
    for (auto &[index, bytes] : renderers.done()) {
        if (!bytes) {
            return Error{
                bytes.error().kind,
                tr("%1 could not be made: %2").arg(planned[index].name, bytes.error().message)};
        }
        made[index] = bytes.value();
    }

    QList<ZipArchive::Entry> entries;
    for (int i = 0; i < int(planned.size()); ++i) {
        const QString &name = planned[i].name;
        const QByteArray &bytes = *made[i];
        manifest.files << BundleManifest::File{name, bytes.size(), BundleManifest::sha256(bytes)};
        entries << ZipArchive::Entry{name, bytes,
                                     name.endsWith(QLatin1String(".pdf")) ||
                                         name.endsWith(QLatin1String(".xlsx"))};
    }
    if (progress && !progress(done, total, tr("Packing the bundle"))) {
        return cancelled();
    }
    const QByteArray manifestJson = manifest.toJson();
    entries.prepend(ZipArchive::Entry{BundleManifest::digestFileName(),
                                      BundleManifest::sha256(manifestJson).toLatin1() + '\n'});
    entries.prepend(ZipArchive::Entry{BundleManifest::fileName(), manifestJson});
    auto zip = ZipArchive::write(entries);
    if (!zip) {
        return zip.error();
    }
    if (!options.includeSensitive) {
        return zip;
    }
    if (progress && !progress(done + 1, total, tr("Encrypting"))) {
        return cancelled();
    }
    return BundleCrypto::encrypt(zip.value(), options.password);
}

Result<BundleManifest> BundleExport::write(Database &db, const BundleOptions &options,
                                           const QString &path, const BundleProgress &progress)
{
    auto bytes = build(db, options, progress);
    if (!bytes) {
        return bytes.error();
    }
    const QString writing = tr("Writing %1").arg(QDir::toNativeSeparators(path));
    Status written = AtomicFile::write(path, bytes.value(), [&](qint64 n, qint64 total) {
        return !progress || progress(int(n * 100 / qMax<qint64>(total, 1)), 100, writing);
    });
    if (!written) {
        return written.error();
    }
    if (progress && !progress(100, 100, tr("Checking the written file"))) {
        QFile::remove(path);
        return cancelled();
    }
    // What matters is what landed on the stick: read it back, check every hash.
    auto check = BundleReader::readFile(path, options.password);
    if (!check) {
        QFile::remove(path);
        return Error{Error::Kind::Io,
                     tr("The bundle was written but reads back wrong (%1); it was removed. The "
                        "stick may be faulty: try another one.")
                         .arg(check.error().message)};
    }
    return check->manifest;
}

} // namespace committee
