// The logbooks, one per paper book the clerk keeps, for a year or a span of years.
#include "committee/CommitteeProfile.h"
#include "documents/DocumentContext.h"
#include "documents/providers/BookParts.h"
#include "documents/providers/Providers.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"
#include "reference/Editions.h"
#include "reference/ReferenceTypes.h"

#include <QDate>
#include <QMap>

namespace committee::Providers {

namespace {

using Rows = QVariantList;

Result<Rows> rows(BookBuilder &book, const RecordType &type,
                  const std::function<bool(const QVariantMap &)> &keep = {})
{
    auto records = book.records(type);
    if (!records) {
        return records.error();
    }
    Rows list;
    for (const Record &r : records.value()) {
        if (!keep || keep(DocumentContext::printedValues(r))) {
            list.append(book.recordRow(type, r, int(list.size()) + 1));
        }
    }
    return list;
}

// A section of meeting pages of one kind.
Status meetingSection(BookBuilder &book, const QString &section, const QString &kind)
{
    auto meetings = book.records(LedgerTypes::meeting());
    if (!meetings) {
        return meetings.error();
    }
    QVariantMap &s = book.addSection(section);
    QVariantList pages;
    for (const Record &m : meetings.value()) {
        if (DocumentContext::printedValues(m).value(QStringLiteral("kind")).toString() != kind) {
            continue;
        }
        auto page = book.meetingPage(m, !pages.isEmpty());
        if (!page) {
            return page.error();
        }
        pages.append(page.value());
    }
    s.insert(QStringLiteral("meetings"), pages);
    s.insert(QStringLiteral("empty"), pages.isEmpty());
    return {};
}

Status tableSection(BookBuilder &book, const QString &section, const Result<Rows> &list)
{
    if (!list) {
        return list.error();
    }
    QVariantMap &s = book.addSection(section);
    s.insert(section, QVariantMap{{QStringLiteral("rows"), list.value()}});
    s.insert(QStringLiteral("empty"), list->isEmpty());
    return {};
}

QString hours(int minutes)
{
    return QString::number(minutes / 60.0, 'f', 1);
}

} // namespace

Result<QVariantMap> committeeBook(const DocumentContext &context, const DocumentRequest &request)
{
    BookBuilder book(context, QStringLiteral("committee"), request);
    for (const QString &kind : {QStringLiteral("villagers"), QStringLiteral("representatives"),
                                QStringLiteral("joint")}) {
        if (Status s = meetingSection(book, kind, kind); !s) {
            return s.error();
        }
    }
    // The roles of the members, for the commitments: as the committee lists them now.
    QHash<QString, QString> roles;
    if (auto members = CommitteeProfile(context.db()).members(); members) {
        for (const Record &m : members.value()) {
            roles.insert(m.text(QStringLiteral("name")), m.text(QStringLiteral("role")));
        }
    }
    auto commitments = rows(book, LedgerTypes::commitment());
    if (commitments) {
        for (QVariant &r : commitments.value()) {
            QVariantMap m = r.toMap();
            m.insert(QStringLiteral("role"),
                     roles.value(m.value(QStringLiteral("member")).toString()));
            r = m;
        }
    }
    if (Status s = tableSection(book, QStringLiteral("commitments"), commitments); !s) {
        return s.error();
    }
    if (Status s = tableSection(book, QStringLiteral("evaluations"),
                                rows(book, LedgerTypes::evaluation()));
        !s) {
        return s.error();
    }
    if (Status s = tableSection(book, QStringLiteral("disclosures"),
                                rows(book, LedgerTypes::disclosure()));
        !s) {
        return s.error();
    }
    return book.finish();
}

Result<QVariantMap> consultationBook(const DocumentContext &context, const DocumentRequest &request)
{
    BookBuilder book(context, QStringLiteral("consultation"), request);
    if (Status s = tableSection(book, QStringLiteral("catalogue"),
                                rows(book, LedgerTypes::consultationTopic()));
        !s) {
        return s.error();
    }
    if (Status s = meetingSection(book, QStringLiteral("meetings"), QStringLiteral("consultation"));
        !s) {
        return s.error();
    }
    return book.finish();
}

Result<QVariantMap> supervisionBook(const DocumentContext &context, const DocumentRequest &request)
{
    BookBuilder book(context, QStringLiteral("supervision"), request);
    if (Status s =
            tableSection(book, QStringLiteral("members"), rows(book, LedgerTypes::supervisor()));
        !s) {
        return s.error();
    }
    if (Status s = meetingSection(book, QStringLiteral("meetings"), QStringLiteral("supervision"));
        !s) {
        return s.error();
    }
    if (Status s = tableSection(book, QStringLiteral("entries"),
                                rows(book, LedgerTypes::supervisionEntry()));
        !s) {
        return s.error();
    }
    if (Status s = tableSection(book, QStringLiteral("evaluations"),
                                rows(book, LedgerTypes::evaluation()));
        !s) {
        return s.error();
    }
    return book.finish();
}

Result<QVariantMap> assistanceBook(const DocumentContext &context, const DocumentRequest &request)
{
    BookBuilder book(context, QStringLiteral("assistance"), request);
    // The checklist items by number, from the current edition of the list.
    QHash<int, QString> items;
    if (auto edition = Editions(context.db()).current(ListKind::Duties); edition) {
        if (auto rows =
                RecordRepository(context.db()).list(ReferenceTypes::dutyItem(), edition->id);
            rows) {
            for (const Record &r : rows.value()) {
                items.insert(r.value(QStringLiteral("number")).toInt(),
                             r.text(QStringLiteral("name")));
            }
        }
    }
    auto entries = rows(book, LedgerTypes::assistEntry());
    if (!entries) {
        return entries.error();
    }
    QMap<int, QPair<int, int>> perItem;           // count, minutes
    QMap<QString, QPair<int, int>> perDepartment; // count, minutes
    for (QVariant &r : entries.value()) {
        QVariantMap m = r.toMap();
        const int number = m.value(QStringLiteral("duty_number")).toInt();
        const int minutes = m.value(QStringLiteral("minutes")).toInt();
        m.insert(QStringLiteral("item"),
                 QStringLiteral("%1. %2").arg(number).arg(items.value(number)));
        r = m;
        perItem[number].first += 1;
        perItem[number].second += minutes;
        perDepartment[m.value(QStringLiteral("department")).toString()].first += 1;
        perDepartment[m.value(QStringLiteral("department")).toString()].second += minutes;
    }
    Rows itemRows, departmentRows;
    for (auto it = perItem.cbegin(); it != perItem.cend(); ++it) {
        itemRows.append(
            QVariantMap{{QStringLiteral("label"),
                         QStringLiteral("%1. %2").arg(it.key()).arg(items.value(it.key()))},
                        {QStringLiteral("count"), it->first},
                        {QStringLiteral("hours"), hours(it->second)}});
    }
    for (auto it = perDepartment.cbegin(); it != perDepartment.cend(); ++it) {
        departmentRows.append(QVariantMap{{QStringLiteral("label"), it.key()},
                                          {QStringLiteral("count"), it->first},
                                          {QStringLiteral("hours"), hours(it->second)}});
    }
    if (Status s = tableSection(book, QStringLiteral("entries"), entries); !s) {
        return s.error();
    }
    if (Status s = tableSection(book, QStringLiteral("per_item"), itemRows); !s) {
        return s.error();
    }
    if (Status s = tableSection(book, QStringLiteral("per_department"), departmentRows); !s) {
        return s.error();
    }
    return book.finish();
}

Result<QVariantMap> outsideListBook(const DocumentContext &context, const DocumentRequest &request)
{
    BookBuilder book(context, QStringLiteral("outside-list"), request);
    // 清单外事项: matched to no checklist item, and declined or bought as a service.
    auto requests = rows(book, LedgerTypes::deptRequest(), [](const QVariantMap &v) {
        const QString decision = v.value(QStringLiteral("decision")).toString();
        return v.value(QStringLiteral("duty_number")).toInt() == 0 &&
               (decision == QLatin1String("declined") || decision == QLatin1String("purchased"));
    });
    if (!requests) {
        return requests.error();
    }
    QMap<QString, QPair<int, int>> perDepartment; // declined, purchased
    const QString declined = context.choice(LedgerTypes::deptRequest(), QStringLiteral("decision"),
                                            QStringLiteral("declined"));
    for (const QVariant &r : requests.value()) {
        const QVariantMap m = r.toMap();
        auto &counts = perDepartment[m.value(QStringLiteral("department")).toString()];
        (m.value(QStringLiteral("decision")).toString() == declined ? counts.first
                                                                    : counts.second) += 1;
    }
    Rows departmentRows;
    for (auto it = perDepartment.cbegin(); it != perDepartment.cend(); ++it) {
        departmentRows.append(QVariantMap{{QStringLiteral("label"), it.key()},
                                          {QStringLiteral("declined"), it->first},
                                          {QStringLiteral("purchased"), it->second},
                                          {QStringLiteral("count"), it->first + it->second}});
    }
    if (Status s = tableSection(book, QStringLiteral("requests"), requests); !s) {
        return s.error();
    }
    if (Status s = tableSection(book, QStringLiteral("per_department"), departmentRows); !s) {
        return s.error();
    }
    return book.finish();
}

} // namespace committee::Providers
