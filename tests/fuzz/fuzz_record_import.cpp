// The CSV and JSON record import (RecordExchange::parse): any bytes a clerk might pick as
// a file. The first byte chooses the record type (low bits) and the format (high bit: JSON);
// the rest is the file's content.
#include "FuzzSupport.h"

#include "committee/CommitteeTypes.h"
#include "exchange/RecordExchange.h"
#include "ledger/LedgerTypes.h"

using namespace committee;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    static const QList<const RecordType *> types = [] {
        QList<const RecordType *> all = LedgerTypes::all();
        all << &LedgerTypes::agendaItem() << &CommitteeTypes::member();
        return all;
    }();
    const RecordType &type = *types.at(data[0] % types.size());
    const QString fileName =
        (data[0] & 0x80) ? QStringLiteral("records.json") : QStringLiteral("records.csv");
    const QByteArray content(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    bool gbk = false;
    auto parsed = RecordExchange::parse(type, fileName, content, &gbk);
    if (!parsed) {
        // Every refusal must say something to the clerk.
        if (parsed.error().message.isEmpty()) {
            __builtin_trap();
        }
    }
    return 0;
}
