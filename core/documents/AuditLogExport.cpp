#include "documents/AuditLogExport.h"

#include "documents/DocumentExport.h"
#include "security/AuditText.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace committee {

namespace {
// Column widths in Excel's units (about one Latin character; Chinese takes two).
constexpr double widths[] = {20, 22, 14, 8, 8, 16, 30, 30};
} // namespace

Result<QByteArray> AuditLogExport::workbook(Database &db, const AuditFilter &filter)
{
    auto entries = AuditLog::query(db, filter);
    if (!entries) {
        return entries.error();
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return makeError(Error::Kind::Io, tr("No temporary folder for the workbook."));
    }
    const QString path = dir.filePath(QStringLiteral("audit.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (!book) {
        return makeError(Error::Kind::Io, tr("The workbook could not be started."));
    }
    const QByteArray sheetName = tr("Audit log").toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.constData());
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    lxw_format *text = workbook_add_format(book);
    format_set_text_wrap(text);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);

    const QStringList headers = {tr("When"),   tr("Who"),   tr("Record type"), tr("Record no."),
                                 tr("Action"), tr("Field"), tr("Old value"),   tr("New value")};
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c].toUtf8().constData(), header);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t row = 1;
    for (const AuditEntry &e : *entries) {
        const QStringList cells = {e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                   e.actor,
                                   AuditText::typeName(e.table),
                                   QString::number(e.recordId),
                                   AuditText::actionName(e.action),
                                   AuditText::fieldName(e.table, e.field),
                                   e.oldValue,
                                   e.newValue};
        for (int c = 0; c < cells.size(); ++c) {
            if (!cells[c].isEmpty()) {
                worksheet_write_string(sheet, row, lxw_col_t(c), cells[c].toUtf8().constData(),
                                       text);
            }
        }
        ++row;
    }
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR) {
        return makeError(Error::Kind::Io, tr("The workbook could not be written: %1")
                                              .arg(QString::fromUtf8(lxw_strerror(error))));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io, tr("The workbook could not be read back."));
    }
    return file.readAll();
}

Status AuditLogExport::save(Database &db, const AuditFilter &filter, const QString &path)
{
    auto bytes = workbook(db, filter);
    if (!bytes) {
        return bytes.error();
    }
    return DocumentExport::writeAtomically(path, *bytes);
}

} // namespace committee
