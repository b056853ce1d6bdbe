#include "areas/dashboard/EditionOffer.h"

#include "reference/Editions.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace committee::ui {

EditionOffer::EditionOffer(Database &db, QWidget *parent)
    : QFrame(parent), m_db(db), m_text(new QLabel(this)),
      m_make(new QPushButton(QIcon(QStringLiteral(":/icons/action-copy.svg")), QString(), this))
{
    setObjectName(QStringLiteral("editionOffer"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#editionOffer { background: #FEF5E7; border: 1px solid #F0B27A; "
                                 "border-radius: 4px; }"));
    m_text->setWordWrap(true);
    m_make->setObjectName(QStringLiteral("makeEdition"));
    auto *later = new QPushButton(tr("Later"), this);
    later->setToolTip(tr("Hide this until the app is started again"));
    connect(m_make, &QPushButton::clicked, this, &EditionOffer::makeEdition);
    connect(later, &QPushButton::clicked, this, [this] {
        m_dismissed = true;
        hide();
    });
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_make);
    layout->addWidget(later);
    hide();
}

void EditionOffer::refresh(int year)
{
    m_year = year;
    auto edition = Editions(m_db).forYear(ListKind::Tasks, year);
    if (m_dismissed || !edition || !edition->isOlderThan(year)) {
        hide();
        return;
    }
    m_text->setText(tr("The key-task list in use is for %1 (%2). This year's quarterly sheets "
                       "would carry its title and year. Make a %3 edition from it, and edit it "
                       "under Key tasks when the new list is published.")
                        .arg(edition->year)
                        .arg(edition->title)
                        .arg(year));
    m_make->setText(tr("Make the %1 edition…").arg(year));
    show();
}

void EditionOffer::makeEdition()
{
    auto from = Editions(m_db).forYear(ListKind::Tasks, m_year);
    if (!from) {
        MessageBox::error(this, tr("Edition not created"), from.error().message);
        return;
    }
    const QString title = Editions::titleForYear(from.value(), m_year);
    if (!MessageBox::confirm(this, tr("New edition"),
                             tr("A copy of “%1” is made as “%2” for %3 and used from now on. "
                                "The official text stays as it was.")
                                 .arg(from->title, title)
                                 .arg(m_year),
                             tr("Create"))) {
        return;
    }
    auto id = Editions(m_db).copy(from->id, title, m_year);
    if (!id) {
        MessageBox::error(this, tr("Edition not created"), id.error().message);
        return;
    }
    hide();
    emit editionMade(id.value());
}

} // namespace committee::ui
