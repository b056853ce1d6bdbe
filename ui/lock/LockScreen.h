#pragma once

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace committee {
class Clock;
class Database;
} // namespace committee

namespace committee::ui {

// What the clerk sees while the app is locked: the password, and who they are (one of the
// committee's members; the audit trail names them for the rest of the session). After
// wrong passwords it says how long to wait and keeps the input off until then.
class LockScreen : public QDialog {
    Q_OBJECT
public:
    LockScreen(Database &db, const Clock &clock, QWidget *parent = nullptr);

    // Fills the member list again and clears the password, ready to be shown.
    void prepare();
    // Checks the password; on success names the member for the audit trail and accepts.
    void tryUnlock();
    // Looks again at the wait after wrong passwords (once a second while there is one).
    void updateWait();

    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *memberBox() const { return m_member; }
    QPushButton *unlockButton() const { return m_unlock; }
    QLabel *message() const { return m_message; }

    // Escape and the close button do not unlock; only the password (or quitting) does.
    void reject() override {}

signals:
    void quitRequested();

private:
    void showWait(int seconds);

    Database &m_db;
    const Clock &m_clock;
    QComboBox *m_member;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_unlock;
    QTimer m_waitTimer;
};

} // namespace committee::ui
