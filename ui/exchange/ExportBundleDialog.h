#pragma once

#include "shell/AppContext.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace committee::ui {

// 导出给镇街: the period, where to write (USB sticks first), and whether sensitive fields go
// along (then a password encrypts the whole bundle). Writing shows a progress dialog that
// can be cancelled; the written file is read back and checked before the clerk is told it
// is done. Nothing typed is lost when something fails: the dialog stays open.
class ExportBundleDialog : public QDialog {
    Q_OBJECT
public:
    ExportBundleDialog(AppContext &context, const QDate &today, QWidget *parent = nullptr);

    // The file the bundle goes to, as chosen now.
    QString targetPath() const;
    // Exports with what is chosen; returns whether a checked bundle was written. Tests call
    // this instead of pressing the button.
    bool exportNow();
    QString lastError() const { return m_lastError; }

private:
    enum class Period { ThisQuarter, LastQuarter, ThisYear, Custom };
    void applyPeriod();
    void refillTargets();
    void chooseFolder();
    void suggestName();
    QString validationProblem() const;

    AppContext &m_context;
    QDate m_today;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_target;
    QLineEdit *m_fileName;
    QCheckBox *m_sensitive;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    bool m_nameEdited = false;
    QString m_lastError;
};

} // namespace committee::ui
