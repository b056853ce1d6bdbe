#include "areas/ledger/MeetingsArea.h"

#include "ledger/LedgerStore.h"
#include "ledger/LedgerTypes.h"
#include "ledger/MeetingRules.h"
#include "records/FieldText.h"
#include "widgets/RecordBrowser.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace committee::ui {

MeetingsArea::MeetingsArea(AppContext &context, QWidget *parent)
    : LedgerArea(context, {&LedgerTypes::meeting()}, parent),
      m_agenda(
          new RecordBrowser(LedgerTypes::agendaItem(), {.reorder = true, .detail = false}, this))
{
    m_agenda->setObjectName(QStringLiteral("agenda"));
    auto *rules = new QPushButton(tr("Quorum and majority rules…"), this);
    connect(rules, &QPushButton::clicked, this, &MeetingsArea::showRules);
    auto *title = new QLabel(tr("Agenda items and votes of the chosen meeting"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 6px;"));

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(rules);
    lowerLayout->addLayout(header);
    lowerLayout->addWidget(m_agenda, 1);

    // Re-home the meetings browser into a splitter with the agenda below it.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout()->removeWidget(browser());
    splitter->addWidget(browser());
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout()->addWidget(splitter);

    connect(browser(), &RecordBrowser::currentChanged, this, &MeetingsArea::showMeeting);
    // Attendance decides whether the votes pass: refresh the agenda's warnings.
    connect(browser(), &RecordBrowser::changed, m_agenda, &RecordBrowser::reload);
    showMeeting(browser()->currentId());
}

MeetingsArea::~MeetingsArea() = default;

void MeetingsArea::showMeeting(qint64 meetingId)
{
    if (meetingId <= 0) {
        m_agenda->setStore(nullptr);
        return;
    }
    m_agendaStore = std::make_unique<AgendaItemStore>(m_context.db, meetingId);
    m_agenda->setStore(m_agendaStore.get());
}

void MeetingsArea::showRules()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Quorum and majority rules"));
    const FieldSpec *kind = LedgerTypes::meeting().field(QStringLiteral("kind"));
    const QList<MeetingRule> &rules = MeetingRules::all();
    auto *table = new QTableWidget(int(rules.size()), 4, &dialog);
    table->setHorizontalHeaderLabels(
        {tr("Meeting"), tr("Present"), tr("A motion passes with"), tr("Basis")});
    for (int row = 0; row < rules.size(); ++row) {
        const MeetingRule &rule = rules[row];
        table->setItem(row, 0, new QTableWidgetItem(FieldText::display(*kind, rule.kind)));
        table->setItem(row, 1,
                       new QTableWidgetItem(tr("%1 of the members").arg(rule.quorum.describe())));
        table->setItem(row, 2,
                       new QTableWidgetItem(tr("%1 %2").arg(
                           rule.pass.describe(),
                           rule.passOfPresent ? tr("of those present") : tr("of all members"))));
        table->setItem(row, 3, new QTableWidgetItem(rule.basis));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The app warns, but still saves, when a meeting or a vote does "
                                    "not meet these rules."),
                                 &dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(900, 420);
    dialog.exec();
}

} // namespace committee::ui
