#pragma once

#include <QDate>
#include <QSettings>
#include <QString>

#include <memory>

namespace committee {

// Which reminders the clerk has put off, and until when. "Dismiss" hides a reminder until
// its period is over; "snooze" hides it for some days. Kept in the user's settings, per
// obligation code, with the keys in this one place.
class ReminderSnoozes {
public:
    // Uses the platform settings store, or an INI file (tests).
    explicit ReminderSnoozes(const QString &iniPath = {});

    bool isHidden(const QString &code, const QDate &today) const;
    void hideUntil(const QString &code, const QDate &lastHiddenDay);
    void clear(const QString &code);

private:
    QString key(const QString &code) const;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace committee
