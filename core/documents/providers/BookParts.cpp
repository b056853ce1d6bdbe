#include "documents/providers/BookParts.h"

#include "documents/DocumentContext.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"

#include <QDate>
#include <algorithm>

namespace committee {

namespace {

QDate dateOf(const RecordType &type, const Record &record)
{
    if (type.dateKey.isEmpty()) {
        return {};
    }
    const QVariant v = DocumentContext::printedValues(record).value(type.dateKey);
    return v.typeId() == QMetaType::QDate ? v.toDate()
                                          : QDate::fromString(v.toString(), Qt::ISODate);
}

QString subjectOf(const RecordType &type, const QVariantMap &values)
{
    for (const FieldSpec &f : type.fields) {
        if (f.kind == FieldKind::Text && f.required) {
            return values.value(f.key).toString();
        }
    }
    return {};
}

} // namespace

BookBuilder::BookBuilder(const DocumentContext &context, const QString &book,
                         const DocumentRequest &request)
    : m_context(context), m_book(book), m_request(request)
{
    auto labels = context.wording(QStringLiteral("labels.json"));
    if (labels) {
        m_labels = labels.value();
    }
}

QString BookBuilder::phrase(const QString &key, const QVariantMap &values) const
{
    return m_context.phrase(key, values);
}

QVariantMap &BookBuilder::addSection(const QString &key)
{
    const QString title = m_context.words(m_labels.value(QStringLiteral("books"))
                                              .toObject()
                                              .value(m_book)
                                              .toObject()
                                              .value(QStringLiteral("sections"))
                                              .toObject()
                                              .value(key)
                                              .toString());
    const int number = int(m_sections.size()) + 1;
    const QString anchor = QStringLiteral("sec-%1").arg(number);
    m_sections.append({{QStringLiteral("key"), key},
                       {QStringLiteral("numeral"), DocumentContext::chineseNumber(number)},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("anchor"), anchor},
                       {QStringLiteral("none"), phrase(QStringLiteral("none"))}});
    m_contents.append(
        QVariantMap{{QStringLiteral("title"),
                     QStringLiteral("%1、%2").arg(DocumentContext::chineseNumber(number), title)},
                    {QStringLiteral("anchor"), anchor},
                    {QStringLiteral("section"), true}});
    return m_sections.last();
}

void BookBuilder::addEntry(const QString &title, const QString &anchor)
{
    m_contents.append(QVariantMap{{QStringLiteral("title"), title},
                                  {QStringLiteral("anchor"), anchor},
                                  {QStringLiteral("section"), false}});
}

QVariantMap BookBuilder::finish(const QVariantMap &extra)
{
    const QString bookTitle = m_context.words(m_labels.value(QStringLiteral("books"))
                                                  .toObject()
                                                  .value(m_book)
                                                  .toObject()
                                                  .value(QStringLiteral("title"))
                                                  .toString());
    const QString years =
        firstYear() == lastYear()
            ? phrase(QStringLiteral("years_one"), {{QStringLiteral("year"), firstYear()}})
            : phrase(QStringLiteral("years_span"),
                     {{QStringLiteral("year"), firstYear()}, {QStringLiteral("last"), lastYear()}});
    QVariantList sections;
    for (const QVariantMap &s : std::as_const(m_sections)) {
        sections.append(s);
    }
    QVariantMap values = extra;
    values.insert(QStringLiteral("book_title"), bookTitle);
    values.insert(QStringLiteral("years"), years);
    values.insert(QStringLiteral("title"),
                  QStringLiteral("%1%2（%3）").arg(m_context.committeeName(), bookTitle, years));
    values.insert(QStringLiteral("contents"), m_contents);
    values.insert(QStringLiteral("sections"), sections);
    return values;
}

Result<QList<Record>> BookBuilder::records(const RecordType &type) const
{
    RecordRepository repo(m_context.db());
    QList<Record> all;
    if (type.dateKey.isEmpty() && !type.field(QStringLiteral("year"))) {
        auto rows = repo.list(type, RecordQuery{});
        if (!rows) {
            return rows.error();
        }
        all = rows.value();
    } else {
        for (int year = firstYear(); year <= lastYear(); ++year) {
            RecordQuery query;
            query.year = year;
            auto rows = repo.list(type, query);
            if (!rows) {
                return rows.error();
            }
            all += rows.value();
        }
    }
    std::stable_sort(all.begin(), all.end(), [&type](const Record &a, const Record &b) {
        const QDate da = dateOf(type, a);
        const QDate db = dateOf(type, b);
        return da != db ? da < db : a.id < b.id;
    });
    return all;
}

QVariantMap BookBuilder::recordRow(const RecordType &type, const Record &record, int number) const
{
    const QVariantMap v = DocumentContext::printedValues(record);
    QVariantMap cells;
    for (const FieldSpec &field : type.fields) {
        if (field.sensitive) { // the people in a case never go on paper from here
            continue;
        }
        cells.insert(field.key, field.kind == FieldKind::Date
                                    ? DocumentContext::shortDate(v.value(field.key))
                                    : m_context.display(type, field.key, v.value(field.key)));
    }
    cells.insert(QStringLiteral("number"), number);
    cells.insert(QStringLiteral("finalized"), record.isFinalized());
    return cells;
}

QString BookBuilder::referenceLabel(const QString &typeId, const QVariant &id) const
{
    const RecordType *type = LedgerTypes::byId(typeId);
    if (!type || id.isNull() || id.toLongLong() <= 0) {
        return {};
    }
    auto record = RecordRepository(m_context.db()).get(*type, id.toLongLong());
    if (!record) {
        return {};
    }
    const QVariantMap v = DocumentContext::printedValues(record.value());
    QString label = subjectOf(*type, v);
    if (!type->dateKey.isEmpty()) {
        label = DocumentContext::date(v.value(type->dateKey)) + QLatin1Char(' ') + label;
    }
    return label.trimmed();
}

namespace {
// More expected than this (three rows of places): the meeting signs a sign-in sheet of its
// own (签到表), and its page keeps to the named attendees, so the record and its signatures
// share a page and no page holds nothing but empty places.
constexpr int kMaxSignaturePlaces = 12;
} // namespace

QVariantList BookBuilder::signatureRows(const QStringList &names, int expected)
{
    // A place to sign for everyone expected: the attendees by name, then blank places up to
    // the number expected, four to a row. The keep-together group the page opened before its
    // resolutions (KeepTogether.h) ends with the last place, or, for a grid too long to
    // share a page with the record (a representatives' meeting), with its first two rows.
    constexpr int perRow = 4;
    // Nothing known of who was expected: two rows of blank places. A larger meeting (a
    // representatives' or residents' meeting) signs a separate sign-in sheet: only the named
    // attendees get places here, and the page says where the others signed.
    const int known = qMax(int(names.size()), expected > kMaxSignaturePlaces ? 0 : expected);
    const int places = known > 0 ? known : 2 * perRow;
    constexpr int keptWhole = 3 * perRow;
    const int keepEnd = places <= keptWhole ? places - 1 : 2 * perRow - 1;
    QVariantList rows;
    for (int first = 0; first < places; first += perRow) {
        QVariantList cells;
        for (int i = first; i < first + perRow; ++i) {
            cells.append(QVariantMap{{QStringLiteral("name"), names.value(i)},
                                     {QStringLiteral("last"), i == keepEnd}});
        }
        rows.append(QVariantMap{{QStringLiteral("cells"), cells}});
    }
    return rows;
}

Result<QVariantMap> BookBuilder::meetingPage(const Record &meeting, bool newPage)
{
    const RecordType &type = LedgerTypes::meeting();
    const QVariantMap v = DocumentContext::printedValues(meeting);
    QVariantMap page;
    for (const FieldSpec &field : type.fields) {
        page.insert(field.key, m_context.display(type, field.key, v.value(field.key)));
    }
    // Names in a row, as they are written on the paper page.
    page.insert(QStringLiteral("attendees"),
                v.value(QStringLiteral("attendees")).toStringList().join(QStringLiteral("、")));
    page.insert(QStringLiteral("observers"),
                v.value(QStringLiteral("observers")).toStringList().join(QStringLiteral("、")));
    const int members = v.value(QStringLiteral("members")).toInt();
    const int present = v.value(QStringLiteral("present")).toInt();
    page.insert(QStringLiteral("sign_rows"),
                signatureRows(v.value(QStringLiteral("attendees")).toStringList(), members));
    page.insert(QStringLiteral("sign_in_sheet"), members > kMaxSignaturePlaces);
    page.insert(QStringLiteral("ratio"),
                members > 0 ? QStringLiteral("%1%").arg(qRound(100.0 * present / members))
                            : QString());
    const QString kind = v.value(QStringLiteral("kind")).toString();
    page.insert(QStringLiteral("consultation"), kind == QLatin1String("consultation"));
    page.insert(QStringLiteral("catalogue"), referenceLabel(QStringLiteral("consultation_topic"),
                                                            v.value(QStringLiteral("topic_ref"))));
    const QDate day = dateOf(type, meeting);
    page.insert(QStringLiteral("year"), day.isValid() ? QString::number(day.year()) : QString());
    page.insert(QStringLiteral("anchor"), QStringLiteral("m-%1").arg(meeting.id));
    page.insert(QStringLiteral("new_page"), newPage);
    page.insert(QStringLiteral("finalized"), meeting.isFinalized());

    auto items = RecordRepository(m_context.db()).list(LedgerTypes::agendaItem(), meeting.id);
    if (!items) {
        return items.error();
    }
    QVariantList agenda;
    int number = 0;
    for (const Record &item : items.value()) {
        const bool voted = !item.value(QStringLiteral("votes_for")).isNull() ||
                           !item.value(QStringLiteral("votes_against")).isNull() ||
                           !item.value(QStringLiteral("votes_abstain")).isNull();
        agenda.append(QVariantMap{
            {QStringLiteral("number"), ++number},
            {QStringLiteral("title"), item.text(QStringLiteral("title"))},
            {QStringLiteral("voted"), voted},
            {QStringLiteral("for"), item.value(QStringLiteral("votes_for")).toInt()},
            {QStringLiteral("against"), item.value(QStringLiteral("votes_against")).toInt()},
            {QStringLiteral("abstain"), item.value(QStringLiteral("votes_abstain")).toInt()},
            {QStringLiteral("resolution"), item.text(QStringLiteral("resolution"))}});
    }
    page.insert(QStringLiteral("agenda"), agenda);
    auto notes = m_context.amendmentNotes(type, meeting);
    if (!notes) {
        return notes.error();
    }
    page.insert(QStringLiteral("amendments"), notes.value());
    const QString title = phrase(QStringLiteral("meeting_title"),
                                 {{QStringLiteral("number"), page.value(QStringLiteral("number"))},
                                  {QStringLiteral("kind"), page.value(QStringLiteral("kind"))}});
    page.insert(QStringLiteral("title"), title);
    addEntry(
        QStringLiteral("%1（%2）").arg(title, page.value(QStringLiteral("held_on")).toString()),
        page.value(QStringLiteral("anchor")).toString());
    return page;
}

} // namespace committee
