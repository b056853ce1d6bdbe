#pragma once

#include "TestSupport.h"

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

// The cells of every sheet of an XLSX, one "Sheet!A1=value" per line (shared strings
// resolved), read with the unzip tool.
QStringList xlsxCells(const QString &path);

// Compares `actual` with tests/data/golden/NAME after normalising (whitespace runs become
// one space, and the <style> block, whose fonts depend on the machine, is left out).
// COMMITTEE_UPDATE_GOLDEN=1 writes the file instead.
void checkGolden(const QString &name, const QString &actual);

// With COMMITTEE_KEEP_OUTPUT=DIR, copies a written document there to look at.
void keep(const QString &path);
QString normalisedHtml(QString html);

} // namespace documents_test
