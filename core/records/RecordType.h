#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace committee {

enum class FieldKind {
    Text,      // one line
    MultiLine, // paragraphs; line breaks are kept
    Integer,
    Date,       // stored as ISO yyyy-MM-dd
    Choice,     // one of a fixed set of stored values, each with a label
    StringList, // one entry per line, stored as a JSON array
    Phone,      // mobile or landline, validated
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
};

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
