#include "areas/reports/QuarterlySheetPage.h"

#include "areas/reports/DocumentActions.h"
#include "common/Period.h"
#include "documents/quarterly/QuarterlySheets.h"
#include "records/FieldText.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordForm.h"

#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace committee::ui {

QuarterlySheetPage::QuarterlySheetPage(AppContext &context, QPrinter &printer, QWidget *parent)
    : QWidget(parent), m_context(context), m_year(new QSpinBox(this)),
      m_quarter(new QComboBox(this)), m_state(new QLabel(this)), m_suggestion(new QLabel(this)),
      m_form(new RecordForm(QuarterlySheets::type(), nullptr, this)),
      m_evidence(new QTableWidget(0, 3, this)), m_save(new QPushButton(tr("Save"), this)),
      m_draft(new QPushButton(tr("Draft from this quarter's records"), this)),
      m_history(new QPushButton(tr("Saved versions…"), this)),
      m_submit(new QPushButton(tr("Mark as submitted…"), this)),
      m_actions(new DocumentActions(
          context, printer,
          [this]() -> std::optional<DocumentActions::Target> {
              DocumentRequest request;
              request.year = year();
              request.quarter = quarter();
              return DocumentActions::Target{QStringLiteral("quarterly"), request};
          },
          this))
{
    m_year->setObjectName(QStringLiteral("year"));
    m_quarter->setObjectName(QStringLiteral("quarter"));
    m_state->setObjectName(QStringLiteral("state"));
    m_suggestion->setObjectName(QStringLiteral("statusSuggestion"));
    m_suggestion->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("save"));
    m_draft->setObjectName(QStringLiteral("draft"));
    m_history->setObjectName(QStringLiteral("history"));
    m_submit->setObjectName(QStringLiteral("submit"));
    m_evidence->setObjectName(QStringLiteral("evidence"));
    const QDate today = QDate::currentDate();
    m_year->setRange(kFirstYear, kLastYear);
    m_year->setValue(today.year());
    for (int q = 1; q <= 4; ++q) {
        m_quarter->addItem(tr("Quarter %1").arg(q), q);
    }
    m_quarter->setCurrentIndex(Quarter::fromDate(today).number() - 1);
    for (const FieldSpec &field : QuarterlySheets::type().fields) {
        if (field.appManaged) {
            m_form->setFieldVisible(field.key, false);
        }
    }

    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Year"), this));
    period->addWidget(m_year);
    period->addWidget(m_quarter);
    period->addWidget(m_state, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_save, m_draft, m_history, m_submit}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    m_evidence->setHorizontalHeaderLabels(
        {tr("Measure"), tr("What the records show"), tr("Suggested status")});
    m_evidence->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidence->setWordWrap(true);
    m_evidence->verticalHeader()->hide();
    m_evidence->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_evidence->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_evidence->setColumnWidth(0, 180);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(
        new QLabel(tr("The quarter's records for each measure (the annex)"), right));
    rightLayout->addWidget(m_evidence);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({640, 600});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_suggestion);
    layout->addLayout(buttons);
    layout->addWidget(m_actions);

    // The document is the sheet on screen: what the clerk changed is saved before it is made.
    m_actions->setBeforeOutput([this] { return !m_form->isModified() || save(); });
    connect(m_year, &QSpinBox::valueChanged, this, &QuarterlySheetPage::reload);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &QuarterlySheetPage::reload);
    connect(m_save, &QPushButton::clicked, this, &QuarterlySheetPage::save);
    connect(m_draft, &QPushButton::clicked, this, &QuarterlySheetPage::fillDraft);
    connect(m_history, &QPushButton::clicked, this, &QuarterlySheetPage::showHistory);
    connect(m_submit, &QPushButton::clicked, this, &QuarterlySheetPage::markSubmitted);
    connect(m_form, &RecordForm::modified, this, &QuarterlySheetPage::updateState);
    reload();
}

int QuarterlySheetPage::year() const
{
    return m_year->value();
}

int QuarterlySheetPage::quarter() const
{
    return m_quarter->currentData().toInt();
}

void QuarterlySheetPage::setPeriod(int year, int quarter)
{
    const QSignalBlocker blockYear(m_year);
    const QSignalBlocker blockQuarter(m_quarter);
    m_year->setValue(year);
    m_quarter->setCurrentIndex(m_quarter->findData(quarter));
    reload();
}

void QuarterlySheetPage::reload()
{
    QuarterlySheets sheets(m_context.db);
    auto saved = sheets.find(year(), quarter());
    if (saved && saved->has_value()) {
        m_sheet = saved->value();
    } else if (auto draft = sheets.draft(year(), quarter()); draft) {
        m_sheet = draft.value();
    } else {
        m_sheet = Record();
        MessageBox::error(this, tr("Cannot open the sheet"), draft.error().message);
    }
    m_form->setRecord(m_sheet);
    showEvidence();
    updateState();
    showSuggestion();
}

void QuarterlySheetPage::showSuggestion()
{
    // The status is the clerk's to choose; what the records suggest stands beside it.
    QuarterlySheets sheets(m_context.db);
    const QDate today = QDate::currentDate();
    const QString suggested = sheets.suggestion(year(), quarter(), today);
    m_suggestion->setText(
        sheets.suggestedStatus(year(), quarter(), today)
            ? tr("Progress status suggested: %1, from the obligations of the quarter (see the "
                 "measures beside the form).")
                  .arg(suggested)
            : tr("Progress status suggested: %1, from whether the quarter has records for the "
                 "measures.")
                  .arg(suggested));
}

void QuarterlySheetPage::refresh()
{
    if (m_form->isModified()) {
        showEvidence();
    } else {
        reload();
    }
}

void QuarterlySheetPage::updateState()
{
    const bool saved = m_sheet.id > 0;
    const bool submitted = m_sheet.isFinalized();
    QString state;
    if (submitted) {
        state =
            tr("Submitted on %1. Changes now need a reason and are kept beside the "
               "submitted version.")
                .arg(m_sheet.value(QStringLiteral("submitted_on")).toDate().toString(Qt::ISODate));
    } else if (saved) {
        state = tr("Saved, not yet submitted.");
    } else {
        state = tr("Not saved yet: a draft from the quarter's records.");
    }
    if (m_form->isModified()) {
        state += QLatin1Char(' ') + tr("(changed)");
    }
    m_state->setText(state);

    m_history->setEnabled(saved);
    m_submit->setEnabled(saved && !submitted);
}

void QuarterlySheetPage::showEvidence()
{
    m_evidence->setRowCount(0);
    auto evidence = QuarterlySheets(m_context.db).evidence(year(), quarter());
    if (!evidence) {
        return;
    }
    for (const MeasureEvidence &e : evidence.value()) {
        const int row = m_evidence->rowCount();
        m_evidence->insertRow(row);
        auto *measure =
            new QTableWidgetItem(QStringLiteral("%1. %2").arg(e.measureNumber).arg(e.shortText));
        measure->setToolTip(e.measureText);
        m_evidence->setItem(row, 0, measure);
        m_evidence->setItem(row, 1, new QTableWidgetItem(e.findings.join(QStringLiteral("；"))));
        m_evidence->setItem(row, 2, new QTableWidgetItem(e.status));
    }
    m_evidence->resizeRowsToContents();
}

bool QuarterlySheetPage::save()
{
    if (!m_form->validate()) {
        return false;
    }
    QString reason;
    if (m_sheet.isFinalized()) {
        reason = MessageBox::askText(this, tr("Change a submitted sheet"),
                                     tr("Why does the submitted sheet change?"));
        if (reason.isEmpty()) {
            return false;
        }
    }
    Record record = m_form->record();
    record.values.insert(QStringLiteral("year"), year());
    record.values.insert(QStringLiteral("quarter"), quarter());
    auto id = QuarterlySheets(m_context.db).save(record, reason);
    if (!id) {
        MessageBox::error(this, tr("Not saved"), id.error().message);
        return false;
    }
    reload();
    return true;
}

void QuarterlySheetPage::fillDraft()
{
    auto draft = QuarterlySheets(m_context.db).draft(year(), quarter());
    if (!draft) {
        MessageBox::error(this, tr("No draft"), draft.error().message);
        return;
    }
    auto *progress = qobject_cast<QPlainTextEdit *>(m_form->editor(QStringLiteral("progress")));
    auto *problems = qobject_cast<QPlainTextEdit *>(m_form->editor(QStringLiteral("problems")));
    const bool typed = !progress->toPlainText().trimmed().isEmpty() ||
                       (problems && !problems->toPlainText().trimmed().isEmpty());
    if (typed && !MessageBox::confirm(this, tr("Replace the drafted texts?"),
                                      tr("The draft replaces what 进展情况 and "
                                         "存在问题及下步打算 say now."),
                                      tr("Replace"))) {
        return;
    }
    progress->setPlainText(draft->text(QStringLiteral("progress")));
    if (problems) {
        problems->setPlainText(draft->text(QStringLiteral("problems")));
    }
}

void QuarterlySheetPage::markSubmitted()
{
    if (m_sheet.id <= 0) {
        return;
    }
    if (m_form->isModified() && !save()) {
        return;
    }
    if (!MessageBox::confirm(this, tr("Mark as submitted"),
                             tr("Mark the sheet for quarter %1 of %2 as sent to the township "
                                "today? The committee's name and the sheet stay as they are now.")
                                 .arg(quarter())
                                 .arg(year()),
                             tr("Mark as submitted"))) {
        return;
    }
    if (Status s = QuarterlySheets(m_context.db).markSubmitted(m_sheet.id); !s) {
        MessageBox::error(this, tr("Not marked"), s.error().message);
    }
    reload();
}

void QuarterlySheetPage::showHistory()
{
    auto versions = QuarterlySheets(m_context.db).versions(m_sheet.id);
    if (!versions || versions->isEmpty()) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Saved versions"));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("versions"));
    auto *view = new QTextBrowser(&dialog);
    for (const SheetVersion &v : versions.value()) {
        QString note = v.note == QLatin1String("submitted") ? tr("submitted") : v.note;
        list->addItem(tr("Version %1, %2, %3%4")
                          .arg(v.version)
                          .arg(QDateTime::fromString(v.savedAt, Qt::ISODate)
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               v.actor, note.isEmpty() ? QString() : QStringLiteral("：") + note));
    }
    const RecordType &type = QuarterlySheets::type();
    connect(list, &QListWidget::currentRowChanged, &dialog, [&](int row) {
        QString text;
        for (const FieldSpec &field : type.fields) {
            if (!field.appManaged) {
                text +=
                    QStringLiteral("<p><b>%1</b><br/>%2</p>")
                        .arg(FieldText::label(field).toHtmlEscaped(),
                             FieldText::display(field, versions->at(row).values.value(field.key))
                                 .toHtmlEscaped()
                                 .replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
            }
        }
        view->setHtml(text);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto *use =
        buttons->addButton(tr("Put this version in the form"), QDialogButtonBox::ActionRole);
    connect(use, &QPushButton::clicked, &dialog, [&] {
        const int row = list->currentRow();
        if (row >= 0) {
            Record record = m_sheet;
            for (auto it = versions->at(row).values.cbegin(); it != versions->at(row).values.cend();
                 ++it) {
                record.values.insert(it.key(), it.value());
            }
            m_form->setRecord(record);
            dialog.accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QHBoxLayout;
    layout->addWidget(list, 1);
    layout->addWidget(view, 2);
    auto *outer = new QVBoxLayout(&dialog);
    outer->addLayout(layout);
    outer->addWidget(buttons);
    list->setCurrentRow(list->count() - 1);
    dialog.resize(820, 520);
    dialog.exec();
    updateState();
}

} // namespace committee::ui
