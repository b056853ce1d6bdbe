#pragma once

#include "common/Result.h"
#include "records/RecordRepository.h"

#include <QCoreApplication>

namespace committee {

class Database;

// Records of one type to and from JSON and CSV. The columns are the field keys (README
// documents them per type); Date is yyyy-MM-dd, lists and names are one per line in CSV
// and arrays in JSON. Import checks every row first and imports nothing if any row is
// bad, naming each bad row and field; then it saves all rows in one transaction.
struct ExchangeOptions {
    bool includeSensitive = false; // sensitive fields are left out unless asked for
};

class RecordExchange {
    Q_DECLARE_TR_FUNCTIONS(committee::RecordExchange)
public:
    using Options = ExchangeOptions;
    static Result<QByteArray> toJson(Database &db, const RecordType &type, const RecordQuery &query,
                                     const Options &options = {});
    // The same JSON for records already read (e.g. one period's, for a bundle).
    static QByteArray recordsToJson(const RecordType &type, const QList<Record> &records,
                                    const Options &options = {});
    static Result<QByteArray> toCsv(Database &db, const RecordType &type, const RecordQuery &query,
                                    const Options &options = {});

    struct ImportResult {
        int imported = 0;
        bool decodedAsGbk = false;
    };
    // `fileName` decides the format (.csv or .json) and appears in messages.
    static Result<ImportResult> import(Database &db, const RecordType &type,
                                       const QString &fileName, const QByteArray &content);
    // Parses and checks without saving: the list of records, or every problem found.
    static Result<QList<Record>> parse(const RecordType &type, const QString &fileName,
                                       const QByteArray &content, bool *decodedAsGbk = nullptr);
};

} // namespace committee
