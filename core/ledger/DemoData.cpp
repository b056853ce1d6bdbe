#include "ledger/DemoData.h"

#include "ledger/DemoGenerator.h"

#include "committee/CommitteeProfile.h"
#include "common/Period.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>

namespace committee {

namespace {

using namespace demo;

QString meetingKindName(const QString &kind)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("villagers"), QStringLiteral("居民会议")},
        {QStringLiteral("representatives"), QStringLiteral("居民代表会议")},
        {QStringLiteral("joint"), QStringLiteral("两委联席会议")},
        {QStringLiteral("party"), QStringLiteral("党员大会")},
        {QStringLiteral("consultation"), QStringLiteral("协商会议")},
        {QStringLiteral("supervision"), QStringLiteral("居务监督委员会例会")}};
    return names.value(kind, QStringLiteral("会议"));
}

Result<qint64> meeting(Generator &g, const QString &kind, int number, const QDate &day,
                       const QString &topic, int members)
{
    const int present = qMin(members, members * 3 / 4 + g.between(0, members / 4 + 1));
    auto id = g.add(
        LedgerTypes::meeting(),
        {{QStringLiteral("kind"), kind},
         {QStringLiteral("number"), number},
         {QStringLiteral("held_on"), day},
         {QStringLiteral("time"), QStringLiteral("14:30-16:30")},
         {QStringLiteral("place"), g.pick(kPlaces)},
         {QStringLiteral("topic"), QStringLiteral("%1：%2").arg(meetingKindName(kind), topic)},
         {QStringLiteral("chair"), g.members.value(0)},
         {QStringLiteral("recorder"), g.members.value(2)},
         {QStringLiteral("members"), members},
         {QStringLiteral("present"), present},
         {QStringLiteral("attendees"), g.members},
         {QStringLiteral("discussion"),
          QStringLiteral("与会人员围绕“%1”逐一发言，提出意见建议。").arg(topic)},
         {QStringLiteral("resolutions"),
          QStringLiteral("同意按讨论意见办理，由居委会负责落实。")}});
    if (!id) {
        return id;
    }
    g.meetings.append({kind, day, id.value(), present});
    const int votesFor = present - g.between(0, qMax(1, present / 8));
    if (auto item = g.add(LedgerTypes::agendaItem(),
                          {{QStringLiteral("title"), topic},
                           {QStringLiteral("votes_for"), votesFor},
                           {QStringLiteral("votes_against"), present - votesFor},
                           {QStringLiteral("votes_abstain"), 0},
                           {QStringLiteral("resolution"), QStringLiteral("通过")}},
                          id.value());
        !item) {
        return item;
    }
    return id;
}

Status fillYear(Generator &g, int year)
{
    // Meetings on the cadences of measures 3 and 19.
    for (int q = 1; q <= 4; ++q) {
        const QDate quarterStart = Quarter(year, q).first();
        const QDate rep = quarterStart.addMonths(1).addDays(9 + g.between(0, 10));
        if (g.past(rep)) {
            if (auto r = meeting(g, QStringLiteral("representatives"), q, rep, g.pick(kTopics), 35);
                !r) {
                return r;
            }
            if (auto r =
                    meeting(g, QStringLiteral("party"), q, rep.addDays(-3), g.pick(kTopics), 42);
                !r) {
                return r;
            }
        }
        for (int i = 0; i < 2; ++i) {
            const QDate c = quarterStart.addMonths(i).addDays(17 + g.between(0, 8));
            if (g.past(c)) {
                if (auto r = meeting(g, QStringLiteral("consultation"), (q - 1) * 2 + i + 1, c,
                                     g.pick(kTopics), 15);
                    !r) {
                    return r;
                }
            }
        }
    }
    for (int m = 1; m <= 12; ++m) {
        const QDate joint(year, m, 5 + g.between(0, 3));
        if (g.past(joint)) {
            if (auto r = meeting(g, QStringLiteral("joint"), m, joint, g.pick(kTopics), 9); !r) {
                return r;
            }
        }
    }
    if (const QDate v(year, 12, 20); g.past(v)) {
        if (auto r = meeting(g, QStringLiteral("villagers"), 1, v,
                             QStringLiteral("年度工作报告及民主评议"), 820);
            !r) {
            return r;
        }
    }
    // Disclosures: the quarterly general one on the 15th, finance every month.
    for (int q = 0; q < 4; ++q) {
        const QDate posted = Quarter(year, q + 1).first().addDays(14);
        if (!g.past(posted.addDays(12))) {
            continue;
        }
        for (const QString &category :
             {QStringLiteral("party"), QStringLiteral("government"), QStringLiteral("service")}) {
            if (auto r = g.add(
                    LedgerTypes::disclosure(),
                    {{QStringLiteral("title"),
                      QStringLiteral("%1年第%2季度公开").arg(year).arg(q + 1)},
                     {QStringLiteral("category"), category},
                     {QStringLiteral("content"), QStringLiteral("本季度重点工作及办理情况。")},
                     {QStringLiteral("channel"), QStringLiteral("both")},
                     {QStringLiteral("drafted_on"), posted.addDays(-8)},
                     {QStringLiteral("reviewed_on"), posted.addDays(-5)},
                     {QStringLiteral("fixed_on"), posted.addDays(-3)},
                     {QStringLiteral("posted_on"), posted},
                     {QStringLiteral("signed_by"), g.members.mid(3, 2)},
                     {QStringLiteral("seals"), QStringLiteral("both")},
                     {QStringLiteral("taken_down_on"), posted.addDays(12)},
                     {QStringLiteral("filed_on"), posted.addDays(12)}});
                !r) {
                return r;
            }
        }
    }
    for (int m = 1; m <= 12; ++m) {
        const QDate posted(year, m, 5);
        if (!g.past(posted.addMonths(1))) {
            continue;
        }
        if (auto r = g.add(
                LedgerTypes::disclosure(),
                {{QStringLiteral("title"), QStringLiteral("%1年%2月财务收支公开").arg(year).arg(m)},
                 {QStringLiteral("category"), QStringLiteral("finance")},
                 {QStringLiteral("channel"), QStringLiteral("both")},
                 {QStringLiteral("drafted_on"), posted.addDays(-4)},
                 {QStringLiteral("reviewed_on"), posted.addDays(-3)},
                 {QStringLiteral("fixed_on"), posted.addDays(-2)},
                 {QStringLiteral("posted_on"), posted},
                 {QStringLiteral("signed_by"), g.members.mid(3, 2)},
                 {QStringLiteral("seals"), QStringLiteral("both")},
                 {QStringLiteral("taken_down_on"), posted.addMonths(1)},
                 {QStringLiteral("filed_on"), posted.addMonths(1)}});
            !r) {
            return r;
        }
    }
    return fillYearlyRecords(g, year);
}

} // namespace

Result<DemoData::Counts> DemoData::fill(Database &db, int years, QDate today, quint32 seed)
{
    if (years < 1 || years > 30) {
        return makeError(Error::Kind::Invalid, tr("The demo covers 1 to 30 years."));
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    CommitteeProfile profile(db);
    auto existing = profile.load();
    if (!existing) {
        return existing.error();
    }
    if (!existing->has_value()) {
        if (Status s = profile.save(DemoCommittee::profile(), DemoCommittee::members()); !s) {
            return s.error();
        }
    }
    Generator g(db, seed, today);
    for (const Record &m : profile.members().value()) {
        g.members << m.text(QStringLiteral("name"));
    }
    const QStringList subcommittees = {
        QStringLiteral("人民调解委员会"), QStringLiteral("治安保卫委员会"),
        QStringLiteral("公共卫生委员会"), QStringLiteral("环境和物业管理委员会")};
    for (const QString &name : subcommittees) {
        if (auto r = g.add(LedgerTypes::subcommittee(),
                           {{QStringLiteral("name"), name},
                            {QStringLiteral("chair"), g.members.value(1)},
                            {QStringLiteral("members"), g.members.mid(1, 4)},
                            {QStringLiteral("term_start"), QDate(2021, 12, 1)},
                            {QStringLiteral("term_end"), QDate(2026, 11, 30)}});
            !r) {
            return r.error();
        }
    }
    for (int i = 0; i < 3; ++i) {
        if (auto r = g.add(LedgerTypes::supervisor(),
                           {{QStringLiteral("name"),
                             QList<QString>{QStringLiteral("周建国"), QStringLiteral("吴丽"),
                                            QStringLiteral("郑海")}
                                 .at(i)},
                            {QStringLiteral("role"),
                             i == 0 ? QStringLiteral("chair") : QStringLiteral("member")},
                            {QStringLiteral("term_start"), QDate(2021, 12, 1)},
                            {QStringLiteral("term_end"), QDate(2026, 11, 30)}});
            !r) {
            return r.error();
        }
    }
    for (int year = today.year() - years + 1; year <= today.year(); ++year) {
        if (Status s = fillYear(g, year); !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return Counts{g.count()};
}

} // namespace committee
