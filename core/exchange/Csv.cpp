#include "exchange/Csv.h"

#include <QStringDecoder>

namespace committee::Csv {

QString decode(const QByteArray &bytes, bool *wasGbk)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        if (wasGbk) {
            *wasGbk = false;
        }
        return text;
    }
    QStringDecoder gbk("GB18030");
    if (wasGbk) {
        *wasGbk = gbk.isValid();
    }
    return gbk.isValid() ? QString(gbk.decode(data)) : text;
}

Table parse(const QByteArray &bytes)
{
    Table table;
    const QString text = decode(bytes, &table.decodedAsGbk);
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    auto endField = [&] {
        row << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        // A line with nothing on it is not a record (Excel leaves one at the end).
        if (!(row.size() == 1 && row.first().isEmpty())) {
            table.rows << row;
            table.lineOfRow << rowLine;
        }
        row.clear();
        rowLine = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        endRow();
    }
    return table;
}

QByteArray write(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row) {
            if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
                QString escaped = cell;
                escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                cells << QLatin1Char('"') + escaped + QLatin1Char('"');
            } else {
                cells << cell;
            }
        }
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace committee::Csv
