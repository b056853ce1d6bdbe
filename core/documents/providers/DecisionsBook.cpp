// The “四议两公开” record: each major matter on its page, walked through its six steps, with
// the figures of the meetings that discussed, reviewed and resolved it.
#include "documents/DocumentContext.h"
#include "documents/providers/BookParts.h"
#include "documents/providers/DecisionSteps.h"
#include "documents/providers/Providers.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"

#include <optional>

namespace committee::Providers {

namespace {

// The record a 四议两公开 step links to, or nothing when the link is empty or the record
// has since been deleted: the step then prints blanks to fill in by hand.
Result<std::optional<Record>> linkedRecord(const DocumentContext &context, const RecordType &type,
                                           const QVariant &id)
{
    if (id.isNull() || id.toLongLong() <= 0) {
        return std::optional<Record>();
    }
    auto record = RecordRepository(context.db()).get(type, id.toLongLong());
    if (!record) {
        if (record.error().kind == Error::Kind::NotFound) {
            return std::optional<Record>();
        }
        return record.error();
    }
    return std::optional<Record>(record.value());
}

// A meeting step's cells: the linked meeting by its number and kind (第3次 两委联席会议,
// on two lines of the narrow cell under the step's date), who was expected and present,
// and the votes on the matter's agenda item.
Result<QVariantMap> meetingStep(const DocumentContext &context, const QString &matter,
                                const QVariant &id)
{
    auto meeting = linkedRecord(context, LedgerTypes::meeting(), id);
    if (!meeting) {
        return meeting.error();
    }
    QVariantMap cells;
    std::optional<DecisionSteps::LinkedMeeting> linked;
    if (meeting->has_value()) {
        const Record &m = **meeting;
        const QVariantMap v = DocumentContext::printedValues(m);
        cells.insert(QStringLiteral("linked"), true);
        cells.insert(QStringLiteral("number"), v.value(QStringLiteral("number")));
        cells.insert(QStringLiteral("kind"),
                     context.display(LedgerTypes::meeting(), QStringLiteral("kind"),
                                     v.value(QStringLiteral("kind"))));
        auto items = RecordRepository(context.db()).list(LedgerTypes::agendaItem(), m.id);
        if (!items) {
            return items.error();
        }
        linked = DecisionSteps::LinkedMeeting{
            v.value(QStringLiteral("members")), v.value(QStringLiteral("present")), {}};
        for (const Record &item : items.value()) {
            linked->agenda.append({item.text(QStringLiteral("title")),
                                   item.value(QStringLiteral("votes_for")),
                                   item.value(QStringLiteral("votes_against")),
                                   item.value(QStringLiteral("votes_abstain"))});
        }
    }
    const DecisionSteps::Figures f = DecisionSteps::figures(matter, linked);
    cells.insert(QStringLiteral("expected"), f.expected);
    cells.insert(QStringLiteral("present"), f.present);
    cells.insert(QStringLiteral("for"), f.votesFor);
    cells.insert(QStringLiteral("against"), f.votesAgainst);
    cells.insert(QStringLiteral("abstain"), f.votesAbstain);
    return cells;
}

// A disclosure step's cell: the linked disclosure's title.
Result<QString> disclosureTitle(const DocumentContext &context, const QVariant &id)
{
    auto disclosure = linkedRecord(context, LedgerTypes::disclosure(), id);
    if (!disclosure) {
        return disclosure.error();
    }
    return disclosure->has_value() ? DocumentContext::printedValues(**disclosure)
                                         .value(QStringLiteral("title"))
                                         .toString()
                                   : QString();
}

} // namespace

Result<QVariantMap> decisionsBook(const DocumentContext &context, const DocumentRequest &request)
{
    BookBuilder book(context, QStringLiteral("decisions"), request);
    const RecordType &type = LedgerTypes::decision();
    auto decisions = book.records(type);
    if (!decisions) {
        return decisions.error();
    }
    QVariantList pages;
    QVariantMap &section = book.addSection(QStringLiteral("matters"));
    for (const Record &d : decisions.value()) {
        QVariantMap page = book.recordRow(type, d, int(pages.size()) + 1);
        const QVariantMap v = DocumentContext::printedValues(d);
        const QString matter = v.value(QStringLiteral("matter")).toString();
        // The three meeting steps with their figures, the two disclosures by their titles.
        for (const QString &step : {QStringLiteral("discussed"), QStringLiteral("reviewed"),
                                    QStringLiteral("resolved")}) {
            auto cells = meetingStep(context, matter, v.value(step + QStringLiteral("_meeting")));
            if (!cells) {
                return cells.error();
            }
            page.insert(step, cells.value());
        }
        for (const QString &key :
             {QStringLiteral("resolution_disclosure"), QStringLiteral("result_disclosure")}) {
            auto title = disclosureTitle(context, v.value(key));
            if (!title) {
                return title.error();
            }
            page.insert(key, title.value());
        }
        page.insert(QStringLiteral("anchor"), QStringLiteral("d-%1").arg(d.id));
        page.insert(QStringLiteral("new_page"), !pages.isEmpty());
        auto notes = context.amendmentNotes(type, d);
        if (!notes) {
            return notes.error();
        }
        page.insert(QStringLiteral("amendments"), notes.value());
        book.addEntry(page.value(QStringLiteral("matter")).toString(),
                      page.value(QStringLiteral("anchor")).toString());
        pages.append(page);
    }
    section.insert(QStringLiteral("decisions"), pages);
    section.insert(QStringLiteral("empty"), pages.isEmpty());
    return book.finish();
}

} // namespace committee::Providers
