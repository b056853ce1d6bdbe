#include "ledger/DemoGenerator.h"

#include "ledger/LedgerTypes.h"

namespace committee::demo {

namespace {

// The first meeting of `kind` held after `day`, or null.
const Generator::Meeting *meetingAfter(const Generator &g, const QString &kind, const QDate &day)
{
    for (const Generator::Meeting &m : g.meetings) {
        if (m.kind == kind && m.day > day) {
            return &m;
        }
    }
    return nullptr;
}

// The matter is an agenda item of the meetings that took it up, with its own vote: the two
// committees' meeting after the proposal, then the representatives' meeting after the Party
// members' assembly of the next quarter. The assembly's minutes are the Party branch's book,
// not the committee's, so that step is dated but links no meeting, and the record leaves
// its figures blank to be filled in by hand.
Status addDecision(Generator &g, int year)
{
    const QDate proposed(year, 2, 20);
    const QDate resultDisclosed = proposed.addDays(100);
    if (!g.past(resultDisclosed)) {
        return {};
    }
    const QString matter = QStringLiteral("%1年集体资产出租方案").arg(year);
    Values values{
        {QStringLiteral("matter"), matter},
        {QStringLiteral("origin"), QStringLiteral("cadres")},
        {QStringLiteral("proposed_on"), proposed},
        {QStringLiteral("proposal"), QStringLiteral("拟将闲置门面公开招租，收益用于公共服务。")},
        {QStringLiteral("result_disclosed_on"), resultDisclosed},
        {QStringLiteral("supervision_opinion"), QStringLiteral("程序合规，同意公开。")}};
    const Generator::Meeting *discussed = meetingAfter(g, QStringLiteral("joint"), proposed);
    const Generator::Meeting *reviewed =
        discussed ? meetingAfter(g, QStringLiteral("party"), discussed->day) : nullptr;
    const Generator::Meeting *resolved =
        reviewed ? meetingAfter(g, QStringLiteral("representatives"), reviewed->day) : nullptr;
    if (resolved && resolved->day.addDays(3) <= resultDisclosed) {
        for (const Generator::Meeting *m : {discussed, resolved}) {
            const int against = m == resolved ? 1 : 0;
            const int abstain = m == resolved ? 2 : 1;
            if (auto item = g.add(LedgerTypes::agendaItem(),
                                  {{QStringLiteral("title"), matter},
                                   {QStringLiteral("votes_for"), m->present - against - abstain},
                                   {QStringLiteral("votes_against"), against},
                                   {QStringLiteral("votes_abstain"), abstain},
                                   {QStringLiteral("resolution"), QStringLiteral("通过")}},
                                  m->id);
                !item) {
                return item;
            }
        }
        values.insert(QStringLiteral("discussed_on"), discussed->day);
        values.insert(QStringLiteral("discussed_meeting"), discussed->id);
        values.insert(QStringLiteral("reviewed_on"), reviewed->day);
        values.insert(QStringLiteral("resolved_on"), resolved->day);
        values.insert(QStringLiteral("resolved_meeting"), resolved->id);
        values.insert(QStringLiteral("resolution_disclosed_on"), resolved->day.addDays(3));
    } else { // a year without those meetings: the steps on their usual days
        values.insert(QStringLiteral("discussed_on"), proposed.addDays(5));
        values.insert(QStringLiteral("reviewed_on"), proposed.addDays(12));
        values.insert(QStringLiteral("resolved_on"), proposed.addDays(20));
        values.insert(QStringLiteral("resolution_disclosed_on"), proposed.addDays(23));
    }
    return g.add(LedgerTypes::decision(), values);
}

} // namespace

Status fillYearlyRecords(Generator &g, int year)
{
    // The consultation catalogue, commitments and evaluations once a year.
    if (g.past(QDate(year, 1, 20))) {
        for (int i = 0; i < 5; ++i) {
            if (auto r = g.add(LedgerTypes::consultationTopic(),
                               {{QStringLiteral("year"), year},
                                {QStringLiteral("title"), kTopics.at((year + i) % kTopics.size())},
                                {QStringLiteral("category"), QStringLiteral("governance")}});
                !r) {
                return r;
            }
        }
        for (const QString &member : std::as_const(g.members)) {
            if (auto r = g.add(
                    LedgerTypes::commitment(),
                    {{QStringLiteral("year"), year},
                     {QStringLiteral("member"), member},
                     {QStringLiteral("commitments"),
                      QStringLiteral("带头走访困难群众；按时办结分管事项；每月参加一次院坝会。")},
                     {QStringLiteral("posted_on"), QDate(year, 1, 20)},
                     {QStringLiteral("filed_on"), QDate(year, 1, 25)}});
                !r) {
                return r;
            }
        }
    }
    if (g.past(QDate(year, 12, 20))) {
        for (const QString &member : std::as_const(g.members)) {
            const int satisfied = g.between(28, 35);
            if (auto r = g.add(LedgerTypes::evaluation(),
                               {{QStringLiteral("year"), year},
                                {QStringLiteral("member"), member},
                                {QStringLiteral("evaluated_on"), QDate(year, 12, 20)},
                                {QStringLiteral("satisfied"), satisfied},
                                {QStringLiteral("fairly_satisfied"), 35 - satisfied},
                                {QStringLiteral("dissatisfied"), 0},
                                {QStringLiteral("published_on"), QDate(year, 12, 25)}});
                !r) {
                return r;
            }
        }
    }
    // Daily work: the assistance ledger, requests, cases, supervision.
    for (QDate day(year, 1, 3); day.year() == year && g.past(day);
         day = day.addDays(g.between(4, 8))) {
        const auto &[item, work] = g.pick(kAssistWork);
        if (auto r = g.add(LedgerTypes::assistEntry(),
                           {{QStringLiteral("worked_on"), day},
                            {QStringLiteral("duty_number"), item},
                            {QStringLiteral("department"), g.pick(kDepartments)},
                            {QStringLiteral("work_done"), work},
                            {QStringLiteral("minutes"), g.between(3, 16) * 15}});
            !r) {
            return r;
        }
    }
    for (int m = 1; m <= 12; ++m) {
        const QDate day(year, m, 11);
        if (!g.past(day)) {
            break;
        }
        const QString request = g.pick(kRequests);
        const bool outside = request.contains(QStringLiteral("税费")) ||
                             request.contains(QStringLiteral("证明")) ||
                             request.contains(QStringLiteral("营业执照"));
        if (auto r = g.add(LedgerTypes::deptRequest(),
                           {{QStringLiteral("received_on"), day},
                            {QStringLiteral("department"), g.pick(kDepartments)},
                            {QStringLiteral("channel"), QStringLiteral("message")},
                            {QStringLiteral("request"), request},
                            {QStringLiteral("deadline"), day.addDays(7)},
                            {QStringLiteral("duty_number"), outside ? 0 : 7},
                            {QStringLiteral("decision"),
                             outside ? QStringLiteral("declined") : QStringLiteral("assist")}});
            !r) {
            return r;
        }
        if (auto r =
                g.add(LedgerTypes::triageCase(),
                      {{QStringLiteral("received_on"), day.addDays(3)},
                       {QStringLiteral("category"),
                        g.pick(QList<QString>{QStringLiteral("major"), QStringLiteral("minor"),
                                              QStringLiteral("private")})},
                       {QStringLiteral("summary"), QStringLiteral("楼栋渗水影响楼下住户")},
                       {QStringLiteral("parties"), QStringLiteral("3栋2单元两户居民")},
                       {QStringLiteral("routed_to"), QStringLiteral("人民调解委员会")},
                       {QStringLiteral("result"), QStringLiteral("已调解，双方达成维修协议")}});
            !r) {
            return r;
        }
        if (m % 2 == 0) {
            if (auto r = g.add(LedgerTypes::supervisionEntry(),
                               {{QStringLiteral("entry_on"), day.addDays(5)},
                                {QStringLiteral("procedure"), QStringLiteral("oversee")},
                                {QStringLiteral("right_used"), QStringLiteral("audit")},
                                {QStringLiteral("subject"), QStringLiteral("审核本月财务收支票据")},
                                {QStringLiteral("outcome"), QStringLiteral("票据齐全，已签字")}});
                !r) {
                return r;
            }
        }
    }
    // One 四议两公开 matter a year, walked through its steps at the year's meetings.
    if (Status s = addDecision(g, year); !s) {
        return s;
    }
    for (int half = 0; half < 2; ++half) {
        const QDate day(year, 5 + half * 5, 16);
        if (g.past(day)) {
            if (auto r = g.add(
                    LedgerTypes::activity(),
                    {{QStringLiteral("held_on"), day},
                     {QStringLiteral("kind"),
                      half == 0 ? QStringLiteral("linkage") : QStringLiteral("venture")},
                     {QStringLiteral("title"), half == 0 ? QStringLiteral("社工+志愿者关爱独居老人")
                                                         : QStringLiteral("院坝微更新公益创投")},
                     {QStringLiteral("partners"), QStringLiteral("区社工协会、社区志愿服务队")},
                     {QStringLiteral("participants"), g.between(20, 80)},
                     {QStringLiteral("outcome"),
                      QStringLiteral("完成走访和场地改造，居民满意。")}});
                !r) {
                return r;
            }
        }
    }
    if (const QDate day(year, 8, 25); g.past(day)) {
        if (auto r = g.add(LedgerTypes::caseSubmission(),
                           {{QStringLiteral("submitted_on"), day},
                            {QStringLiteral("title"), QStringLiteral("“院坝会”化解停车难")},
                            {QStringLiteral("summary"),
                             QStringLiteral("通过院坝协商划定停车位，矛盾纠纷下降。")},
                            {QStringLiteral("submitted_to"), QStringLiteral("街道民政办")}});
            !r) {
            return r;
        }
    }
    if (const QDate day(year, 3, 20); g.past(day) && year % 3 == 0) {
        if (auto r = g.add(
                LedgerTypes::convention(),
                {{QStringLiteral("title"),
                  QStringLiteral("桂花湾社区居民公约（%1年修订）").arg(year)},
                 {QStringLiteral("adopted_on"), day},
                 {QStringLiteral("text"), QStringLiteral("一、爱党爱国，遵纪守法。\n二、邻里和睦，"
                                                         "互帮互助。\n三、垃圾分类，爱护环境。")},
                 {QStringLiteral("points_system"),
                  QStringLiteral("参加志愿服务每次积1分，可兑换生活用品。")},
                 {QStringLiteral("nominated"), QStringLiteral("yes")},
                 {QStringLiteral("nominated_on"), QDate(year, 9, 20)}});
            !r) {
            return r;
        }
    }
    return {};
}

} // namespace committee::demo
