#include "areas/reports/DocumentPages.h"

#include "areas/reports/DocumentActions.h"
#include "common/Period.h"
#include "documents/Documents.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerTypes.h"
#include "records/FieldText.h"
#include "records/RecordRepository.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace committee::ui {

namespace {
QSpinBox *yearBox(QWidget *parent, int year)
{
    auto *box = new QSpinBox(parent);
    box->setRange(kFirstYear, kLastYear);
    box->setValue(year);
    return box;
}
} // namespace

LogbookPage::LogbookPage(AppContext &context, QPrinter &printer, QWidget *parent)
    : QWidget(parent), m_book(new QComboBox(this)),
      m_from(yearBox(this, QDate::currentDate().year())),
      m_to(yearBox(this, QDate::currentDate().year()))
{
    m_book->setObjectName(QStringLiteral("book"));
    m_from->setObjectName(QStringLiteral("fromYear"));
    m_to->setObjectName(QStringLiteral("toYear"));
    for (const QString &kind : Documents::logbookKinds()) {
        m_book->addItem(Documents::name(*Documents::byId(Documents::logbookId(kind))), kind);
    }
    m_actions = new DocumentActions(
        context, printer,
        [this]() -> std::optional<DocumentActions::Target> {
            DocumentRequest request;
            request.year = m_from->value();
            request.lastYear = m_to->value() > m_from->value() ? m_to->value() : 0;
            return DocumentActions::Target{Documents::logbookId(m_book->currentData().toString()),
                                           request};
        },
        this);
    // The last year follows the first unless a span is chosen on purpose.
    connect(m_from, &QSpinBox::valueChanged, this, [this](int year) {
        if (m_to->value() < year) {
            m_to->setValue(year);
        }
    });
    connect(m_book, &QComboBox::currentIndexChanged, m_actions, &DocumentActions::updateButtons);
    auto *form = new QFormLayout;
    form->addRow(tr("Book"), m_book);
    form->addRow(tr("From the year"), m_from);
    form->addRow(tr("To the year"), m_to);
    auto *note = new QLabel(tr("Each book has a cover, the contents and page numbers; every "
                               "meeting starts on its own page with lines to sign. Finalized "
                               "records print as they were finalized, with later amendments "
                               "noted under them."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_actions);
    layout->addStretch(1);
    m_actions->updateButtons();
}

void LogbookPage::choose(const QString &kind, int year, int lastYear)
{
    m_book->setCurrentIndex(m_book->findData(kind));
    m_from->setValue(year);
    m_to->setValue(lastYear > 0 ? lastYear : year);
}

NoticePage::NoticePage(AppContext &context, QPrinter &printer, QWidget *parent)
    : QWidget(parent), m_context(context), m_notice(new QComboBox(this)),
      m_record(new QComboBox(this)), m_recordLabel(new QLabel(this)),
      m_year(yearBox(this, QDate::currentDate().year())), m_date(new QDateEdit(this))
{
    m_notice->setObjectName(QStringLiteral("notice"));
    m_record->setObjectName(QStringLiteral("record"));
    m_year->setObjectName(QStringLiteral("year"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(QDate::currentDate());
    for (const DocumentSpec &spec : Documents::all()) {
        if (spec.id.startsWith(QLatin1String("notice-"))) {
            m_notice->addItem(Documents::name(spec), spec.id);
        }
    }
    m_actions = new DocumentActions(
        context, printer,
        [this]() -> std::optional<DocumentActions::Target> {
            const DocumentSpec *spec = Documents::byId(m_notice->currentData().toString());
            if (!spec) {
                return std::nullopt;
            }
            DocumentRequest request;
            request.issuedOn = m_date->date();
            if (spec->input == DocumentInput::Record) {
                request.recordId = m_record->currentData().toLongLong();
                if (request.recordId <= 0) {
                    return std::nullopt;
                }
            } else {
                request.year = m_year->value();
            }
            return DocumentActions::Target{spec->id, request};
        },
        this);
    auto *form = new QFormLayout;
    form->addRow(tr("Notice"), m_notice);
    form->addRow(m_recordLabel, m_record);
    form->addRow(tr("Year"), m_year);
    form->addRow(tr("Dated"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_actions);
    layout->addStretch(1);
    connect(m_notice, &QComboBox::currentIndexChanged, this, &NoticePage::reloadRecords);
    connect(m_record, &QComboBox::currentIndexChanged, m_actions, &DocumentActions::updateButtons);
    reloadRecords();
}

void NoticePage::reloadRecords()
{
    const DocumentSpec *spec = Documents::byId(m_notice->currentData().toString());
    const bool byRecord = spec && spec->input == DocumentInput::Record;
    const QVariant chosen = m_record->currentData(); // kept chosen if it is still there
    m_record->clear();
    m_record->setEnabled(byRecord);
    m_year->setEnabled(!byRecord);
    const RecordType *type = byRecord ? LedgerTypes::byId(spec->recordType) : nullptr;
    m_recordLabel->setText(type ? FieldText::typeName(type->singular) : tr("Record"));
    if (type) {
        RecordQuery query;
        // A decline notice is for a request outside the list that was declined.
        if (type->id == LedgerTypes::deptRequest().id) {
            query.kind = QStringLiteral("declined");
        }
        if (auto rows = RecordRepository(m_context.db).list(*type, query); rows) {
            for (const Record &r : rows.value()) {
                if (type->id == LedgerTypes::deptRequest().id &&
                    r.value(QStringLiteral("duty_number")).toInt() != 0) {
                    continue;
                }
                m_record->addItem(tr("No. %1: %2").arg(r.id).arg(LedgerStore::labelOf(*type, r)),
                                  r.id);
            }
        }
        if (const int index = m_record->findData(chosen); index >= 0) {
            m_record->setCurrentIndex(index);
        }
    }
    m_actions->updateButtons();
}

void NoticePage::choose(const QString &documentId, qint64 recordId, int year)
{
    m_notice->setCurrentIndex(m_notice->findData(documentId));
    if (recordId > 0) {
        m_record->setCurrentIndex(m_record->findData(recordId));
    }
    if (year > 0) {
        m_year->setValue(year);
    }
    m_actions->updateButtons();
}

} // namespace committee::ui
