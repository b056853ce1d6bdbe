#pragma once

#include "obligations/Obligation.h"
#include "shell/AppContext.h"

#include <QDate>
#include <QDialog>

#include <memory>

class QSystemTrayIcon;
class QTimer;
class QVBoxLayout;

namespace committee {
class ReminderSnoozes;
}

namespace committee::ui {

// At start-up, and each new day while the app runs, a notice (not modal: the clerk can
// keep working) lists what is overdue or due within the reminder horizon from Settings.
// Each line can be snoozed for three days or dismissed until its period ends. Where the
// desktop has a notification area, a notification is shown too.
class Reminders : public QDialog {
    Q_OBJECT
public:
    Reminders(AppContext &context, QWidget *window, const QString &snoozeIni = {});
    ~Reminders() override;

    // Shows the notice if anything is due on `today`; returns how many lines it has.
    int check(const QDate &today);
    QList<ObligationStatus> shown() const { return m_shown; }
    void snooze(const QString &code, const QDate &today);
    void dismiss(const QString &code);

signals:
    void openDashboard();

private:
    void rebuild();

    AppContext &m_context;
    std::unique_ptr<ReminderSnoozes> m_snoozes;
    QVBoxLayout *m_lines;
    QTimer *m_daily;
    QSystemTrayIcon *m_tray = nullptr;
    QDate m_lastCheck;
    QList<ObligationStatus> m_shown;
};

} // namespace committee::ui
