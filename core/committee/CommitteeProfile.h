#pragma once

#include "common/Result.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <optional>

namespace committee {

class Database;

// The committee this database belongs to, and its members.
class CommitteeProfile {
    Q_DECLARE_TR_FUNCTIONS(committee::CommitteeProfile)
public:
    explicit CommitteeProfile(Database &db) : m_db(db) {}

    // Empty until the first-start set-up has been completed.
    Result<std::optional<Record>> load() const;
    Result<QList<Record>> members() const;
    // The committee's own identity, 32 hex digits, given when it is first saved; empty
    // before the set-up. Bundles for the township carry it.
    Result<QString> uid() const;

    // Saves the profile and replaces the member list, as one change.
    Status save(const Record &profile, const QList<Record> &members);

    // 村民 or 居民: the word every label uses for the people the committee serves.
    static QString residentsWord(const QString &kind);

private:
    Database &m_db;
};

// A plausible, clearly fictional committee for demonstrations and first looks.
namespace DemoCommittee {
Record profile();
QList<Record> members();
} // namespace DemoCommittee

} // namespace committee
