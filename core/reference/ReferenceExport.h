#pragma once

#include "common/Result.h"
#include "records/Record.h"
#include "reference/Editions.h"

#include <QCoreApplication>

namespace committee {

class Database;

// The current editions of the two lists, read once and written out for the CLI and for
// exchange. The JSON shape is documented in the README:
// {"duties":[{number,name,content,refined,basis[],department,remark}],
//  "tasks":[{number,title,measures:[{number,text}]}]}
class ReferenceExport {
    Q_DECLARE_TR_FUNCTIONS(committee::ReferenceExport)
public:
    struct TaskWithMeasures {
        Record task;
        QList<Record> measures;
    };
    struct CurrentLists {
        EditionInfo dutyEdition;
        EditionInfo taskEdition;
        QList<Record> duties;
        QList<TaskWithMeasures> tasks;
    };

    static Result<CurrentLists> read(Database &db);
    static QByteArray toJson(const CurrentLists &lists);
    static QString toText(const CurrentLists &lists);
};

} // namespace committee
