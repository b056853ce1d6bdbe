#include "documents/XlsxExport.h"

#include "documents/CellDate.h"
#include "documents/DocumentRenderer.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <xlsxwriter.h>

#include <cmath>

namespace committee {

namespace {

struct Cell {
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;
    bool bold = false;
};

struct Item {
    bool isTable = false;
    QString text; // a paragraph
    bool bold = false;
    bool large = false;
    int rows = 0;
    int columns = 0;
    int headerRows = 0;
    QList<double> widths; // percentages
    QList<Cell> cells;
};

struct Sheet {
    QString name;
    QList<Item> items;
};

bool isBold(const QTextBlock &block)
{
    const auto it = block.begin();
    return !it.atEnd() && it.fragment().charFormat().fontWeight() >= QFont::DemiBold;
}

QString plain(QString text)
{
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    return text;
}

Item tableItem(QTextTable *table)
{
    Item item;
    item.isTable = true;
    item.rows = table->rows();
    item.columns = table->columns();
    item.headerRows = table->format().headerRowCount();
    for (const QTextLength &length : table->format().columnWidthConstraints()) {
        item.widths << (length.type() == QTextLength::PercentageLength ? length.rawValue() : 0);
    }
    for (int r = 0; r < table->rows(); ++r) {
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c) {
                continue; // covered by a merged cell
            }
            QStringList lines;
            bool bold = false;
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                if (it.currentBlock().isValid()) {
                    lines << plain(it.currentBlock().text());
                    bold = bold || (lines.size() == 1 && isBold(it.currentBlock()));
                }
            }
            item.cells.append({r, c, cell.rowSpan(), cell.columnSpan(),
                               lines.join(QLatin1Char('\n')).trimmed(), bold});
        }
    }
    return item;
}

QList<Sheet> readSheets(const QTextDocument &doc)
{
    QList<Sheet> sheets(1);
    auto breaksBefore = [](const QTextFormat &format) {
        return format.intProperty(QTextFormat::PageBreakPolicy) &
               QTextFormat::PageBreak_AlwaysBefore;
    };
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            if (breaksBefore(table->format()) && !sheets.last().items.isEmpty()) {
                sheets.append(Sheet());
            }
            sheets.last().items.append(tableItem(table));
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid()) {
            continue;
        }
        if (breaksBefore(block.blockFormat()) && !sheets.last().items.isEmpty()) {
            sheets.append(Sheet());
        }
        const QString text = plain(block.text()).trimmed();
        if (text.isEmpty()) {
            continue;
        }
        const auto first = block.begin();
        const double size = first.atEnd() ? 0 : first.fragment().charFormat().fontPointSize();
        Item paragraph;
        paragraph.text = text;
        paragraph.bold = isBold(block);
        paragraph.large = size >= 18;
        sheets.last().items.append(paragraph);
    }
    sheets.removeIf([](const Sheet &s) { return s.items.isEmpty(); });
    return sheets;
}

// Excel's width units are about one Latin character; a Chinese character takes two.
double textUnits(const QString &text)
{
    double units = 0;
    for (const QChar ch : text) {
        units += ch.unicode() < 0x2E80 ? 1.1 : 2.1;
    }
    return units;
}

int lineCount(const QString &text, double width)
{
    int lines = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        lines += qMax(1, int(std::ceil(textUnits(line) / qMax(1.0, width - 1))));
    }
    return lines;
}

QString sheetName(const Sheet &sheet, int index, QSet<QString> &used)
{
    QString name = sheet.items.first().text;
    name.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\\\n《》]")));
    name = name.left(28).trimmed();
    if (name.isEmpty() || used.contains(name)) {
        name = QStringLiteral("%1 %2").arg(name.left(24)).arg(index + 1).trimmed();
    }
    used.insert(name);
    return name;
}

// The cell formats of a workbook, made once each: libxlsxwriter keeps every format it is
// given, so a date format per cell would bloat the styles.
enum class Look { Title, Subtitle, Text, Bold, Cell, CellBold, Head };

class Formats {
public:
    explicit Formats(lxw_workbook *book) : m_book(book) {}

    lxw_format *get(Look look, const char *numberFormat = nullptr)
    {
        const auto key = qMakePair(int(look), QByteArray(numberFormat));
        if (lxw_format *made = m_made.value(key)) {
            return made;
        }
        const bool bold = look == Look::Title || look == Look::Bold || look == Look::CellBold ||
                          look == Look::Head;
        const bool border = look == Look::Cell || look == Look::CellBold || look == Look::Head;
        const bool centre = look == Look::Title || look == Look::Subtitle || look == Look::Head;
        lxw_format *f = workbook_add_format(m_book);
        format_set_font_name(f, "宋体");
        format_set_font_size(f, look == Look::Title ? 16 : look == Look::Subtitle ? 12 : 11);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        format_set_align(f, centre ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT);
        if (bold) {
            format_set_bold(f);
        }
        if (border) {
            format_set_border(f, LXW_BORDER_THIN);
        }
        if (look == Look::Head) {
            format_set_bg_color(f, 0xEDEDED);
        }
        if (numberFormat) {
            format_set_num_format(f, numberFormat);
        }
        m_made.insert(key, f);
        return f;
    }

private:
    lxw_workbook *m_book;
    QHash<QPair<int, QByteArray>, lxw_format *> m_made;
};

// One cell's value as what it is: a whole date as a date, a plain whole number (a count) as
// a number, anything else (phone numbers, ids, a sentence with a date in it) as text.
void writeValue(lxw_worksheet *ws, lxw_row_t row, lxw_col_t column, const QString &text,
                Formats &formats, Look look)
{
    static const QRegularExpression wholeNumber(QStringLiteral("^(0|-?[1-9][0-9]{0,8})$"));
    if (const std::optional<CellDate> date = CellDate::parse(text)) {
        lxw_datetime when{date->date.year(), date->date.month(), date->date.day(), 0, 0, 0};
        worksheet_write_datetime(ws, row, column, &when, formats.get(look, date->numberFormat));
    } else if (wholeNumber.match(text).hasMatch()) {
        worksheet_write_number(ws, row, column, text.toDouble(), formats.get(look));
    } else {
        worksheet_write_string(ws, row, column, text.toUtf8().constData(), formats.get(look));
    }
}

// A cell over `rows` x `columns`: merged, with the value written into its first cell (a
// merge itself only holds text).
void writeRange(lxw_worksheet *ws, lxw_row_t row, lxw_col_t column, int rows, int columns,
                const QString &text, Formats &formats, Look look)
{
    if (rows > 1 || columns > 1) {
        worksheet_merge_range(ws, row, column, lxw_row_t(row + rows - 1),
                              lxw_col_t(column + columns - 1), "", formats.get(look));
    }
    writeValue(ws, row, column, text, formats, look);
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]")));
    return text;
}

} // namespace

Result<QByteArray> XlsxExport::write(const FilledDocument &document)
{
    QTextDocument doc;
    DocumentRenderer::loadUnpaged(doc, document);
    const QList<Sheet> sheets = readSheets(doc);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return makeError(Error::Kind::Io, tr("No temporary folder for the workbook."));
    }
    const QString path = dir.filePath(QStringLiteral("document.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (!book) {
        return makeError(Error::Kind::Io, tr("The workbook could not be started."));
    }
    const QByteArray title = document.title.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>("Committee Desk");
    workbook_set_properties(book, &properties);

    Formats formats(book);
    const bool landscape = document.spec && document.spec->orientation == QPageLayout::Landscape;
    const double sheetWidth = landscape ? 140 : 90;
    // The sheet's title rows: what the document is, then whose and for when.
    const QString sheetTitle = document.heading.isEmpty() ? document.title : document.heading;
    QStringList whoWhen{document.committee, document.period};
    whoWhen.removeAll(QString());
    const QString subtitle = whoWhen.join(QChar(0x3000));
    const QSet<QString> titles{withoutSpaces(document.title), withoutSpaces(sheetTitle)};
    constexpr int kTitleRows = 3; // the title, whose and for when, a blank row
    QSet<QString> used;
    for (int s = 0; s < sheets.size(); ++s) {
        const Sheet &sheet = sheets[s];
        const QByteArray name = sheetName(sheet, s, used).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(book, name.constData());
        worksheet_set_paper(ws, 9); // A4
        if (landscape) {
            worksheet_set_landscape(ws);
        }
        worksheet_set_margins(ws, 28 / 25.4, 26 / 25.4, 37 / 25.4, 35 / 25.4);
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_set_footer(ws, "&C— &P —");

        int columns = 1;
        QList<double> widths;
        for (const Item &item : sheet.items) {
            columns = qMax(columns, item.columns);
            if (item.isTable && widths.isEmpty() && item.columns == columns) {
                widths = item.widths;
            }
        }
        QList<double> units;
        for (int c = 0; c < columns; ++c) {
            const double pct = widths.value(c) > 0 ? widths.value(c) : 100.0 / columns;
            units << sheetWidth * pct / 100;
        }
        // A date Excel cannot fit in its column shows as ####, not wrapped: widen the column.
        for (const Item &item : sheet.items) {
            for (const Cell &cell : item.cells) {
                if (cell.columnSpan == 1 && CellDate::parse(cell.text)) {
                    units[cell.column] = qMax(units[cell.column], textUnits(cell.text) + 1);
                }
            }
        }
        double total = 0;
        for (int c = 0; c < columns; ++c) {
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), units[c], nullptr);
            total += units[c];
        }
        writeRange(ws, 0, 0, 1, columns, sheetTitle, formats, Look::Title);
        worksheet_set_row(ws, 0, 22.0 * lineCount(sheetTitle, total), nullptr);
        writeRange(ws, 1, 0, 1, columns, subtitle, formats, Look::Subtitle);
        worksheet_set_row(ws, 1, 16.0 * lineCount(subtitle, total), nullptr);
        int row = kTitleRows;
        bool repeated = false;
        bool beforeTables = true;
        for (const Item &item : sheet.items) {
            if (!item.isTable) {
                // The template's own title line would repeat the title row.
                if (beforeTables && titles.contains(withoutSpaces(item.text))) {
                    continue;
                }
                const Look look = item.large ? Look::Title : item.bold ? Look::Bold : Look::Text;
                writeRange(ws, lxw_row_t(row), 0, 1, columns, item.text, formats, look);
                const double line = item.large ? 22 : 15;
                worksheet_set_row(ws, lxw_row_t(row), line * lineCount(item.text, total), nullptr);
                ++row;
                continue;
            }
            beforeTables = false;
            if (item.headerRows > 0 && !repeated) {
                worksheet_repeat_rows(ws, lxw_row_t(row), lxw_row_t(row + item.headerRows - 1));
                repeated = true;
            }
            QList<int> lines(item.rows, 1);
            for (const Cell &cell : item.cells) {
                // A header row of headings (<th>) is shaded; one that repeats a form's first
                // row (a label and its value) keeps the look of the form.
                const bool header = cell.row < item.headerRows;
                const Look look = header && cell.bold ? Look::Head
                                  : cell.bold         ? Look::CellBold
                                                      : Look::Cell;
                writeRange(ws, lxw_row_t(row + cell.row), lxw_col_t(cell.column), cell.rowSpan,
                           cell.columnSpan, cell.text, formats, look);
                double width = 0;
                for (int k = 0; k < cell.columnSpan; ++k) {
                    width += units.value(cell.column + k);
                }
                // Excel does not fit a row to wrapped text in merged cells: set the height.
                const int need = lineCount(cell.text, width);
                const int perRow = (need + cell.rowSpan - 1) / cell.rowSpan;
                for (int k = 0; k < cell.rowSpan && cell.row + k < item.rows; ++k) {
                    lines[cell.row + k] = qMax(lines[cell.row + k], perRow);
                }
            }
            for (int r = 0; r < item.rows; ++r) {
                worksheet_set_row(ws, lxw_row_t(row + r), 15.0 * lines[r] + 3, nullptr);
            }
            row += item.rows + 1; // a blank row between tables
        }
    }
    if (sheets.isEmpty()) {
        workbook_add_worksheet(book, nullptr);
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

} // namespace committee
