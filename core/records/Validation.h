#pragma once

#include "records/RecordType.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace committee {

struct FieldError {
    QString field;   // FieldSpec::key
    QString message; // translated, names the field
};

// Checks values against a record type's description. Pure: no database, no widgets.
class Validation {
    Q_DECLARE_TR_FUNCTIONS(committee::Validation)
public:
    static QList<FieldError> check(const RecordType &type, const QVariantMap &values);
    static QString summary(const QList<FieldError> &errors);
};

} // namespace committee
