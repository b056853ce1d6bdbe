#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace committee::ui {

// Asks for the passwords a change of the app password needs: the new one twice to set
// it, the current one and the new one twice to change it, the current one to remove it.
class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Set, Change, Remove };
    PasswordDialog(Mode mode, QWidget *parent = nullptr);

    QString currentPassword() const;
    QString newPassword() const;
    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    void accept() override;

private:
    Mode m_mode;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_problem;
};

} // namespace committee::ui
