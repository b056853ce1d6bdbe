#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace committee {
class Database;
}

namespace committee::ui {

// A band on the home page while the key-task list in force is older than the year: the
// year's quarterly sheets would carry the old list's title and year. It offers to make this
// year's edition, a copy the clerk then edits under 清单 when the district publishes its new
// list, or to leave it until the next start.
class EditionOffer : public QFrame {
    Q_OBJECT
public:
    explicit EditionOffer(Database &db, QWidget *parent = nullptr);

    // Shows the band when the list for `year` is an older year's, hides it otherwise.
    void refresh(int year);
    QPushButton *makeButton() const { return m_make; }

signals:
    void editionMade(qint64 editionId);

private:
    void makeEdition();

    Database &m_db;
    QLabel *m_text;
    QPushButton *m_make;
    int m_year = 0;
    bool m_dismissed = false; // "Later": hidden until the next start
};

} // namespace committee::ui
