#include "areas/committee/CommitteeArea.h"

#include "committee/CommitteeProfile.h"
#include "committee/CommitteeTypes.h"
#include "records/RecordStore.h"
#include "shell/CommitteeSetupDialog.h"
#include "widgets/RecordBrowser.h"
#include "widgets/RecordDetailView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace committee::ui {

CommitteeArea::CommitteeArea(AppContext &context, QWidget *parent)
    : Area(parent), m_context(context), m_profile(new RecordDetailView(this)),
      m_members(
          new RecordBrowser(CommitteeTypes::member(), {.reorder = true, .detail = false}, this)),
      m_memberStore(std::make_unique<RecordStore>(context.db, CommitteeTypes::member(), 1))
{
    auto *edit = new QPushButton(QIcon(QStringLiteral(":/icons/action-edit.svg")),
                                 tr("Edit committee profile…"), this);
    connect(edit, &QPushButton::clicked, this, &CommitteeArea::editProfile);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(edit);
    buttons->addStretch(1);

    auto *membersTitle = new QLabel(tr("Members"), this);
    membersTitle->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 6px;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_profile, 2);
    layout->addWidget(membersTitle);
    layout->addWidget(m_members, 3);
    m_members->setStore(m_memberStore.get());
    activate();
}

CommitteeArea::~CommitteeArea() = default;

void CommitteeArea::activate()
{
    auto profile = CommitteeProfile(m_context.db).load();
    if (profile && profile->has_value()) {
        m_profile->showRecord(CommitteeTypes::profile(), profile->value());
    } else {
        m_profile->showNothing(tr("The committee has not been set up yet."));
    }
    m_members->reload();
}

void CommitteeArea::editProfile()
{
    CommitteeSetupDialog dialog(m_context.db, this);
    if (dialog.exec() == QDialog::Accepted) {
        activate();
    }
}

} // namespace committee::ui
