#pragma once

#include "reference/Editions.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace committee {
class Database;
}

namespace committee::ui {

// Chooses which edition of a list is shown and current, makes a new edition from it
// (e.g. a 2024 list from the 2023 one), and removes copies.
class EditionBar : public QWidget {
    Q_OBJECT
public:
    EditionBar(Database &db, ListKind kind, QWidget *parent = nullptr);

    void reload();
    qint64 currentEditionId() const;
    void newEdition();
    void removeEdition();

signals:
    void editionChanged(qint64 editionId);

private:
    void showInfo();

    Database &m_db;
    ListKind m_kind;
    QComboBox *m_combo;
    QLabel *m_info;
    QPushButton *m_new;
    QPushButton *m_remove;
    QList<EditionInfo> m_editions;
};

} // namespace committee::ui
