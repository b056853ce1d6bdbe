#include "ledger/LedgerRules.h"

#include "ledger/MeetingRules.h"
#include "records/FieldText.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace committee {

namespace {

QDate dateOf(const QVariantMap &values, const QString &key)
{
    const QVariant v = values.value(key);
    return v.typeId() == QMetaType::QDate ? v.toDate()
                                          : QDate::fromString(v.toString(), Qt::ISODate);
}

QString stepLabel(const LedgerRules::Step &step)
{
    return QCoreApplication::translate("committee::Fields", step.label);
}

QJsonObject subcommitteeRules()
{
    static const QJsonObject rules = [] {
        QFile file(QStringLiteral(":/reference/subcommittee_rules.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }();
    return rules;
}

QStringList peopleOf(const QVariant &value)
{
    QStringList people;
    for (const QString &name : value.toStringList()) {
        if (!name.trimmed().isEmpty()) {
            people << name.trimmed();
        }
    }
    return people;
}

} // namespace

const QList<LedgerRules::Step> &LedgerRules::decisionSteps()
{
    static const QList<Step> steps = {
        {QStringLiteral("proposed_on"),
         QT_TRANSLATE_NOOP("committee::Fields", "1. Party organisation proposed on"),
         QT_TRANSLATE_NOOP("committee::Fields", "Party organisation proposes")},
        {QStringLiteral("discussed_on"),
         QT_TRANSLATE_NOOP("committee::Fields", "2. Two committees discussed on"),
         QT_TRANSLATE_NOOP("committee::Fields", "Two committees discuss")},
        {QStringLiteral("reviewed_on"),
         QT_TRANSLATE_NOOP("committee::Fields", "3. Party members' assembly reviewed on"),
         QT_TRANSLATE_NOOP("committee::Fields", "Party members\' assembly reviews")},
        {QStringLiteral("resolved_on"),
         QT_TRANSLATE_NOOP("committee::Fields",
                           "4. Villagers' (representatives') meeting resolved on"),
         QT_TRANSLATE_NOOP("committee::Fields",
                           "Villagers\' (representatives\') meeting resolves")},
        {QStringLiteral("resolution_disclosed_on"),
         QT_TRANSLATE_NOOP("committee::Fields", "5. Resolution disclosed on"),
         QT_TRANSLATE_NOOP("committee::Fields", "Resolution disclosed")},
        {QStringLiteral("result_disclosed_on"),
         QT_TRANSLATE_NOOP("committee::Fields", "6. Result of implementation disclosed on"),
         QT_TRANSLATE_NOOP("committee::Fields", "Result of implementation disclosed")},
    };
    return steps;
}

const QList<LedgerRules::Step> &LedgerRules::disclosureSteps()
{
    static const QList<Step> steps = {
        {QStringLiteral("drafted_on"),
         QT_TRANSLATE_NOOP("committee::Fields", "1. Drafted by the two committees on"),
         QT_TRANSLATE_NOOP("committee::Fields", "Two committees draft")},
        {QStringLiteral("reviewed_on"),
         QT_TRANSLATE_NOOP("committee::Fields", "2. Reviewed by the supervisory committee on"),
         QT_TRANSLATE_NOOP("committee::Fields", "Supervisory committee reviews")},
        {QStringLiteral("fixed_on"),
         QT_TRANSLATE_NOOP("committee::Fields", "3. Plan fixed by the joint meeting on"),
         QT_TRANSLATE_NOOP("committee::Fields", "Joint meeting fixes the plan")},
        {QStringLiteral("posted_on"), QT_TRANSLATE_NOOP("committee::Fields", "4. Posted on"),
         QT_TRANSLATE_NOOP("committee::Fields", "Posting")},
        {QStringLiteral("filed_on"),
         QT_TRANSLATE_NOOP("committee::Fields", "5. Archived and filed with the township on"),
         QT_TRANSLATE_NOOP("committee::Fields", "Archiving and filing with the township")},
    };
    return steps;
}

QList<FieldError> LedgerRules::stepsInOrder(const QList<Step> &steps, const QVariantMap &values)
{
    QList<FieldError> errors;
    for (int i = 1; i < steps.size(); ++i) {
        const QDate date = dateOf(values, steps[i].key);
        if (!date.isValid()) {
            continue;
        }
        const QDate before = dateOf(values, steps[i - 1].key);
        if (!before.isValid()) {
            errors.append({steps[i].key, tr("“%1” cannot be completed before “%2”.")
                                             .arg(stepLabel(steps[i]), stepLabel(steps[i - 1]))});
        } else if (date < before) {
            errors.append(
                {steps[i].key, tr("“%1” (%2) cannot be earlier than “%3” (%4).")
                                   .arg(stepLabel(steps[i]), date.toString(Qt::ISODate),
                                        stepLabel(steps[i - 1]), before.toString(Qt::ISODate))});
        }
    }
    return errors;
}

int LedgerRules::nextStep(const QList<Step> &steps, const QVariantMap &values)
{
    for (int i = 0; i < steps.size(); ++i) {
        if (!dateOf(values, steps[i].key).isValid()) {
            return i;
        }
    }
    return -1;
}

QString LedgerRules::displayTimeProblem(const QVariantMap &d)
{
    const QDate posted = dateOf(d, QStringLiteral("posted_on"));
    const QDate takenDown = dateOf(d, QStringLiteral("taken_down_on"));
    if (!posted.isValid() || !takenDown.isValid() ||
        d.value(QStringLiteral("channel")).toString() == QLatin1String("online")) {
        return {};
    }
    const qint64 days = posted.daysTo(takenDown);
    if (d.value(QStringLiteral("category")).toString() == QLatin1String("finance")) {
        if (posted.addMonths(1) > takenDown) {
            return tr("Finance disclosures must stay up at least one month; this one was up %1 "
                      "days (until %2 at the earliest).")
                .arg(days)
                .arg(posted.addMonths(1).toString(Qt::ISODate));
        }
    } else if (days < 10) {
        return tr("Disclosures must stay on the notice board at least 10 days; this one was up %1 "
                  "days (until %2 at the earliest).")
            .arg(days)
            .arg(posted.addDays(10).toString(Qt::ISODate));
    }
    return {};
}

QStringList LedgerRules::subcommitteeProblems(const QVariantMap &s)
{
    const QJsonObject size = subcommitteeRules().value(QStringLiteral("size")).toObject();
    const int minimum = size.value(QStringLiteral("min")).toInt(3);
    const int maximum = size.value(QStringLiteral("max")).toInt(9);
    QStringList people = peopleOf(s.value(QStringLiteral("members")));
    const QString chair = s.value(QStringLiteral("chair")).toString().trimmed();
    if (!chair.isEmpty() && !people.contains(chair)) {
        people.prepend(chair);
    }
    QStringList problems;
    if (chair.isEmpty()) {
        problems << tr("No chair (主任) is named.");
    }
    if (people.size() < minimum || people.size() > maximum) {
        problems << tr("%1 members; a sub-committee has %2 to %3.")
                        .arg(people.size())
                        .arg(minimum)
                        .arg(maximum);
    }
    return problems;
}

QStringList LedgerRules::missingSubcommittees(const QList<Record> &subcommittees,
                                              const QString &committeeKind)
{
    QSet<QString> present;
    for (const Record &r : subcommittees) {
        present.insert(r.text(QStringLiteral("name")).trimmed());
    }
    QStringList missing;
    const QJsonArray required = subcommitteeRules()
                                    .value(QStringLiteral("required"))
                                    .toObject()
                                    .value(committeeKind)
                                    .toArray();
    for (const QJsonValue &v : required) {
        const QJsonObject entry = v.toObject();
        QStringList names{entry.value(QStringLiteral("name")).toString()};
        for (const QJsonValue &alias : entry.value(QStringLiteral("aliases")).toArray()) {
            names << alias.toString();
        }
        bool found = false;
        for (const QString &name : names) {
            found = found || present.contains(name);
        }
        if (!found) {
            missing << tr("The required %1 is missing.").arg(names.first());
        }
    }
    return missing;
}

LedgerRules::Rules LedgerRules::rulesFor(const QString &typeId)
{
    if (typeId == QLatin1String("meeting")) {
        return [](const QVariantMap &v) {
            QList<FieldError> errors;
            const int members = v.value(QStringLiteral("members")).toInt();
            if (members > 0 && v.value(QStringLiteral("present")).toInt() > members) {
                errors.append(
                    {QStringLiteral("present"),
                     tr("More people are recorded present than are entitled to attend.")});
            }
            return errors;
        };
    }
    if (typeId == QLatin1String("decision")) {
        return [](const QVariantMap &v) {
            return stepsInOrder(decisionSteps(), v);
        };
    }
    if (typeId == QLatin1String("disclosure")) {
        return [](const QVariantMap &v) {
            QList<FieldError> errors = stepsInOrder(disclosureSteps(), v);
            const QDate posted = dateOf(v, QStringLiteral("posted_on"));
            const QDate down = dateOf(v, QStringLiteral("taken_down_on"));
            if (down.isValid() && (!posted.isValid() || down < posted)) {
                errors.append({QStringLiteral("taken_down_on"),
                               tr("A disclosure can only be taken down after it was posted.")});
            }
            return errors;
        };
    }
    if (typeId == QLatin1String("dept_request")) {
        return [](const QVariantMap &v) {
            QList<FieldError> errors;
            const QString decision = v.value(QStringLiteral("decision")).toString();
            const int item = v.value(QStringLiteral("duty_number")).toInt();
            if (decision == QLatin1String("assist") && item <= 0) {
                errors.append({QStringLiteral("duty_number"),
                               tr("Work on the list needs the number of its checklist item.")});
            }
            if ((decision == QLatin1String("declined") || decision == QLatin1String("purchased")) &&
                item > 0) {
                errors.append(
                    {QStringLiteral("decision"),
                     tr("This request matches checklist item %1, so it is not outside the "
                        "list.")
                         .arg(item)});
            }
            if (decision == QLatin1String("purchased") &&
                v.value(QStringLiteral("agreement")).toString().trimmed().isEmpty()) {
                errors.append({QStringLiteral("agreement"),
                               tr("Work bought as a service needs its agreement recorded.")});
            }
            return errors;
        };
    }
    return {};
}

LedgerRules::Warnings LedgerRules::warningsFor(const QString &typeId)
{
    if (typeId == QLatin1String("meeting")) {
        return [](const Record &r) {
            QStringList warnings;
            const auto rule = MeetingRules::forKind(r.text(QStringLiteral("kind")));
            if (rule && !r.value(QStringLiteral("present")).isNull()) {
                const QString problem =
                    MeetingRules::quorumProblem(*rule, r.value(QStringLiteral("members")).toInt(),
                                                r.value(QStringLiteral("present")).toInt());
                if (!problem.isEmpty()) {
                    warnings << problem;
                }
            }
            return warnings;
        };
    }
    if (typeId == QLatin1String("agenda_item")) {
        return [](const Record &r) {
            QStringList warnings;
            const auto rule =
                MeetingRules::forKind(r.context.value(QStringLiteral("kind")).toString());
            const int present = r.context.value(QStringLiteral("present")).toInt();
            const int votes = r.value(QStringLiteral("votes_for")).toInt() +
                              r.value(QStringLiteral("votes_against")).toInt() +
                              r.value(QStringLiteral("votes_abstain")).toInt();
            if (present > 0 && votes > present) {
                warnings << tr("%1 votes were counted but only %2 people were present.")
                                .arg(votes)
                                .arg(present);
            }
            if (rule && votes > 0) {
                const QString problem = MeetingRules::motionProblem(
                    *rule, r.context.value(QStringLiteral("members")).toInt(), present,
                    r.value(QStringLiteral("votes_for")).toInt());
                if (!problem.isEmpty()) {
                    warnings << problem;
                }
            }
            return warnings;
        };
    }
    if (typeId == QLatin1String("disclosure")) {
        return [](const Record &r) {
            QStringList warnings;
            if (const QString problem = displayTimeProblem(r.values); !problem.isEmpty()) {
                warnings << problem;
            }
            if (dateOf(r.values, QStringLiteral("posted_on")).isValid()) {
                if (peopleOf(r.value(QStringLiteral("signed_by"))).isEmpty()) {
                    warnings << tr("No supervisory committee member has signed the posted "
                                   "disclosure.");
                }
                if (r.text(QStringLiteral("seals")) != QLatin1String("both")) {
                    warnings << tr(
                        "A posted disclosure carries both seals: the committee's and the "
                        "supervisory committee's.");
                }
            }
            return warnings;
        };
    }
    if (typeId == QLatin1String("subcommittee")) {
        return [](const Record &r) {
            return subcommitteeProblems(r.values);
        };
    }
    return {};
}

LedgerRules::Progress LedgerRules::progressFor(const QString &typeId)
{
    auto nextOf = [](const QList<Step> &steps) {
        return [&steps](const Record &r) {
            const int next = nextStep(steps, r.values);
            return next < 0 ? tr("All steps done")
                            : tr("Next: %1")
                                  .arg(QCoreApplication::translate("committee::Fields",
                                                                   steps[next].name));
        };
    };
    if (typeId == QLatin1String("decision")) {
        return nextOf(decisionSteps());
    }
    if (typeId == QLatin1String("disclosure")) {
        return nextOf(disclosureSteps());
    }
    return {};
}

LedgerRules::ListWarnings LedgerRules::listWarningsFor(const QString &typeId)
{
    if (typeId == QLatin1String("consultation_topic")) {
        return [](const QList<Record> &records, const QVariantMap &) {
            QMap<int, int> perYear;
            for (const Record &r : records) {
                ++perYear[r.value(QStringLiteral("year")).toInt()];
            }
            QStringList warnings;
            for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
                if (it.value() < 4 || it.value() > 6) {
                    warnings << tr("%1: the catalogue has %2 entries; it should have 4 to 6.")
                                    .arg(it.key())
                                    .arg(it.value());
                }
            }
            return warnings;
        };
    }
    if (typeId == QLatin1String("subcommittee")) {
        return [](const QList<Record> &records, const QVariantMap &context) {
            return missingSubcommittees(records,
                                        context.value(QStringLiteral("committee_kind")).toString());
        };
    }
    return {};
}

} // namespace committee
