#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

namespace committee {

// Every setting the app keeps, with its key and default in one place. Callers use the
// typed accessors; nothing else in the code spells a settings key.
class AppSettings {
public:
    // Uses the platform's settings store, or an INI file when `iniPath` is given (tests,
    // portable installs).
    explicit AppSettings(const QString &iniPath = {});
    ~AppSettings();

    // "zh_CN" (default) or "en".
    QString language() const;
    void setLanguage(const QString &code);

    QString lastArea() const;
    void setLastArea(const QString &areaId);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // Days ahead that reminders look (used by the reminders, later).
    int reminderHorizonDays() const;
    void setReminderHorizonDays(int days);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace committee
