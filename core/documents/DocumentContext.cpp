#include "documents/DocumentContext.h"

#include "committee/CommitteeProfile.h"
#include "committee/CommitteeTypes.h"
#include "documents/TemplateStore.h"
#include "exchange/TownshipOverview.h"
#include "records/FieldText.h"
#include "records/RecordRepository.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace committee {

DocumentContext::DocumentContext(Database &db, const TemplateStore &templates,
                                 DocumentFlavor flavor)
    : m_db(&db), m_templates(&templates), m_flavor(flavor)
{}

Result<DocumentContext> DocumentContext::create(Database &db, const TemplateStore &templates,
                                                DocumentFlavor flavor)
{
    DocumentContext context(db, templates, flavor);
    auto profile = CommitteeProfile(db).load();
    if (!profile) {
        return profile.error();
    }
    // A township overview has no committee of its own; its documents name the 镇街.
    auto overview = TownshipOverview::isOverview(db);
    if (!profile->has_value() && !(overview && overview.value())) {
        return makeError(Error::Kind::NotFound,
                         tr("The committee has not been set up yet, so documents cannot name "
                            "it. Fill in the committee first."));
    }
    if (profile->has_value()) {
        context.m_profile = profile->value();
    }
    auto labels = context.wording(QStringLiteral("labels.json"));
    if (!labels) {
        return labels.error();
    }
    context.m_labels = labels.value();
    return context;
}

Result<QJsonObject> DocumentContext::wording(const QString &name) const
{
    auto text = m_templates->text(name);
    if (!text) {
        return text.error();
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text->toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        return makeError(
            Error::Kind::Invalid,
            tr("The wording file %1 is not valid JSON (%2).").arg(name, error.errorString()));
    }
    return json.object();
}

QString DocumentContext::residents() const
{
    return words(QStringLiteral("{r}"));
}

QString DocumentContext::words(QString text) const
{
    const QString kind = committeeKind() == CommitteeTypes::kVillage ? QStringLiteral("village")
                                                                     : QStringLiteral("community");
    const QJsonObject words =
        m_labels.value(QStringLiteral("words")).toObject().value(kind).toObject();
    for (auto it = words.constBegin(); it != words.constEnd(); ++it) {
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value().toString());
    }
    return text;
}

QString DocumentContext::forThisCommittee(QString text) const
{
    // The lists write the pair with full-width or ASCII brackets, with or without spaces.
    static const QString pair = QStringLiteral("村\\s*[（(]\\s*(?:居|社区)\\s*[）)]\\s*");
    static const QRegularExpression residents(pair + QStringLiteral("民"));
    static const QRegularExpression affairs(pair + QStringLiteral("务"));
    static const QRegularExpression committeeShort(pair + QStringLiteral("委"));
    static const QRegularExpression place(pair);
    text.replace(residents, QStringLiteral("{r}"));
    text.replace(affairs, QStringLiteral("{w}"));
    text.replace(committeeShort, QStringLiteral("{k}委"));
    text.replace(place, QStringLiteral("{c}"));
    return words(text);
}

QString DocumentContext::phrase(const QString &key, const QVariantMap &values) const
{
    QString text = m_labels.value(QStringLiteral("phrases")).toObject().value(key).toString();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value().toString());
    }
    return words(text);
}

QVariantMap DocumentContext::committeeValues() const
{
    QVariantMap values;
    for (auto it = m_profile.values.cbegin(); it != m_profile.values.cend(); ++it) {
        values.insert(it.key(),
                      it.value().typeId() == QMetaType::QDate ? date(it.value()) : it.value());
    }
    values.insert(QStringLiteral("residents"), residents());
    values.insert(QStringLiteral("affairs"), words(QStringLiteral("{w}")));
    values.insert(QStringLiteral("unit"), words(QStringLiteral("{c}")));
    values.insert(QStringLiteral("village"), committeeKind() == CommitteeTypes::kVillage);
    return values;
}

QString DocumentContext::choice(const RecordType &type, const QString &key,
                                const QVariant &value) const
{
    const QJsonObject labels = m_labels.value(QStringLiteral("choices"))
                                   .toObject()
                                   .value(type.id + QLatin1Char('.') + key)
                                   .toObject();
    const QString text = labels.value(value.toString()).toString();
    return text.isEmpty() ? value.toString() : words(text);
}

QString DocumentContext::display(const RecordType &type, const QString &key,
                                 const QVariant &value) const
{
    const FieldSpec *field = type.field(key);
    if (!field) {
        return value.toString();
    }
    switch (field->kind) {
    case FieldKind::Date:
        return date(value);
    case FieldKind::Choice:
        return value.toString().isEmpty() ? QString() : choice(type, key, value);
    case FieldKind::StringList:
    case FieldKind::People:
        return value.toStringList().join(QLatin1Char('\n'));
    case FieldKind::Integer:
        return value.isNull() || value.toString().isEmpty() ? QString()
                                                            : QString::number(value.toLongLong());
    default:
        return value.toString();
    }
}

namespace {
QDate toDate(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate) {
        return value.toDate();
    }
    if (value.typeId() == QMetaType::QDateTime) {
        return value.toDateTime().date();
    }
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}
} // namespace

QString DocumentContext::date(const QVariant &value)
{
    const QDate d = toDate(value);
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
                       : QString();
}

QString DocumentContext::shortDate(const QVariant &value)
{
    const QDate d = toDate(value);
    return d.isValid() ? QStringLiteral("%1.%2.%3").arg(d.year()).arg(d.month()).arg(d.day())
                       : QString();
}

QString DocumentContext::chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0 || n >= 100) {
        return QString::number(n);
    }
    if (n < 10) {
        return digits.at(n);
    }
    const int tens = n / 10;
    const int ones = n % 10;
    return (tens > 1 ? QString(digits.at(tens)) : QString()) + QStringLiteral("十") +
           (ones > 0 ? QString(digits.at(ones)) : QString());
}

QVariantMap DocumentContext::printedValues(const Record &record)
{
    return record.isFinalized() && !record.snapshot.isEmpty() ? record.snapshot : record.values;
}

Result<QVariantList> DocumentContext::amendmentNotes(const RecordType &type,
                                                     const Record &record) const
{
    QVariantList notes;
    if (!record.isFinalized()) {
        return notes;
    }
    auto amendments = RecordRepository(*m_db).amendments(type, record.id);
    if (!amendments) {
        return amendments.error();
    }
    const QJsonObject fields = m_labels.value(QStringLiteral("fields")).toObject();
    for (const Amendment &a : amendments.value()) {
        const FieldSpec *field = type.field(a.field);
        QString label = fields.value(type.id + QLatin1Char('.') + a.field).toString();
        if (label.isEmpty()) {
            label = field ? FieldText::label(*field) : a.field;
        }
        notes.append(QVariantMap{{QStringLiteral("date"), date(a.at)},
                                 {QStringLiteral("field"), words(label)},
                                 {QStringLiteral("old"), a.oldValue},
                                 {QStringLiteral("new"), a.newValue},
                                 {QStringLiteral("reason"), a.reason}});
    }
    return notes;
}

} // namespace committee
