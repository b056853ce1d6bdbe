#pragma once

#include "records/RecordStore.h"

namespace committee {

// The records of one ledger type: new records start on today's date (and the meeting
// number that comes next), references to other records read as their date and subject,
// and the list-wide checks learn the committee's kind.
class LedgerStore : public RecordStore {
public:
    LedgerStore(Database &db, const RecordType &type);

    Record blank() const override;
    QVariantMap listContext() const override;
    QList<QPair<qint64, QString>> referenceChoices(const FieldSpec &field) const override;
    QString referenceLabel(const FieldSpec &field, const QVariant &value) const override;
    QStringList peopleChoices() const override;

    // How a record reads in one line: its date and its subject.
    static QString labelOf(const RecordType &type, const Record &record);
    // The next 第N次 for a kind of meeting in a year.
    int nextMeetingNumber(const QString &kind, int year) const;
};

// The agenda items of one meeting. Their rules need the meeting's kind and attendance, and
// they are part of the meeting: once it is finalized they change only by amending it.
class AgendaItemStore : public RecordStore {
public:
    AgendaItemStore(Database &db, qint64 meetingId);

    Result<qint64> insert(const Record &record) override;
    Status update(const Record &record) override;
    Status remove(qint64 id) override;

protected:
    void addContext(QList<Record> &rows) const override;

private:
    Status checkMeetingOpen() const;
};

} // namespace committee
