#pragma once

#include <QGroupBox>

class QSpinBox;

namespace committee {
class AppSettings;
}

namespace committee::ui {

// The Settings dialog's "Automatic backups" box: how many to keep, and where they are.
class BackupSettingsSection : public QGroupBox {
    Q_OBJECT
public:
    BackupSettingsSection(AppSettings &settings, const QString &databasePath,
                          QWidget *parent = nullptr);
    // Stores the numbers shown (called when the dialog is accepted).
    void save();

    QSpinBox *keepLast() const { return m_keepLast; }
    QSpinBox *keepMonths() const { return m_keepMonths; }

private:
    AppSettings &m_settings;
    QSpinBox *m_keepLast;
    QSpinBox *m_keepMonths;
};

} // namespace committee::ui
