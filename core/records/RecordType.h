#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace committee {

enum class FieldKind {
    Text,      // one line
    MultiLine, // paragraphs; line breaks are kept
    Integer,
    Date,       // stored as ISO yyyy-MM-dd
    Choice,     // one of a fixed set of stored values, each with a label
    StringList, // one entry per line, stored as a JSON array
    Phone,      // mobile or landline, validated
    Time,       // a time of day or a span, e.g. 14:30 or 14:30-16:00
    People,     // names, one per line, picked from the members or typed
    RecordRef,  // the id of another record (FieldSpec::refType says which type)
};

struct Choice {
    QString value;     // what is stored
    const char *label; // English source text, translated in context "committee::Fields"
};

// One field of a record type. Labels are source texts marked with QT_TRANSLATE_NOOP in
// context "committee::Fields", so every generic part translates them the same way.
struct FieldSpec {
    QString key; // column name
    const char *label;
    FieldKind kind = FieldKind::Text;
    bool required = false;
    int maxLength = 0; // 0: no limit (counted in characters, as the clerk sees them)
    QList<Choice> choices = {};
    bool inList = false;      // shown as a column in lists
    bool sensitive = false;   // masked in lists, never logged, left out of exports
    bool hasOfficial = false; // compared with, and restorable from, the official text
    bool appManaged = false;  // kept by the app (e.g. a number that follows the order)
    int minimum = 0;          // for Integer
    int maximum = 1000000;    // for Integer
    QString refType = {};     // for RecordRef: the RecordType::id it points to
};

struct FieldError;
struct Record;

// A record type described once. The repository, list model, detail view, editor form and
// CLI all read this description instead of having code of their own per type.
struct RecordType {
    QString id;                   // stable identifier, e.g. "duty_item"
    QString table;                // SQL table
    const char *singular;         // English source, context "committee::Fields"
    const char *plural;           // English source, context "committee::Fields"
    QString parentKey = {};       // column linking to the owning record, if any
    bool ordered = false;         // has a position column the clerk can reorder
    bool numbered = false;        // has a number column kept equal to position (1, 2, 3, ...)
    bool hasOfficialText = false; // rows may carry an `official` JSON column
    QList<FieldSpec> fields = {};

    // Ledger records (meetings, disclosures, ...) go to a trash instead of being deleted,
    // can be finalized and then only amended with a reason, and carry attachments and
    // links to the lists. Their tables have the ledger columns (see Migrations v3).
    bool ledger = false;
    QString dateKey = {}; // the Date field that places a record in a year and quarter
    QString kindKey = {}; // the Choice field the list can be filtered by
    // Rules across fields that must hold to save (e.g. workflow steps in order).
    std::function<QList<FieldError>(const QVariantMap &)> rules = {};
    // What the clerk should be told but may still save (quorum not met, too short on the
    // notice board, ...). Shown in the list's status column and the detail page.
    std::function<QStringList(const Record &)> warnings = {};
    // Where a record stands, in a few words (e.g. the next 四议两公开 step).
    std::function<QString(const Record &)> progress = {};
    // Checks over all records of the type (e.g. 4-6 catalogue entries a year). The
    // context carries facts from outside the list, such as the committee's kind.
    std::function<QStringList(const QList<Record> &, const QVariantMap &context)> listWarnings = {};

    const FieldSpec *field(const QString &key) const
    {
        for (const FieldSpec &f : fields) {
            if (f.key == key) {
                return &f;
            }
        }
        return nullptr;
    }
};

} // namespace committee
