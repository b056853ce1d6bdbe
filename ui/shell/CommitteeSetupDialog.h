#pragma once

#include <QDialog>

class QTableWidget;

namespace committee {
class Database;
}

namespace committee::ui {

class RecordForm;

// The short set-up on first start (and "Edit committee profile" later): name, type,
// township and district, term, contact, and the members. "Fill in the demo committee"
// fills a sample so a clerk can look around first.
class CommitteeSetupDialog : public QDialog {
    Q_OBJECT
public:
    explicit CommitteeSetupDialog(Database &db, QWidget *parent = nullptr);

    RecordForm *form() const { return m_form; }
    QTableWidget *membersTable() const { return m_members; }
    void fillDemo();
    void accept() override;
    void reject() override;

private:
    void addMemberRow(const QString &name, const QString &role, const QString &phone, qint64 id);

    Database &m_db;
    RecordForm *m_form;
    QTableWidget *m_members;
    bool m_membersEdited = false;
};

} // namespace committee::ui
