#pragma once

#include "ledger/Attachments.h"
#include "ledger/RecordLinks.h"
#include "records/Record.h"
#include "records/RecordRepository.h"
#include "records/RecordType.h"

#include <QTextBrowser>

namespace committee::ui {

// What a ledger record shows besides its fields.
struct DetailExtras {
    QHash<QString, QString> referenceLabels; // RecordRef field key -> how the target reads
    QList<Amendment> amendments;
    QList<Attachment> attachments;
    QList<RecordLink> links;
};

// A readable page of every field of one record. Where an entry differs from its official
// text, the official wording is shown under the clerk's; a finalized record shows its
// amendments with their reasons and the original values; warnings come first.
class RecordDetailView : public QTextBrowser {
    Q_OBJECT
public:
    explicit RecordDetailView(QWidget *parent = nullptr);

    void showRecord(const RecordType &type, const Record &record, const DetailExtras &extras = {});
    void showNothing(const QString &hint);

signals:
    void attachmentClicked(qint64 attachmentId);

private:
    QString ledgerSections(const RecordType &type, const Record &record,
                           const DetailExtras &extras) const;
};

} // namespace committee::ui
