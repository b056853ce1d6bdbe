#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSpinBox;

namespace committee {
class Database;
}

namespace committee::ui {

// The app password part of Settings: set, change or remove it (each at once, after asking
// for the passwords), and the idle minutes before the app locks itself (saved with OK).
class AppPasswordSection : public QGroupBox {
    Q_OBJECT
public:
    explicit AppPasswordSection(Database &db, QWidget *parent = nullptr);

    // Saves the idle minutes when a password is set; false (after saying why) on failure.
    bool save();

    // What the buttons do once the passwords are known; false (after saying why) on failure.
    bool setPassword(const QString &password);
    bool changePassword(const QString &current, const QString &password);
    bool removePassword(const QString &current);

    QSpinBox *idleMinutes() const { return m_idle; }
    QLabel *state() const { return m_state; }

private:
    void refresh();
    void askAndApply(int mode);
    bool report(bool ok, const QString &message, const QString &done);

    Database &m_db;
    QLabel *m_state;
    QPushButton *m_set;
    QPushButton *m_change;
    QPushButton *m_remove;
    QSpinBox *m_idle;
};

} // namespace committee::ui
