#include "areas/ledger/WorkRequestsArea.h"

#include "ledger/LedgerStatistics.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerTypes.h"
#include "ledger/RequestMatcher.h"
#include "records/RecordRepository.h"
#include "reference/Editions.h"
#include "reference/ReferenceTypes.h"
#include "widgets/MessageBox.h"
#include "widgets/PeriodFilterBar.h"
#include "widgets/RecordBrowser.h"

#include <QDate>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace committee::ui {

namespace {

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

// The chosen year of the area's filter, or this year when "all years" is chosen.
int chosenYear(RecordBrowser *browser)
{
    const int year = browser->periodFilter() ? browser->periodFilter()->query().year : 0;
    return year > 0 ? year : QDate::currentDate().year();
}

// Puts `side` under the browser in a splitter.
void addBelow(LedgerArea *area, RecordBrowser *browser, QWidget *side)
{
    auto *splitter = new QSplitter(Qt::Vertical, area);
    area->layout()->removeWidget(browser);
    splitter->addWidget(browser);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    area->layout()->addWidget(splitter);
}

} // namespace

WorkRequestsArea::WorkRequestsArea(AppContext &context, QWidget *parent)
    : LedgerArea(context, {&LedgerTypes::deptRequest()}, parent),
      m_statistics(makeTable(this, {tr("Department"), tr("Requests"), tr("Outside the list")}))
{
    m_statistics->setObjectName(QStringLiteral("statistics"));
    auto *match = new QPushButton(tr("Match against the checklist…"), this);
    match->setObjectName(QStringLiteral("match"));
    connect(match, &QPushButton::clicked, this, &WorkRequestsArea::matchCurrent);
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Requests of the year by department"), side), 1);
    header->addWidget(match);
    layout->addLayout(header);
    layout->addWidget(m_statistics);
    addBelow(this, browser(), side);
    connect(browser(), &RecordBrowser::changed, this, &WorkRequestsArea::refreshStatistics);
    connect(browser()->periodFilter(), &PeriodFilterBar::changed, this,
            &WorkRequestsArea::refreshStatistics);
    refreshStatistics();
}

void WorkRequestsArea::refreshStatistics()
{
    m_statistics->setRowCount(0);
    auto rows = LedgerStatistics::requestsPerDepartment(m_context.db, chosenYear(browser()));
    if (!rows) {
        return;
    }
    int total = 0, outside = 0;
    for (const auto &r : rows.value()) {
        addRow(m_statistics, {r.label, QString::number(r.count), QString::number(r.outside)});
        total += r.count;
        outside += r.outside;
    }
    addRow(m_statistics, {tr("All departments"), QString::number(total), QString::number(outside)});
}

void WorkRequestsArea::matchCurrent()
{
    const Record *current = browser()->currentRecord();
    if (!current) {
        return;
    }
    const qint64 edition = [&] {
        auto e = Editions(m_context.db).current(ListKind::Duties);
        return e ? e->id : 0;
    }();
    auto items = RecordRepository(m_context.db).list(ReferenceTypes::dutyItem(), edition);
    if (!items) {
        return;
    }
    const auto suggestions =
        RequestMatcher::suggest(current->text(QStringLiteral("request")), items.value());
    QStringList options;
    for (const auto &s : suggestions) {
        options << tr("%1. %2").arg(s.number).arg(s.name);
    }
    options << tr("None of these: outside the list (清单外事项)");
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Match against the checklist"),
        suggestions.isEmpty() ? tr("No checklist item shares words with this request.")
                              : tr("Checklist items that share words with this request:"),
        options, 0, false, &ok);
    if (!ok) {
        return;
    }
    const int index = int(options.indexOf(choice));
    Record updated = *current;
    if (index >= 0 && index < suggestions.size()) {
        updated.values.insert(QStringLiteral("duty_number"), suggestions[index].number);
        if (updated.text(QStringLiteral("decision")) != QLatin1String("assist")) {
            updated.values.insert(QStringLiteral("decision"), QStringLiteral("assist"));
        }
    } else {
        updated.values.insert(QStringLiteral("duty_number"), 0);
        if (updated.text(QStringLiteral("decision")) == QLatin1String("assist")) {
            updated.values.insert(QStringLiteral("decision"), QStringLiteral("pending"));
        }
    }
    if (Status s = store()->update(updated); !s) {
        MessageBox::error(this, tr("Not saved"), s.error().message);
    }
    browser()->reload();
    refreshStatistics();
}

AssistLedgerArea::AssistLedgerArea(AppContext &context, QWidget *parent)
    : LedgerArea(context, {&LedgerTypes::assistEntry()}, parent),
      m_totals(makeTable(this, {tr("Totals"), tr("Entries"), tr("Hours")}))
{
    m_totals->setObjectName(QStringLiteral("totals"));
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Totals for the chosen period: per checklist item, per "
                                    "department and per month"),
                                 side));
    layout->addWidget(m_totals);
    addBelow(this, browser(), side);
    connect(browser(), &RecordBrowser::changed, this, &AssistLedgerArea::refreshTotals);
    connect(browser()->periodFilter(), &PeriodFilterBar::changed, this,
            &AssistLedgerArea::refreshTotals);
    refreshTotals();
}

void AssistLedgerArea::refreshTotals()
{
    m_totals->setRowCount(0);
    const RecordQuery query = browser()->periodFilter()->query();
    auto totals =
        LedgerStatistics::assistTotals(m_context.db, chosenYear(browser()), query.quarter);
    if (!totals) {
        return;
    }
    auto section = [this](const QString &title, const QList<LedgerStatistics::Row> &rows) {
        addRow(m_totals, {title, QString(), QString()});
        QFont bold = m_totals->font();
        bold.setBold(true);
        m_totals->item(m_totals->rowCount() - 1, 0)->setFont(bold);
        for (const auto &r : rows) {
            addRow(m_totals, {QStringLiteral("    ") + r.label, QString::number(r.count),
                              QString::number(r.minutes / 60.0, 'f', 1)});
        }
    };
    section(tr("Per checklist item"), totals->perItem);
    section(tr("Per department"), totals->perDepartment);
    section(tr("Per month"), totals->perMonth);
}

} // namespace committee::ui
