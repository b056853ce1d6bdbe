#pragma once

#include "records/RecordType.h"

#include <QCoreApplication>
#include <QVariant>

namespace committee {

// How field values read to a person, and how they are compared. Shared by lists, detail
// views, exports and the official-text comparison so they never disagree.
class FieldText {
    Q_DECLARE_TR_FUNCTIONS(committee::Fields)
public:
    static QString label(const FieldSpec &field);
    static QString typeName(const char *source);
    static QString display(const FieldSpec &field, const QVariant &value);
    // Same value for the purpose of "differs from the official text": whitespace at line
    // ends and blank lines are not differences a clerk would care about.
    static bool same(const FieldSpec &field, const QVariant &a, const QVariant &b);
    static QString maskedValue();
};

} // namespace committee
