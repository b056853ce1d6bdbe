// The pure parts of the quarterly sheet's drafts: how the text is put together and how it
// shortens to fit the form's boxes.
#include "documents/quarterly/ProblemsDraft.h"
#include "documents/quarterly/ProgressDraft.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace committee;

namespace {

ProgressDraft::Wording progressWording()
{
    return {QStringLiteral("本季度，"), QStringLiteral("{n}是"), QStringLiteral("，"),
            QStringLiteral("；"),       QStringLiteral("。"),    QStringLiteral("暂无记录。")};
}

QJsonObject problemsWording()
{
    return QJsonDocument::fromJson(R"({
        "problems": "存在问题：", "plans": "下步打算：", "separator": "；", "end": "。",
        "none": "暂无突出问题", "behind": "{title}未按期完成",
        "behind_count": "{title}未按期完成（已完成{count}次，应{required}次）",
        "pending_requests": "部门交办事项{n}件尚未确定是否承接",
        "open_decisions": "“{matter}”等{n}件事项实施结果尚未公开",
        "open_decision": "“{matter}”实施结果尚未公开",
        "catch_up": "抓紧补办{titles}", "deadline": "{date}前{title}",
        "decide_requests": "研判交办事项", "disclose_results": "公开实施结果",
        "keep_going": "继续推进"})")
        .object();
}

} // namespace

TEST_CASE("Progress draft: tasks in order, numbered among those with facts", "[documents]")
{
    const QList<ProgressDraft::Task> tasks = {
        {QStringLiteral("坚持党的领导"), QStringLiteral("召开党员大会1次"),
         QStringLiteral("召开党员大会1次")},
        {QStringLiteral("发挥下属委员会功能"), QString(), QString()}, // nothing this quarter
        {QStringLiteral("深化议事协商"), QStringLiteral("召开协商会议2次"),
         QStringLiteral("召开协商会议2次，协商“加装电梯”等事项")},
    };
    const auto w = progressWording();
    CHECK(
        ProgressDraft::compose(tasks, w, 300) ==
        QStringLiteral("本季度，一是坚持党的领导，召开党员大会1次；二是深化议事协商，召开协商会议2"
                       "次，协商“加装电梯”等事项。"));
    // Shorter: the examples go first, then the titles, then the last tasks.
    CHECK(
        ProgressDraft::compose(tasks, w, 50) ==
        QStringLiteral("本季度，一是坚持党的领导，召开党员大会1次；二是深化议事协商，召开协商会议2"
                       "次。"));
    CHECK(ProgressDraft::compose(tasks, w, 30) ==
          QStringLiteral("本季度，一是召开党员大会1次；二是召开协商会议2次。"));
    CHECK(ProgressDraft::compose(tasks, w, 20) == QStringLiteral("本季度，一是召开党员大会1次。"));
    CHECK(ProgressDraft::compose({tasks[1]}, w, 300) == QStringLiteral("暂无记录。"));
}

TEST_CASE("Problems draft: late, open and next quarter's deadlines", "[documents]")
{
    QuarterOutlook outlook;
    CHECK(ProblemsDraft::compose(outlook, problemsWording(), 180) ==
          QStringLiteral("存在问题：暂无突出问题。下步打算：继续推进。"));

    outlook.behind = {{QStringLiteral("召开协商会议"), 1, 2}, {QStringLiteral("居务公开"), 0, 1}};
    outlook.pendingRequests = 2;
    outlook.openDecisions = {QStringLiteral("加装电梯"), QStringLiteral("停车收费")};
    outlook.nextDeadlines = {{QDate(2027, 1, 15), QStringLiteral("居务公开")},
                             {QDate(2027, 3, 31), QStringLiteral("召开协商会议")}};
    CHECK(
        ProblemsDraft::compose(outlook, problemsWording(), 300) ==
        QStringLiteral("存在问题：召开协商会议未按期完成（已完成1次，应2次）；居务公开未按期完成；"
                       "部门交办事项2件尚未确定是否承接；“加装电梯”等2件事项实施结果尚未公开。"
                       "下步打算：抓紧补办召开协商会议、居务公开；研判交办事项；公开实施结果；"
                       "1月15日前居务公开；3月31日前召开协商会议。"));
    // Too long for the box: fewer deadlines first, then fewer late items; never cut off
    // while shortening can still make it fit.
    const QString shorter = ProblemsDraft::compose(outlook, problemsWording(), 100);
    CHECK(shorter.size() <= 100);
    CHECK_FALSE(shorter.contains(QStringLiteral("1月15日")));
    CHECK(shorter.endsWith(QStringLiteral("公开实施结果。")));
    CHECK(shorter.contains(QStringLiteral("召开协商会议未按期完成")));
}
