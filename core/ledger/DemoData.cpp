#include "ledger/DemoData.h"

#include "committee/CommitteeProfile.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>

namespace committee {

namespace {

using Values = QVariantMap;

class Generator {
public:
    Generator(Database &db, quint32 seed, QDate today) : m_repo(db), m_rng(seed), m_today(today) {}

    Result<qint64> add(const RecordType &type, const Values &values, qint64 parentId = 0)
    {
        Record r;
        r.parentId = parentId;
        r.values = values;
        auto id = m_repo.insert(type, r);
        if (id) {
            ++m_count;
        }
        return id;
    }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(int(m_rng.bounded(quint32(list.size()))));
    }
    int between(int low, int high) { return low + int(m_rng.bounded(quint32(high - low + 1))); }
    bool past(const QDate &d) const { return d <= m_today; }
    void finalize(const RecordType &type, qint64 id) { (void)m_repo.finalize(type, id); }
    int count() const { return m_count; }

    QStringList members;

private:
    RecordRepository m_repo;
    QRandomGenerator m_rng;
    QDate m_today;
    int m_count = 0;
};

const QList<QString> kTopics = {
    QStringLiteral("老旧小区加装电梯意见征集"), QStringLiteral("背街小巷路灯维修"),
    QStringLiteral("社区垃圾分类督导安排"),     QStringLiteral("停车位划线与收费方案"),
    QStringLiteral("院坝文化活动场地改造"),     QStringLiteral("高龄老人助餐点选址"),
    QStringLiteral("集体经济收益分配方案"),     QStringLiteral("防汛避险转移路线调整"),
    QStringLiteral("小区物业服务质量评议"),     QStringLiteral("村规民约修订草案讨论")};
const QList<QString> kPlaces = {QStringLiteral("社区议事厅"),
                                QStringLiteral("党群服务中心二楼会议室"),
                                QStringLiteral("居民院坝"), QStringLiteral("社区文化活动室")};
const QList<QString> kDepartments = {
    QStringLiteral("街道民政办"),       QStringLiteral("街道应急办"),
    QStringLiteral("派出所"),           QStringLiteral("社区卫生服务中心"),
    QStringLiteral("街道综合执法大队"), QStringLiteral("区消防救援支队"),
    QStringLiteral("街道社会事务办"),   QStringLiteral("区退役军人事务局")};
const QList<QPair<int, QString>> kAssistWork = {
    {1, QStringLiteral("入户核查低保家庭收入变化情况")},
    {3, QStringLiteral("受理居住证申领材料并核对")},
    {6, QStringLiteral("张贴禁毒宣传海报，发放宣传资料")},
    {7, QStringLiteral("开展季度消防安全宣传")},
    {10, QStringLiteral("巡查辖区在建情况，填写巡查日志")},
    {11, QStringLiteral("排查邻里矛盾纠纷并调解")},
    {16, QStringLiteral("协助开展传染病防控知识宣传")},
    {18, QStringLiteral("转发暴雨预警信息到户到人")},
    {20, QStringLiteral("检查“三小场所”安全隐患")},
    {25, QStringLiteral("走访留守未成年人家庭")}};
const QList<QString> kRequests = {
    QStringLiteral("协助开展辖区燃气安全隐患排查"), QStringLiteral("统计辖区商铺营业执照办理情况"),
    QStringLiteral("协助发放高龄津贴申请表"),       QStringLiteral("组织居民参加防诈骗讲座"),
    QStringLiteral("上报辖区犬只登记数量"),         QStringLiteral("代为催缴辖区企业税费"),
    QStringLiteral("协助开展消防安全宣传进家庭"),   QStringLiteral("为辖区企业出具经营场所证明")};

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

Status fillYear(Generator &g, int year, QDate today)
{
    // Meetings on the cadences of measures 3 and 19.
    for (int q = 1; q <= 4; ++q) {
        const QDate rep(year, q * 3 - 1, 10 + g.between(0, 10));
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
            const QDate c(year, q * 3 - 2 + i, 18 + g.between(0, 8));
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
        const QDate posted(year, q * 3 + 1, 15);
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
    // One 四议两公开 matter a year, walked through its steps with their meetings.
    const QDate proposed(year, 2, 20);
    if (g.past(proposed.addDays(100))) {
        if (auto r = g.add(LedgerTypes::decision(),
                           {{QStringLiteral("matter"), QStringLiteral("%1年集体资产出租方案").arg(year)},
                            {QStringLiteral("origin"), QStringLiteral("cadres")},
                            {QStringLiteral("proposed_on"), proposed},
                            {QStringLiteral("proposal"), QStringLiteral("拟将闲置门面公开招租，收益用于公共服务。")},
                            {QStringLiteral("discussed_on"), proposed.addDays(5)},
                            {QStringLiteral("reviewed_on"), proposed.addDays(12)},
                            {QStringLiteral("resolved_on"), proposed.addDays(20)},
                            {QStringLiteral("resolution_disclosed_on"), proposed.addDays(23)},
                            {QStringLiteral("result_disclosed_on"), proposed.addDays(100)},
                            {QStringLiteral("supervision_opinion"), QStringLiteral("程序合规，同意公开。")}});
            !r) {
            return r;
        }
    }
    for (int half = 0; half < 2; ++half) {
        const QDate day(year, 5 + half * 5, 16);
        if (g.past(day)) {
            if (auto r = g.add(LedgerTypes::activity(),
                               {{QStringLiteral("held_on"), day},
                                {QStringLiteral("kind"), half == 0 ? QStringLiteral("linkage") : QStringLiteral("venture")},
                                {QStringLiteral("title"), half == 0 ? QStringLiteral("社工+志愿者关爱独居老人") : QStringLiteral("院坝微更新公益创投")},
                                {QStringLiteral("partners"), QStringLiteral("区社工协会、社区志愿服务队")},
                                {QStringLiteral("participants"), g.between(20, 80)},
                                {QStringLiteral("outcome"), QStringLiteral("完成走访和场地改造，居民满意。")}});
                !r) {
                return r;
            }
        }
    }
    if (const QDate day(year, 8, 25); g.past(day)) {
        if (auto r = g.add(LedgerTypes::caseSubmission(),
                           {{QStringLiteral("submitted_on"), day},
                            {QStringLiteral("title"), QStringLiteral("“院坝会”化解停车难")},
                            {QStringLiteral("summary"), QStringLiteral("通过院坝协商划定停车位，矛盾纠纷下降。")},
                            {QStringLiteral("submitted_to"), QStringLiteral("街道民政办")}});
            !r) {
            return r;
        }
    }
    if (const QDate day(year, 3, 20); g.past(day) && year % 3 == 0) {
        if (auto r = g.add(LedgerTypes::convention(),
                           {{QStringLiteral("title"), QStringLiteral("桂花湾社区居民公约（%1年修订）").arg(year)},
                            {QStringLiteral("adopted_on"), day},
                            {QStringLiteral("text"), QStringLiteral("一、爱党爱国，遵纪守法。\n二、邻里和睦，互帮互助。\n三、垃圾分类，爱护环境。")},
                            {QStringLiteral("points_system"), QStringLiteral("参加志愿服务每次积1分，可兑换生活用品。")},
                            {QStringLiteral("nominated"), QStringLiteral("yes")},
                            {QStringLiteral("nominated_on"), QDate(year, 9, 20)}});
            !r) {
            return r;
        }
    }
    Q_UNUSED(today)
    return {};
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
                           {{QStringLiteral("name"), QList<QString>{QStringLiteral("周建国"), QStringLiteral("吴丽"), QStringLiteral("郑海")}.at(i)},
                            {QStringLiteral("role"), i == 0 ? QStringLiteral("chair") : QStringLiteral("member")},
                            {QStringLiteral("term_start"), QDate(2021, 12, 1)},
                            {QStringLiteral("term_end"), QDate(2026, 11, 30)}});
            !r) {
            return r.error();
        }
    }
    for (int year = today.year() - years + 1; year <= today.year(); ++year) {
        if (Status s = fillYear(g, year, today); !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return Counts{g.count()};
}

} // namespace committee
