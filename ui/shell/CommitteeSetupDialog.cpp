#include "shell/CommitteeSetupDialog.h"

#include "committee/CommitteeProfile.h"
#include "committee/CommitteeTypes.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordForm.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace committee::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

CommitteeSetupDialog::CommitteeSetupDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_form(new RecordForm(CommitteeTypes::profile(), nullptr, this)),
      m_members(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Committee profile"));
    auto *intro = new QLabel(tr("Tell Committee Desk which committee it works for. The type "
                                "decides whether forms say 村民 or 居民 and which rules apply."),
                             this);
    intro->setWordWrap(true);

    m_members->setObjectName(QStringLiteral("members"));
    m_members->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role (主任, 副主任, 委员 …)"), tr("Phone")});
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_members->verticalHeader()->hide();
    connect(m_members, &QTableWidget::itemChanged, this, [this] { m_membersEdited = true; });

    auto *addMember =
        new QPushButton(QIcon(QStringLiteral(":/icons/action-add.svg")), tr("Add member"), this);
    auto *removeMember = new QPushButton(QIcon(QStringLiteral(":/icons/action-delete.svg")),
                                         tr("Remove member"), this);
    connect(addMember, &QPushButton::clicked, this, [this] {
        addMemberRow({}, QStringLiteral("委员"), {}, 0); // the usual role, as data
        m_members->setCurrentCell(m_members->rowCount() - 1, 0);
        m_members->editItem(m_members->currentItem());
    });
    connect(removeMember, &QPushButton::clicked, this, [this] {
        if (m_members->currentRow() >= 0) {
            m_members->removeRow(m_members->currentRow());
            m_membersEdited = true;
        }
    });
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(addMember);
    memberButtons->addWidget(removeMember);
    memberButtons->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *demo = buttons->addButton(tr("Fill in the demo committee"), QDialogButtonBox::ResetRole);
    demo->setObjectName(QStringLiteral("demo"));
    connect(demo, &QPushButton::clicked, this, &CommitteeSetupDialog::fillDemo);
    connect(buttons, &QDialogButtonBox::accepted, this, &CommitteeSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CommitteeSetupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(new QLabel(tr("Members of the committee"), this));
    layout->addWidget(m_members, 1);
    layout->addLayout(memberButtons);
    layout->addWidget(buttons);
    resize(640, 720);

    CommitteeProfile profile(m_db);
    if (auto existing = profile.load(); existing && existing->has_value()) {
        m_form->setRecord(existing->value());
    } else {
        Record blank;
        blank.values.insert(QStringLiteral("kind"), CommitteeTypes::kVillage);
        m_form->setRecord(blank);
    }
    if (auto members = profile.members(); members) {
        for (const Record &m : members.value()) {
            addMemberRow(m.text(QStringLiteral("name")), m.text(QStringLiteral("role")),
                         m.text(QStringLiteral("phone")), m.id);
        }
    }
    m_membersEdited = false;
}

void CommitteeSetupDialog::addMemberRow(const QString &name, const QString &role,
                                        const QString &phone, qint64 id)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    m_members->setItem(row, 0, new QTableWidgetItem(name));
    m_members->setItem(row, 1, new QTableWidgetItem(role));
    m_members->setItem(row, 2, new QTableWidgetItem(phone));
    m_members->item(row, 0)->setData(kIdRole, id);
}

void CommitteeSetupDialog::fillDemo()
{
    Record demo = DemoCommittee::profile();
    m_form->setRecord(demo);
    m_members->setRowCount(0);
    for (const Record &m : DemoCommittee::members()) {
        addMemberRow(m.text(QStringLiteral("name")), m.text(QStringLiteral("role")),
                     m.text(QStringLiteral("phone")), 0);
    }
    m_membersEdited = true;
}

void CommitteeSetupDialog::accept()
{
    if (!m_form->validate()) {
        return;
    }
    QList<Record> members;
    for (int row = 0; row < m_members->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_members->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(0).isEmpty() && text(1).isEmpty() && text(2).isEmpty()) {
            continue; // an empty row the clerk added and left
        }
        Record member;
        member.id =
            m_members->item(row, 0) ? m_members->item(row, 0)->data(kIdRole).toLongLong() : 0;
        member.values = {{QStringLiteral("name"), text(0)},
                         {QStringLiteral("role"), text(1)},
                         {QStringLiteral("phone"), text(2)}};
        members.append(member);
    }
    if (Status s = CommitteeProfile(m_db).save(m_form->record(), members); !s) {
        MessageBox::error(this, tr("Not saved"), s.error().message);
        return;
    }
    QDialog::accept();
}

void CommitteeSetupDialog::reject()
{
    if ((m_form->isModified() || m_membersEdited) &&
        !MessageBox::confirm(this, tr("Discard changes?"),
                             tr("You have entered details that are not saved. Close without "
                                "saving?"),
                             tr("Discard changes"))) {
        return;
    }
    QDialog::reject();
}

} // namespace committee::ui
