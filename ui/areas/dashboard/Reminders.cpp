#include "areas/dashboard/Reminders.h"

#include "common/AppSettings.h"
#include "obligations/ObligationService.h"
#include "obligations/ReminderSnoozes.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace committee::ui {

Reminders::Reminders(AppContext &context, QWidget *window, const QString &snoozeIni)
    : QDialog(window, Qt::Tool), m_context(context),
      m_snoozes(std::make_unique<ReminderSnoozes>(snoozeIni)), m_lines(new QVBoxLayout),
      m_daily(new QTimer(this))
{
    setObjectName(QStringLiteral("reminders"));
    setWindowTitle(tr("Reminders"));
    setModal(false);
    auto *open = new QPushButton(tr("Open “What's due”"), this);
    connect(open, &QPushButton::clicked, this, [this] {
        emit openDashboard();
        hide();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->addButton(open, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_lines);
    layout->addWidget(buttons);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/committee-desk.svg")), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &QWidget::show);
    }
    // Checking every ten minutes notices a new day without the clerk restarting the app.
    m_daily->setInterval(10 * 60 * 1000);
    connect(m_daily, &QTimer::timeout, this, [this] {
        if (QDate::currentDate() != m_lastCheck) {
            check(QDate::currentDate());
        }
    });
    m_daily->start();
}

Reminders::~Reminders() = default;

int Reminders::check(const QDate &today)
{
    m_lastCheck = today;
    m_shown.clear();
    auto statuses =
        ObligationService(m_context.db).statusOn(today, m_context.settings.reminderHorizonDays());
    if (!statuses) {
        return 0;
    }
    for (const ObligationStatus &s : statuses.value()) {
        const bool pressing = s.state == ObligationStatus::State::Overdue ||
                              s.state == ObligationStatus::State::DueSoon;
        if (pressing && !m_snoozes->isHidden(s.obligation.code, today)) {
            m_shown << s;
        }
    }
    rebuild();
    if (m_shown.isEmpty()) {
        hide();
        return 0;
    }
    show();
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(tr("Committee Desk"),
                            tr("%n item(s) due or overdue", nullptr, int(m_shown.size())));
    }
    return int(m_shown.size());
}

void Reminders::rebuild()
{
    while (QLayoutItem *item = m_lines->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->deleteLater();
        }
        delete item;
    }
    for (const ObligationStatus &s : std::as_const(m_shown)) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        const bool overdue = s.state == ObligationStatus::State::Overdue;
        auto *text =
            new QLabel(QStringLiteral("<b>%1</b><br><span style='color:%2'>%3 · %4</span>")
                           .arg(s.obligation.title.toHtmlEscaped(),
                                overdue ? QStringLiteral("#C0392B") : QStringLiteral("#B9770E"),
                                stateName(s.state).toHtmlEscaped(), s.summary.toHtmlEscaped()),
                       row);
        text->setWordWrap(true);
        auto *later = new QPushButton(tr("In 3 days"), row);
        later->setToolTip(tr("Remind me again in three days"));
        auto *done = new QPushButton(tr("Dismiss"), row);
        done->setToolTip(tr("Do not remind me again until this period is over"));
        const QString code = s.obligation.code;
        connect(later, &QPushButton::clicked, this,
                [this, code] { snooze(code, QDate::currentDate()); });
        connect(done, &QPushButton::clicked, this, [this, code] { dismiss(code); });
        layout->addWidget(text, 1);
        layout->addWidget(later);
        layout->addWidget(done);
        m_lines->addWidget(row);
    }
    adjustSize();
}

void Reminders::snooze(const QString &code, const QDate &today)
{
    m_snoozes->hideUntil(code, today.addDays(2)); // back on the third day
    m_shown.removeIf([&](const ObligationStatus &s) { return s.obligation.code == code; });
    rebuild();
    if (m_shown.isEmpty()) {
        hide();
    }
}

void Reminders::dismiss(const QString &code)
{
    for (const ObligationStatus &s : std::as_const(m_shown)) {
        if (s.obligation.code == code) {
            // Until its period ends; a missed date has no period left, so a month.
            QDate until = qMax(s.periodEnd, s.deadline);
            if (until < m_lastCheck) {
                until = m_lastCheck.addDays(30);
            }
            m_snoozes->hideUntil(code, until);
        }
    }
    m_shown.removeIf([&](const ObligationStatus &s) { return s.obligation.code == code; });
    rebuild();
    if (m_shown.isEmpty()) {
        hide();
    }
}

} // namespace committee::ui
