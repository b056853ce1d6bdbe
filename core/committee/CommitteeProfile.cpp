#include "committee/CommitteeProfile.h"

#include "committee/CommitteeTypes.h"
#include "records/RecordRepository.h"
#include "records/Validation.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDate>

namespace committee {

Result<std::optional<Record>> CommitteeProfile::load() const
{
    RecordRepository repo(m_db);
    auto rows = repo.list(CommitteeTypes::profile());
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return std::optional<Record>();
    }
    return std::optional<Record>(rows->first());
}

Result<QString> CommitteeProfile::uid() const
{
    auto r = Sql::scalar(m_db, QStringLiteral("SELECT uid FROM committee WHERE id = 1"));
    if (!r) {
        return r.error();
    }
    return r->toString();
}

Result<QList<Record>> CommitteeProfile::members() const
{
    return RecordRepository(m_db).list(CommitteeTypes::member(), 1);
}

Status CommitteeProfile::save(const Record &profile, const QList<Record> &members)
{
    // Check everything first so a bad member row does not leave half a profile behind,
    // and the message can say which row is wrong.
    if (auto errors = Validation::check(CommitteeTypes::profile(), profile.values);
        !errors.isEmpty()) {
        return makeError(Error::Kind::Invalid, Validation::summary(errors));
    }
    for (int i = 0; i < members.size(); ++i) {
        if (auto errors = Validation::check(CommitteeTypes::member(), members[i].values);
            !errors.isEmpty()) {
            return makeError(Error::Kind::Invalid,
                             tr("Member %1: %2").arg(i + 1).arg(Validation::summary(errors)));
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    RecordRepository repo(m_db);
    auto existing = load();
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        Record updated = profile;
        updated.id = existing->value().id;
        if (Status s = repo.update(CommitteeTypes::profile(), updated); !s) {
            return s;
        }
    } else if (auto id = repo.insert(CommitteeTypes::profile(), profile); !id) {
        return id.error();
    }
    // Given once, when the committee is first saved; renaming it later keeps it.
    if (auto r = Sql::exec(m_db, QStringLiteral("UPDATE committee SET uid = "
                                                "lower(hex(randomblob(16))) WHERE uid = ''"));
        !r) {
        return r.error();
    }

    auto current = this->members();
    if (!current) {
        return current.error();
    }
    // Update members in place where the id is known, so the audit trail shows real edits
    // rather than a delete and re-insert of everyone.
    QSet<qint64> kept;
    for (Record member : members) {
        member.parentId = 1;
        if (member.id > 0) {
            kept.insert(member.id);
            if (Status s = repo.update(CommitteeTypes::member(), member); !s) {
                return s;
            }
        } else if (auto id = repo.insert(CommitteeTypes::member(), member); !id) {
            return id.error();
        }
    }
    for (const Record &old : current.value()) {
        if (!kept.contains(old.id)) {
            if (Status s = repo.remove(CommitteeTypes::member(), old.id); !s) {
                return s;
            }
        }
    }
    return tx.commit();
}

QString CommitteeProfile::residentsWord(const QString &kind)
{
    return kind == CommitteeTypes::kVillage ? tr("villagers") : tr("residents");
}

namespace DemoCommittee {

Record profile()
{
    Record r;
    r.values = {{QStringLiteral("name"), QStringLiteral("桂花湾社区居民委员会")},
                {QStringLiteral("kind"), CommitteeTypes::kCommunity},
                {QStringLiteral("township"), QStringLiteral("青枫街道")},
                {QStringLiteral("district"), QStringLiteral("渝北区")},
                {QStringLiteral("term_start"), QDate(2021, 12, 1)},
                {QStringLiteral("term_end"), QDate(2026, 11, 30)},
                {QStringLiteral("contact_person"), QStringLiteral("王秀英")},
                {QStringLiteral("contact_phone"), QStringLiteral("023-67001234")}};
    return r;
}

QList<Record> members()
{
    const QList<QStringList> rows = {
        {QStringLiteral("张立新"), QStringLiteral("主任"), QStringLiteral("13900000101")},
        {QStringLiteral("王秀英"), QStringLiteral("副主任"), QStringLiteral("13900000102")},
        {QStringLiteral("李建华"), QStringLiteral("委员"), QStringLiteral("13900000103")},
        {QStringLiteral("陈敏"), QStringLiteral("委员"), QStringLiteral("13900000104")},
        {QStringLiteral("刘洋"), QStringLiteral("委员"), QStringLiteral("13900000105")},
    };
    QList<Record> list;
    for (const QStringList &row : rows) {
        Record r;
        r.values = {{QStringLiteral("name"), row[0]},
                    {QStringLiteral("role"), row[1]},
                    {QStringLiteral("phone"), row[2]}};
        list.append(r);
    }
    return list;
}

} // namespace DemoCommittee
} // namespace committee
