#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

class QSqlError;

#include <initializer_list>

namespace committee {

class Database;

// Every statement goes through here: bound parameters only, and an error that says what
// failed without echoing the values (which may be personal data).
class Sql {
    Q_DECLARE_TR_FUNCTIONS(committee::Sql)
public:
    static Result<QSqlQuery> exec(Database &db, const QString &statement,
                                  const QVariantList &bindings = {});
    // First column of the first row, or a null QVariant when there is no row.
    // The clerk's words for what went wrong, e.g. a full disk.
    static Error failure(const QSqlError &error);
    static Result<QVariant> scalar(Database &db, const QString &statement,
                                   const QVariantList &bindings = {});
};

} // namespace committee
