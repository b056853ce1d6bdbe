#pragma once

#include "records/Record.h"
#include "records/RecordType.h"

#include <QTextBrowser>

namespace committee::ui {

// A readable page of every field of one record. Where an entry differs from its official
// text, the official wording is shown under the clerk's, so nothing is hidden.
class RecordDetailView : public QTextBrowser {
    Q_OBJECT
public:
    explicit RecordDetailView(QWidget *parent = nullptr);

    void showRecord(const RecordType &type, const Record &record);
    void showNothing(const QString &hint);
};

} // namespace committee::ui
