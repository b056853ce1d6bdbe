#pragma once

#include "common/Result.h"

#include <QDate>
#include <QPageLayout>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace committee {

class DocumentContext;

// What the clerk chose for a document: the period, or the record it is about.
struct DocumentRequest {
    int year = 0;
    int quarter = 0;     // 1-4, for the quarterly sheet
    qint64 recordId = 0; // for notices about one record
    int lastYear = 0;    // books over several years (0: only `year`)
    QDate issuedOn = {}; // the date a notice carries (default: today)
};

// Which output a document is being filled for. Templates see it as a flag (print, editable,
// spreadsheet, web), e.g. to leave the cover and contents out of a spreadsheet.
enum class DocumentFlavor { Print, Editable, Spreadsheet, Web };

// What a document needs chosen before it can be made.
enum class DocumentInput { Quarter, Year, Record };

// One document, described once: adding a document is a template and a provider here.
struct DocumentSpec {
    QString id;           // stable, e.g. "quarterly", "logbook-committee", "notice-decline"
    const char *name;     // English source, context "committee::Documents"
    QString templateName; // in resources/templates, or the override folder
    QString fileName;     // in a suggested file name, as the clerk calls it: 办理情况表
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    bool tabular = false;  // also offered as an XLSX workbook
    bool hasCover = false; // the first page is a cover and carries no page number
    DocumentInput input = DocumentInput::Year;
    QString recordType = {}; // for DocumentInput::Record: the ledger type chosen from
    // The values the template is filled with: the data provider. Core reads the database;
    // nothing here shows a window.
    std::function<Result<QVariantMap>(const DocumentContext &, const DocumentRequest &)> provide =
        {};
};

// A template filled for one request, ready to be laid out or written.
struct FilledDocument {
    const DocumentSpec *spec = nullptr;
    QString title; // for the PDF's metadata and a suggested file name
    // Whose document it is, what it is and the period it covers, for outputs that give every
    // part a header of their own (each sheet of a workbook): the PDF has them on its cover or
    // in its title lines, a sheet made from a later page has none.
    QString heading;   // the title without the committee and years where the template has one
    QString committee; // 桂花湾社区居民委员会; the township for a township's summary
    QString period;    // 2026年第四季度, 2025年度, 2024—2025年度; empty for a notice
    QString html;
    DocumentFlavor flavor = DocumentFlavor::Print;
    QStringList pageNumberFonts; // GB/T 9704: page numbers in 宋体
};

} // namespace committee
