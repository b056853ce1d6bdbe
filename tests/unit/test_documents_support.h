#pragma once

#include "TestSupport.h"

#include "documents/DocumentSpec.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace committee {
class Database;
}

// Shared by the document tests: a committee with a known quarter of records, the PDF tools
// of poppler-utils, the cells of an XLSX, and the golden files.
namespace documents_test {

// A seeded database with the demo committee and records on fixed dates in the first quarter
// of 2024, so every document made from it is the same on every run.
std::unique_ptr<committee::Database> knownCommittee(const QString &path);
// Saves the fixture's sheet for 2024 Q1, as a clerk would have filled it on 28 March.
void saveKnownSheet(committee::Database &db);
// The request for that quarter.
committee::DocumentRequest quarter2024Q1();
// The record ids the fixture made.
struct Ids {
    qint64 declinedRequest = 0;
    qint64 assistedRequest = 0;
    qint64 financeDisclosure = 0;
    qint64 representativesMeeting = 0;
};
Ids knownIds(committee::Database &db);

// Runs a poppler tool (pdftotext, pdffonts, pdfinfo) and returns its standard output.
QString runTool(const QString &program, const QStringList &arguments);
QString pdfText(const QString &pdf, int firstPage = 0, int lastPage = 0);
int pdfPages(const QString &pdf);
QString withoutSpaces(QString text);

// One cell of an XLSX as stored: its type ("s" text, "" a number), its value (shared strings
// resolved) and the number format of its style ("" for the built-in ones).
struct XlsxCell {
    QString sheet;
    QString reference; // A1
    QString type;
    QString value;
    QString numberFormat;
    // The date a number with a date format stands for; invalid for anything else.
    QDate date() const;
};
QList<XlsxCell> xlsxCellList(const QString &path);
// The cells of every sheet, one "Sheet!A1=value" per line; a date cell reads
// "Sheet!A1=2024-03-28 [its number format]".
QStringList xlsxCells(const QString &path);

// Compares `actual` with tests/data/golden/NAME after normalising (whitespace runs become
// one space, and the <style> block, whose fonts depend on the machine, is left out).
// COMMITTEE_UPDATE_GOLDEN=1 writes the file instead.
void checkGolden(const QString &name, const QString &actual);

// With COMMITTEE_KEEP_OUTPUT=DIR, copies a written document there to look at.
void keep(const QString &path);
QString normalisedHtml(QString html);

} // namespace documents_test
