#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace committee {

// Checks an existing file before SQLite is allowed to touch it. Opening a damaged file
// read-write can rewrite its header (switching to WAL does), so the checks here only
// read, and a file that fails them is left exactly as it was.
class DatabaseFile {
    Q_DECLARE_TR_FUNCTIONS(committee::DatabaseFile)
public:
    struct Info {
        bool exists = false;
        int userVersion = 0;
    };
    static Result<Info> inspect(const QString &path);
};

} // namespace committee
