#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace committee {

// CSV as Excel and WPS write it: comma-separated, fields with commas, quotes or line breaks
// in double quotes, quotes doubled. Files are UTF-8 with or without a BOM; a file that is
// not valid UTF-8 is read as GB18030 (which covers GBK), what older Chinese Excel and WPS
// save as "CSV".
namespace Csv {

struct Table {
    QList<QStringList> rows;
    QList<int> lineOfRow; // the file line each row starts on, for messages
    bool decodedAsGbk = false;
};

QString decode(const QByteArray &bytes, bool *wasGbk = nullptr);
Table parse(const QByteArray &bytes);
QByteArray write(const QList<QStringList> &rows); // UTF-8 with a BOM, CRLF line ends

} // namespace Csv
} // namespace committee
