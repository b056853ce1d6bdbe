#pragma once

#include "common/Result.h"
#include "documents/DocumentSpec.h"
#include "records/Record.h"
#include "records/RecordType.h"

#include <QJsonObject>
#include <QVariantList>

namespace committee {

class DocumentContext;

// What the logbooks share: a cover, a table of contents built as sections and pages are
// added, the page of one meeting with every field of the paper page, and the records of
// the chosen years in the order they happened.
class BookBuilder {
public:
    // `book` is the key in labels.json ("committee", "consultation", ...).
    BookBuilder(const DocumentContext &context, const QString &book,
                const DocumentRequest &request);

    // Starts a section ("一、…") on a new page; `key` names it in labels.json.
    QVariantMap &addSection(const QString &key);
    // A line of the contents under the current section, for a page that starts with the
    // anchor `anchor`.
    void addEntry(const QString &title, const QString &anchor);
    // The values for the template: title, cover, contents, sections, plus `extra`.
    QVariantMap finish(const QVariantMap &extra = {});

    // The records of `type` dated within the chosen years, earliest first.
    Result<QList<Record>> records(const RecordType &type) const;
    // Every field of a record as printed (dates short, choices by name, sensitive fields
    // left out), plus its row number and whether it is finalized.
    QVariantMap recordRow(const RecordType &type, const Record &record, int number) const;
    // The values of a meeting's page. The first page of a section follows its heading on
    // the same page; the others start a page of their own.
    Result<QVariantMap> meetingPage(const Record &meeting, bool newPage);
    // The meeting page's signature grid: rows of places, named where the attendee is known.
    static QVariantList signatureRows(const QStringList &names, int expected);
    // How a referenced record reads: its date and subject.
    QString referenceLabel(const QString &typeId, const QVariant &id) const;
    // A phrase of labels.json with {name} filled from `values`.
    QString phrase(const QString &key, const QVariantMap &values = {}) const;

    const DocumentContext &context() const { return m_context; }
    int firstYear() const { return m_request.year; }
    int lastYear() const { return m_request.lastYear > 0 ? m_request.lastYear : m_request.year; }

private:
    const DocumentContext &m_context;
    QString m_book;
    DocumentRequest m_request;
    QJsonObject m_labels;
    QList<QVariantMap> m_sections;
    QVariantList m_contents;
};

} // namespace committee
