#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace committee::ui {

struct AppContext;
class AppPasswordSection;
class BackupSettingsSection;
class DocumentFontsSection;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppContext &context, QWidget *parent = nullptr);
    void accept() override;

    // Moves the data to `folder` (what the folder picker of "Move data folder…" returns):
    // asks first, copies and checks through DataFolderMove, and on success closes the
    // dialog and the main window so that the app restarts from the new folder. Returns
    // whether the data was moved.
    bool moveDataFolder(const QString &folder);

    // Set once the clerk has moved the data folder: the start-up code starts the app again
    // after the main window has closed and the database is released. Tests may reset it.
    static bool restartRequested();
    static void setRestartRequested(bool requested);

    QPushButton *moveButton() const { return m_move; }
    AppPasswordSection *passwordSection() const { return m_password; }
    BackupSettingsSection *backupSettings() const { return m_backups; }
    DocumentFontsSection *documentFonts() const { return m_fonts; }

private:
    // Stores language and reminder horizon; returns whether the language changed.
    bool saveChoices();
    void chooseDataFolder();

    AppContext &m_context;
    QComboBox *m_language;
    QSpinBox *m_horizon;
    QLabel *m_folder;
    QPushButton *m_move;
    AppPasswordSection *m_password;
    BackupSettingsSection *m_backups = nullptr;
    DocumentFontsSection *m_fonts = nullptr;
};

} // namespace committee::ui
