// The township's summary of its committees' quarterly sheets (附件2), from the bundles
// imported into its overview. Committees that sent nothing are listed as such, not left out.
#include "documents/DocumentContext.h"
#include "documents/providers/Providers.h"
#include "exchange/TownshipOverview.h"

#include <QDate>

namespace committee::Providers {

Result<QVariantMap> townshipSummary(const DocumentContext &context, const DocumentRequest &request)
{
    TownshipOverview overview(context.db());
    auto township = overview.township();
    if (!township) {
        return township.error();
    }
    auto sheets = overview.quarterlySheets(request.year, request.quarter);
    if (!sheets) {
        return sheets.error();
    }
    QVariantList rows;
    QStringList missing;
    int number = 0;
    QMap<QString, int> perStatus;
    int submittedSheets = 0;
    for (const TownshipOverview::SheetRow &row : sheets.value()) {
        const QDate filled = QDate::fromString(row.filledOn, Qt::ISODate);
        rows << QVariantMap{
            {QStringLiteral("number"), ++number},
            {QStringLiteral("committee"), row.committee.name},
            {QStringLiteral("submitted"), row.submitted},
            {QStringLiteral("progress"), row.progress},
            {QStringLiteral("problems"), row.problems},
            {QStringLiteral("status"), row.submitted        ? row.status
                                       : row.bundleReceived ? QStringLiteral("未附办理情况表")
                                                            : QStringLiteral("未报送")},
            {QStringLiteral("filled_on"),
             filled.isValid() ? DocumentContext::date(filled) : QString()},
            {QStringLiteral("contact"), row.contact},
        };
        if (row.submitted) {
            ++submittedSheets;
            ++perStatus[row.status];
        } else if (!row.bundleReceived) {
            missing << row.committee.name;
        }
    }
    QVariantList counts;
    for (auto it = perStatus.cbegin(); it != perStatus.cend(); ++it) {
        counts << QVariantMap{{QStringLiteral("status"), it.key()},
                              {QStringLiteral("count"), it.value()}};
    }
    const QString name = township->isEmpty() ? QStringLiteral("____镇（街道）") : township.value();
    return QVariantMap{
        {QStringLiteral("title"), QStringLiteral("%1%2年第%3季度村（社区）重点任务办理情况汇总表")
                                      .arg(name)
                                      .arg(request.year)
                                      .arg(request.quarter)},
        {QStringLiteral("township"), name},
        {QStringLiteral("year"), request.year},
        {QStringLiteral("quarter"), request.quarter},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("total"), int(rows.size())},
        {QStringLiteral("submitted_count"), int(rows.size() - missing.size())},
        {QStringLiteral("sheet_count"), submittedSheets},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("missing"), missing.join(QStringLiteral("、"))},
        {QStringLiteral("has_missing"), !missing.isEmpty()},
    };
}

} // namespace committee::Providers
