#include "records/FieldText.h"

#include <QDate>
#include <QRegularExpression>

namespace committee {

namespace {
QString normalised(const QVariant &value)
{
    QStringList lines = value.typeId() == QMetaType::QStringList
                            ? value.toStringList()
                            : value.toString().split(QLatin1Char('\n'));
    QStringList kept;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            kept << trimmed;
        }
    }
    return kept.join(QLatin1Char('\n'));
}
} // namespace

QString FieldText::label(const FieldSpec &field)
{
    return tr(field.label);
}

QString FieldText::typeName(const char *source)
{
    return tr(source);
}

QString FieldText::display(const FieldSpec &field, const QVariant &value)
{
    switch (field.kind) {
    case FieldKind::StringList:
    case FieldKind::People:
        return value.toStringList().join(QLatin1Char('\n'));
    case FieldKind::Date: {
        const QDate date = value.typeId() == QMetaType::QDate
                               ? value.toDate()
                               : QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    }
    case FieldKind::Choice:
        for (const Choice &choice : field.choices) {
            if (choice.value == value.toString()) {
                return tr(choice.label);
            }
        }
        return value.toString();
    case FieldKind::Integer:
        return value.isNull() ? QString() : QString::number(value.toLongLong());
    case FieldKind::RecordRef:
        return value.isNull() || value.toLongLong() <= 0 ? QString()
                                                         : tr("no. %1").arg(value.toLongLong());
    default:
        return value.toString();
    }
}

bool FieldText::same(const FieldSpec &field, const QVariant &a, const QVariant &b)
{
    if (field.kind == FieldKind::Integer || field.kind == FieldKind::RecordRef) {
        return a.toLongLong() == b.toLongLong();
    }
    return normalised(a) == normalised(b);
}

QString FieldText::maskedValue()
{
    return tr("(hidden)");
}

} // namespace committee
