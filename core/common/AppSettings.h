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

    // The folder the clerk moved the data to, as an absolute path; empty while the data
    // stays in the platform's standard place (AppInfo::standardDataFolder()). Kept here and
    // not in the data folder itself, which could not otherwise be found.
    QString dataFolder() const;
    void setDataFolder(const QString &folder);

    // The folder the data was moved away from, until the clerk has answered whether to
    // delete it; empty otherwise.
    QString previousDataFolder() const;
    void setPreviousDataFolder(const QString &folder);

    // Automatic backups kept: the newest `backupKeepLast` (1-100, default 10), plus the
    // newest of each month for `backupKeepMonths` months (0-120, default 12).
    int backupKeepLast() const;
    void setBackupKeepLast(int count);
    int backupKeepMonths() const;
    void setBackupKeepMonths(int months);

    // Why the last automatic backup failed, until one succeeds; shown at the next start
    // when the failure happened while the app was closing.
    QString backupFailure() const;
    void setBackupFailure(const QString &message);

    // The folder documents were last saved to; empty before the first.
    QString documentsFolder() const;
    void setDocumentsFolder(const QString &folder);

    // The font family the clerk chose for one role of the documents (DocumentFonts::roleKey:
    // body, title, heading, page-number); empty for the automatic choice.
    QString documentFont(const QString &role) const;
    void setDocumentFont(const QString &role, const QString &family);

    // Writes pending changes to the store. Returns false when they could not be written
    // (a read-only or full disk), so a caller that depends on a value being kept can say so.
    bool sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace committee
