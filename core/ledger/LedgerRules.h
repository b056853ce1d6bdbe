#pragma once

#include "records/Record.h"
#include "records/RecordType.h"
#include "records/Validation.h"

#include <QCoreApplication>

namespace committee {

// The procedural rules of the ledgers as pure functions of a record's values (and, where
// needed, its context), so they are tested by tables and shared by every front end.
// Looked up by record type id so each type's description names its rules in one line.
class LedgerRules {
    Q_DECLARE_TR_FUNCTIONS(committee::LedgerRules)
public:
    using Rules = std::function<QList<FieldError>(const QVariantMap &)>;
    using Warnings = std::function<QStringList(const Record &)>;
    using Progress = std::function<QString(const Record &)>;
    using ListWarnings = std::function<QStringList(const QList<Record> &, const QVariantMap &)>;

    static Rules rulesFor(const QString &typeId);
    static Warnings warningsFor(const QString &typeId);
    static Progress progressFor(const QString &typeId);
    static ListWarnings listWarningsFor(const QString &typeId);

    // A workflow is a list of date fields that must be completed in order.
    struct Step {
        QString key;
        const char *label; // the date field's label, context "committee::Fields"
        const char *name;  // the step itself, context "committee::Fields"
    };
    static const QList<Step> &decisionSteps();   // 四议两公开, six steps
    static const QList<Step> &disclosureSteps(); // 村(居)务公开, five steps
    static QList<FieldError> stepsInOrder(const QList<Step> &steps, const QVariantMap &values);
    // The first step not yet done, or -1 when all are done.
    static int nextStep(const QList<Step> &steps, const QVariantMap &values);

    // Days a disclosure must stay on the board: at least 10 days, finance at least a month.
    static QString displayTimeProblem(const QVariantMap &disclosure);
    static QStringList subcommitteeProblems(const QVariantMap &subcommittee);
    static QStringList missingSubcommittees(const QList<Record> &subcommittees,
                                            const QString &committeeKind);
};

} // namespace committee
