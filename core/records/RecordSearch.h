#pragma once

#include "records/RecordRepository.h"

namespace committee {

// The SQL that picks and orders the records of a list (RecordQuery), shared by the
// repository's reads. Every value is a bound parameter; only column names from the type's
// description are written into the statement.
namespace RecordSearch {

// " WHERE ..." (or empty), appending the values to `bindings`.
QString whereSql(const RecordType &type, const RecordQuery &query, QVariantList &bindings);
// " ORDER BY ...": the query's sort field, else the type's own order; ties by id.
QString orderSql(const RecordType &type, const RecordQuery &query);

} // namespace RecordSearch
} // namespace committee
