#include "records/Validation.h"

#include "common/PhoneNumber.h"
#include "records/FieldText.h"

#include <QDate>
#include <QRegularExpression>

namespace committee {

namespace {
bool isBlank(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList) {
        for (const QString &s : value.toStringList()) {
            if (!s.trimmed().isEmpty()) {
                return false;
            }
        }
        return true;
    }
    return value.isNull() || value.toString().trimmed().isEmpty();
}
bool isTimeOrSpan(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([01]?[0-9]|2[0-3])[:：][0-5][0-9](\\s*[-–—~至]\\s*([01]?[0-9]|2[0-3])[:"
                       "：][0-5][0-9])?$"));
    return pattern.match(text.trimmed()).hasMatch();
}
} // namespace

QList<FieldError> Validation::check(const RecordType &type, const QVariantMap &values)
{
    QList<FieldError> errors;
    for (const FieldSpec &field : type.fields) {
        const QVariant value = values.value(field.key);
        const QString label = FieldText::label(field);
        if (isBlank(value)) {
            if (field.required) {
                errors.append({field.key, tr("“%1” must be filled in.").arg(label)});
            }
            continue;
        }
        const QString text = value.toString();
        if (field.kind == FieldKind::RecordRef) {
            continue; // an id chosen from a list; whether it exists is the database's concern
        }
        if (field.maxLength > 0 && text.size() > field.maxLength) {
            errors.append({field.key, tr("“%1” has %2 characters; at most %3 are allowed.")
                                          .arg(label)
                                          .arg(text.size())
                                          .arg(field.maxLength)});
        }
        switch (field.kind) {
        case FieldKind::Integer: {
            bool ok = false;
            const qlonglong n = value.toLongLong(&ok);
            if (!ok || n < field.minimum || n > field.maximum) {
                errors.append({field.key, tr("“%1” must be a whole number from %2 to %3.")
                                              .arg(label)
                                              .arg(field.minimum)
                                              .arg(field.maximum)});
            }
            break;
        }
        case FieldKind::Date: {
            const QDate date = value.typeId() == QMetaType::QDate
                                   ? value.toDate()
                                   : QDate::fromString(text, Qt::ISODate);
            if (!date.isValid()) {
                errors.append(
                    {field.key, tr("“%1” must be a date such as 2024-03-31.").arg(label)});
            }
            break;
        }
        case FieldKind::Phone:
            if (!PhoneNumber::isValid(text)) {
                errors.append(
                    {field.key, tr("“%1” is not a telephone number. Enter a mobile number of 11 "
                                   "digits starting with 1, or a landline with its area code, "
                                   "such as 023-67891234.")
                                    .arg(label)});
            }
            break;
        case FieldKind::Time:
            if (!isTimeOrSpan(text)) {
                errors.append({field.key, tr("“%1” must be a time such as 14:30, or a span such "
                                             "as 14:30-16:00.")
                                              .arg(label)});
            }
            break;
        case FieldKind::Choice: {
            bool known = false;
            for (const Choice &choice : field.choices) {
                known = known || choice.value == text;
            }
            if (!known) {
                errors.append(
                    {field.key, tr("“%1” has a value that is not one of the choices.").arg(label)});
            }
            break;
        }
        default:
            break;
        }
    }
    // Rules across fields run even when a field is missing, so all problems show at once.
    if (type.rules) {
        errors += type.rules(values);
    }
    return errors;
}

QString Validation::summary(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors) {
        lines << e.message;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace committee
