#pragma once

#include "common/Result.h"
#include "records/Record.h"
#include "reference/Editions.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace committee {

class Database;

// Reads the official lists shipped in resources/reference and loads them as official
// editions. Parsing is separate from loading so bad data is reported (naming the entry)
// before anything is written.
class ReferenceLoader {
    Q_DECLARE_TR_FUNCTIONS(committee::ReferenceLoader)
public:
    struct Task {
        Record task;
        QList<Record> measures;
    };
    struct ParsedList {
        EditionInfo edition;
        QList<Record> duties;   // for ListKind::Duties
        QList<Task> tasks;      // for ListKind::Tasks
        QJsonObject definition; // for ListKind::ProgressForm: the whole document
    };

    static Result<ParsedList> parse(const QByteArray &json);
    static Result<ParsedList> parseResource(const QString &resourcePath);

    // The lists built into this version of the app.
    static QStringList builtInResources();

    // Loads each built-in list that has no official edition yet. Safe to call at every
    // start: it does nothing when they are all there.
    static Status ensureOfficialEditions(Database &db);

    static Status load(Database &db, const ParsedList &list);
};

} // namespace committee
