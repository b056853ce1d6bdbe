#pragma once

// Shared by the two halves of the demo generator (DemoData.cpp: meetings and disclosures;
// DemoRecords.cpp: the other records of a year). Not part of the public API.

#include "common/Result.h"
#include "records/RecordRepository.h"
#include "storage/Database.h"

#include <QDate>
#include <QRandomGenerator>

namespace committee::demo {

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
    // The meetings added so far, for the records that link to a meeting held on their dates.
    struct Meeting {
        QString kind;
        QDate day;
        qint64 id = 0;
        int present = 0;
    };
    QList<Meeting> meetings;

private:
    RecordRepository m_repo;
    QRandomGenerator m_rng;
    QDate m_today;
    int m_count = 0;
};

inline const QList<QString> kTopics = {
    QStringLiteral("老旧小区加装电梯意见征集"), QStringLiteral("背街小巷路灯维修"),
    QStringLiteral("社区垃圾分类督导安排"),     QStringLiteral("停车位划线与收费方案"),
    QStringLiteral("院坝文化活动场地改造"),     QStringLiteral("高龄老人助餐点选址"),
    QStringLiteral("集体经济收益分配方案"),     QStringLiteral("防汛避险转移路线调整"),
    QStringLiteral("小区物业服务质量评议"),     QStringLiteral("村规民约修订草案讨论")};
inline const QList<QString> kPlaces = {
    QStringLiteral("社区议事厅"), QStringLiteral("党群服务中心二楼会议室"),
    QStringLiteral("居民院坝"), QStringLiteral("社区文化活动室")};
inline const QList<QString> kDepartments = {
    QStringLiteral("街道民政办"),       QStringLiteral("街道应急办"),
    QStringLiteral("派出所"),           QStringLiteral("社区卫生服务中心"),
    QStringLiteral("街道综合执法大队"), QStringLiteral("区消防救援支队"),
    QStringLiteral("街道社会事务办"),   QStringLiteral("区退役军人事务局")};
inline const QList<QPair<int, QString>> kAssistWork = {
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
inline const QList<QString> kRequests = {
    QStringLiteral("协助开展辖区燃气安全隐患排查"), QStringLiteral("统计辖区商铺营业执照办理情况"),
    QStringLiteral("协助发放高龄津贴申请表"),       QStringLiteral("组织居民参加防诈骗讲座"),
    QStringLiteral("上报辖区犬只登记数量"),         QStringLiteral("代为催缴辖区企业税费"),
    QStringLiteral("协助开展消防安全宣传进家庭"),   QStringLiteral("为辖区企业出具经营场所证明")};

// The records of a year other than meetings and disclosures.
Status fillYearlyRecords(Generator &g, int year);

} // namespace committee::demo
