#pragma once

#include "common/Result.h"
#include "documents/DocumentSpec.h"
#include "records/Record.h"
#include "records/RecordType.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace committee {

class Database;
class TemplateStore;

// What every document provider is given: the database, the templates (for the wording
// files), the committee, and helpers that write values the way a Chinese form shows them.
// Printed wording (村民 or 居民, 2024年3月5日, the Chinese name of a choice) is document
// content, read from labels.json among the templates, so it is the same whatever language
// the program's windows are in, and a clerk can adjust it.
class DocumentContext {
    Q_DECLARE_TR_FUNCTIONS(committee::Documents)
public:
    static Result<DocumentContext> create(Database &db, const TemplateStore &templates,
                                          DocumentFlavor flavor);

    Database &db() const { return *m_db; }
    const TemplateStore &templates() const { return *m_templates; }
    DocumentFlavor flavor() const { return m_flavor; }

    QString committeeName() const { return m_profile.text(QStringLiteral("name")); }
    QString committeeKind() const { return m_profile.text(QStringLiteral("kind")); }
    const Record &profile() const { return m_profile; }
    // 村民 / 居民, and the other words that differ between a village and a community.
    QString residents() const;
    // The values every template may use: committee.name, committee.residents, ...
    QVariantMap committeeValues() const;

    // The printed Chinese wording of a choice (labels.json, "<type>.<field>"), with
    // {r} (村民/居民), {w} (村务/居务) and {c} (村/社区) filled in. Falls back to the value.
    QString choice(const RecordType &type, const QString &key, const QVariant &value) const;
    // A value as the document prints it: dates in Chinese, choices in Chinese, lists one
    // per line.
    QString display(const RecordType &type, const QString &key, const QVariant &value) const;
    // Fills {r}, {w} and {c} in a wording.
    QString words(QString text) const;
    // A text of the official lists, which speak to villages and communities at once
    // (村（居）民, 村 (居) 务, 村（社区）), as it reads for this committee (居民, 居务, 社区).
    QString forThisCommittee(QString text) const;
    // A phrase of labels.json ("phrases") with {name} filled from `values`, then words().
    QString phrase(const QString &key, const QVariantMap &values = {}) const;
    // A JSON wording file among the templates (labels.json, quarterly_draft.json).
    Result<QJsonObject> wording(const QString &name) const;

    // 2024年3月5日 (GB/T 9704: full year, no leading zeros); empty for no date.
    static QString date(const QVariant &value);
    // 2024.3.5, for the narrow date columns of a register.
    static QString shortDate(const QVariant &value);
    // 一, 二 ... 九十九, for section numbers.
    static QString chineseNumber(int n);
    // The values a record prints with: as finalized (its snapshot) when it was finalized,
    // so a later rename or edit never changes a closed book.
    static QVariantMap printedValues(const Record &record);
    // Amendments made after finalizing, as notes for under the record ("更正").
    Result<QVariantList> amendmentNotes(const RecordType &type, const Record &record) const;

private:
    DocumentContext(Database &db, const TemplateStore &templates, DocumentFlavor flavor);

    Database *m_db;
    const TemplateStore *m_templates;
    DocumentFlavor m_flavor;
    Record m_profile;
    QJsonObject m_labels;
};

} // namespace committee
