#include "areas/dashboard/DashboardArea.h"

#include "areas/dashboard/EditionOffer.h"
#include "areas/dashboard/YearCalendar.h"
#include "common/Period.h"
#include "ledger/LedgerTypes.h"
#include "ledger/Terms.h"
#include "obligations/ObligationOverview.h"
#include "obligations/ObligationService.h"
#include "obligations/ObligationStore.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordBrowser.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace committee::ui {

namespace {

constexpr int kStatusRole = Qt::UserRole + 1;
constexpr int kAttentionDays = 30;
const QColor kRed(0xC0, 0x39, 0x2B);
const QColor kAmber(0xB9, 0x77, 0x0E);

QProgressBar *bar(int done, int applicable, bool behind, QWidget *parent)
{
    auto *progress = new QProgressBar(parent);
    progress->setRange(0, qMax(1, applicable));
    progress->setValue(done);
    progress->setTextVisible(true);
    progress->setFormat(applicable > 0 ? QStringLiteral("%1/%2").arg(done).arg(applicable)
                                       : QStringLiteral("—"));
    const QString colour = applicable == 0     ? QStringLiteral("#BDC3C7")
                           : behind            ? QStringLiteral("#C0392B")
                           : done < applicable ? QStringLiteral("#D68910")
                                               : QStringLiteral("#229954");
    progress->setStyleSheet(
        QStringLiteral("QProgressBar { border: 1px solid #D5D8DC; border-radius: 4px; "
                       "text-align: center; max-height: 16px; }"
                       "QProgressBar::chunk { background: %1; border-radius: 3px; }")
            .arg(colour));
    return progress;
}

} // namespace

DashboardArea::DashboardArea(AppContext &context, QWidget *parent)
    : Area(parent), m_context(context), m_heading(new QLabel(this)),
      m_attention(new QTreeWidget(this)), m_progress(new QTreeWidget(this)),
      m_calendar(new YearCalendar(this)), m_editionOffer(new EditionOffer(context.db, this)),
      m_termNotice(new QLabel(this))
{
    m_termNotice->setObjectName(QStringLiteral("termNotice"));
    m_termNotice->setWordWrap(true);
    m_termNotice->setStyleSheet(QStringLiteral("background: #FDEDEC; border: 1px solid #E6B0AA; "
                                               "border-radius: 4px; padding: 6px;"));
    m_termNotice->hide();
    m_heading->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold;"));
    auto *reload =
        new QPushButton(QIcon(QStringLiteral(":/icons/action-restore.svg")), tr("Refresh"), this);
    connect(reload, &QPushButton::clicked, this, &DashboardArea::refresh);
    auto *edit = new QPushButton(QIcon(QStringLiteral(":/icons/area-settings.svg")),
                                 tr("Obligations…"), this);
    edit->setToolTip(tr("See and edit what the committee owes and when"));
    connect(edit, &QPushButton::clicked, this, &DashboardArea::editObligations);
    auto *header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(reload);
    header->addWidget(edit);

    m_attention->setObjectName(QStringLiteral("attention"));
    m_attention->setHeaderLabels({tr("What needs doing"), tr("Where it stands"), tr("Due")});
    m_attention->setRootIsDecorated(false);
    // What is due and where it stands share the width: the state and its reason are what
    // the clerk reads first. Both are cut in the middle when narrow, whole in the tooltip.
    m_attention->setTextElideMode(Qt::ElideMiddle);
    m_attention->header()->setStretchLastSection(false);
    m_attention->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attention->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_attention->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_attention->setToolTip(
        tr("Double-click to open the evidence, or to start the record that is missing"));
    connect(m_attention, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, kStatusRole).toInt();
        if (index >= 0 && index < m_statuses.size()) {
            follow(m_statuses[index]);
        }
    });

    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setHeaderLabels(
        {tr("Key tasks and measures this quarter"), tr("Obligations met"), tr("Linked records")});
    m_progress->setTextElideMode(Qt::ElideMiddle);
    m_progress->header()->setStretchLastSection(false);
    m_progress->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_progress->setColumnWidth(1, 130);
    m_progress->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->setMinimumHeight(fontMetrics().height() * 10);
    upper->addWidget(m_attention);
    upper->addWidget(m_progress);
    upper->setStretchFactor(0, 1);
    upper->setStretchFactor(1, 1);
    auto *legend = new QLabel(tr("<span style='color:#C0392B'>○</span> deadline &nbsp; "
                                 "<span style='color:#2874A6'>●</span> meeting held"),
                              this);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(legend);
    lowerLayout->addWidget(m_calendar, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({440, 300});

    connect(m_editionOffer, &EditionOffer::editionMade, this, &DashboardArea::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_termNotice);
    layout->addWidget(m_editionOffer);
    layout->addWidget(splitter, 1);
    refresh();
}

void DashboardArea::activate()
{
    refresh();
}

void DashboardArea::refresh()
{
    const QDate today = QDate::currentDate();
    const Quarter quarter = Quarter::fromDate(today);
    m_heading->setText(
        tr("Quarter %1 of %2 at a glance").arg(quarter.number()).arg(quarter.year()));
    m_editionOffer->refresh(today.year());
    showEndedTerms(today);
    auto statuses = ObligationService(m_context.db).statusOn(today, kAttentionDays);
    if (!statuses) {
        MessageBox::error(this, tr("Cannot work out what is due"), statuses.error().message);
        return;
    }
    m_statuses = statuses.value();
    fillAttention();
    fillProgress();
    QList<Obligation> obligations;
    for (const ObligationStatus &s : std::as_const(m_statuses)) {
        obligations << s.obligation;
    }
    if (auto days = ObligationOverview::calendar(m_context.db, obligations, today.year()); days) {
        m_calendar->setYear(today.year(), days.value(), today);
    }
}

void DashboardArea::showEndedTerms(const QDate &today)
{
    auto ended = endedTermsIn(m_context.db, today);
    if (!ended || ended->isEmpty()) {
        m_termNotice->hide();
        return;
    }
    // Terms usually end together (one election for the committee and its sub-committees):
    // the names of each day in one group.
    QList<QDate> days;
    QHash<QDate, QStringList> namesOn;
    for (const EndedTerm &term : ended.value()) {
        if (!namesOn.contains(term.endedOn)) {
            days << term.endedOn;
        }
        namesOn[term.endedOn] << term.name;
    }
    QStringList whose;
    for (const QDate &day : std::as_const(days)) {
        whose << tr("%1 (ended %2)").arg(namesOn[day].join(tr(", ")), day.toString(Qt::ISODate));
    }
    m_termNotice->setText(tr("The term of office has ended: %1. After the election, enter the new "
                             "term and members under Our committee and Sub-committees.")
                              .arg(whose.join(tr(", "))));
    m_termNotice->show();
}

void DashboardArea::fillAttention()
{
    m_attention->clear();
    using State = ObligationStatus::State;
    // Overdue first, then what is due soonest; done and not-applicable last.
    QList<int> order;
    for (int i = 0; i < m_statuses.size(); ++i) {
        order << i;
    }
    auto rank = [](State s) {
        return s == State::Overdue      ? 0
               : s == State::DueSoon    ? 1
               : s == State::InProgress ? 2
               : s == State::Done       ? 3
                                        : 4;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto &x = m_statuses[a];
        const auto &y = m_statuses[b];
        return rank(x.state) != rank(y.state) ? rank(x.state) < rank(y.state)
                                              : x.deadline < y.deadline;
    });
    for (int i : order) {
        const ObligationStatus &s = m_statuses[i];
        if (s.state == State::NotApplicable) {
            continue;
        }
        auto *item = new QTreeWidgetItem(
            m_attention,
            {s.obligation.title, QStringLiteral("%1 · %2").arg(stateName(s.state), s.summary),
             s.deadline.isValid() ? s.deadline.toString(Qt::ISODate) : QString()});
        item->setData(0, kStatusRole, i);
        item->setToolTip(0, s.obligation.source);
        item->setToolTip(1, s.summary);
        const QColor colour = s.state == State::Overdue   ? kRed
                              : s.state == State::DueSoon ? kAmber
                                                          : QColor();
        for (int c = 0; c < 3 && colour.isValid(); ++c) {
            item->setForeground(c, colour);
        }
        if (s.state == State::Overdue) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }
}

void DashboardArea::fillProgress()
{
    m_progress->clear();
    auto tasks = ObligationOverview::progress(m_context.db, m_statuses, QDate::currentDate());
    if (!tasks) {
        return;
    }
    for (const auto &task : tasks.value()) {
        auto *taskItem = new QTreeWidgetItem(
            m_progress, {QStringLiteral("%1. %2").arg(task.number).arg(task.title)});
        QFont bold = taskItem->font(0);
        bold.setBold(true);
        taskItem->setFont(0, bold);
        taskItem->setToolTip(0, task.title);
        m_progress->setItemWidget(taskItem, 1,
                                  bar(task.done, task.applicable, task.behind, m_progress));
        for (const auto &m : task.measures) {
            auto *item = new QTreeWidgetItem(
                taskItem, {QStringLiteral("(%1) %2").arg(m.number).arg(m.text.left(40)), QString(),
                           QString::number(m.linkedRecords)});
            item->setToolTip(0, m.text);
            m_progress->setItemWidget(item, 1, bar(m.done, m.applicable, m.behind, m_progress));
        }
        // Open the tasks that are behind; the rest stay folded so the page reads at a glance.
        taskItem->setExpanded(task.behind);
    }
}

void DashboardArea::follow(const ObligationStatus &s)
{
    if (!s.evidence.isEmpty()) {
        const EvidenceItem &latest = s.evidence.constLast();
        emit openRecordRequested(latest.type, latest.id);
        return;
    }
    // Nothing yet: start the record that would count, with its kind and links filled in.
    QVariantMap values = s.obligation.evidence.equals;
    if (const RecordType *type = LedgerTypes::byId(s.obligation.evidence.type)) {
        const QString dateKey =
            s.obligation.evidence.dateKey.isEmpty() ? type->dateKey : s.obligation.evidence.dateKey;
        if (!dateKey.isEmpty()) {
            values.insert(dateKey, QDate::currentDate());
        }
        // Not fields: the area links the new record to these once it is saved.
        values.insert(QStringLiteral("_link_measure"), s.obligation.measureNumber);
        values.insert(QStringLiteral("_link_duty"), s.obligation.dutyNumber);
        emit newRecordRequested(type->id, values);
    }
}

void DashboardArea::editObligations()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Obligations"));
    RecordStore store(m_context.db, ObligationStore::type());
    auto *browser = new RecordBrowser(ObligationStore::type(),
                                      {.reorder = true, .restoreOfficial = true}, &dialog);
    browser->setStore(&store);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("What the committee owes and when. Changes take effect at once; "
                      "“Restore official text” puts an entry back as published."),
                   &dialog));
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    dialog.resize(1000, 640);
    dialog.exec();
    refresh();
}

} // namespace committee::ui
