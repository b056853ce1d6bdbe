#include "widgets/EditionBar.h"

#include "common/Period.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace committee::ui {

EditionBar::EditionBar(Database &db, ListKind kind, QWidget *parent)
    : QWidget(parent), m_db(db), m_kind(kind), m_combo(new QComboBox(this)),
      m_info(new QLabel(this)),
      m_new(new QPushButton(QIcon(QStringLiteral(":/icons/action-copy.svg")), tr("New edition…"),
                            this)),
      m_remove(new QPushButton(QIcon(QStringLiteral(":/icons/action-delete.svg")),
                               tr("Remove edition"), this))
{
    m_combo->setObjectName(QStringLiteral("edition"));
    m_combo->setMinimumContentsLength(34);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_info->setStyleSheet(QStringLiteral("color: #5D6D7E;"));
    m_new->setToolTip(tr("Copy this edition under a new title and year, e.g. next year's list"));
    auto *label = new QLabel(tr("&Edition:"), this);
    label->setBuddy(m_combo);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_info, 1);
    layout->addWidget(m_new);
    layout->addWidget(m_remove);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (index < 0 || index >= m_editions.size()) {
            return;
        }
        if (Status s = Editions(m_db).setCurrent(m_editions[index].id); !s) {
            MessageBox::error(this, tr("Edition not changed"), s.error().message);
        }
        showInfo();
        emit editionChanged(currentEditionId());
    });
    connect(m_new, &QPushButton::clicked, this, &EditionBar::newEdition);
    connect(m_remove, &QPushButton::clicked, this, &EditionBar::removeEdition);
    reload();
}

void EditionBar::reload()
{
    auto editions = Editions(m_db).list(m_kind);
    m_editions = editions ? editions.value() : QList<EditionInfo>();
    m_combo->clear();
    int current = 0;
    for (int i = 0; i < m_editions.size(); ++i) {
        const EditionInfo &e = m_editions[i];
        m_combo->addItem(e.official ? tr("%1 (official)").arg(e.title) : e.title, e.id);
        if (e.current) {
            current = i;
        }
    }
    m_combo->setCurrentIndex(current);
    showInfo();
}

qint64 EditionBar::currentEditionId() const
{
    return m_combo->currentData().toLongLong();
}

void EditionBar::showInfo()
{
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= m_editions.size()) {
        m_info->clear();
        m_remove->setEnabled(false);
        return;
    }
    const EditionInfo &e = m_editions[index];
    QStringList parts;
    if (!e.docNumber.isEmpty()) {
        parts << e.docNumber;
    }
    if (!e.issuer.isEmpty()) {
        parts << e.issuer;
    }
    parts << (e.issuedOn.isEmpty() ? QString::number(e.year) : e.issuedOn);
    m_info->setText(parts.join(QStringLiteral(" · ")));
    m_remove->setEnabled(!e.official);
    m_remove->setToolTip(e.official ? tr("The official edition is kept so its text can always be "
                                         "restored")
                                    : QString());
}

void EditionBar::newEdition()
{
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= m_editions.size()) {
        return;
    }
    const EditionInfo &from = m_editions[index];
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New edition"));
    auto *title = new QLineEdit(&dialog);
    title->setObjectName(QStringLiteral("title"));
    const int nextYear = qMax(from.year + 1, QDate::currentDate().year());
    title->setText(Editions::titleForYear(from, nextYear));
    auto *year = new QSpinBox(&dialog);
    year->setObjectName(QStringLiteral("year"));
    year->setRange(kFirstYear, kLastYear);
    year->setValue(nextYear);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("A copy of “%1” is made. Edit the copy; the official text stays "
                               "as it was.")
                                .arg(from.title),
                            &dialog));
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Year:"), year);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        auto id = Editions(m_db).copy(from.id, title->text(), year->value());
        if (!id) {
            MessageBox::error(this, tr("Edition not created"), id.error().message);
            continue; // keep what was typed and let the clerk correct it
        }
        reload();
        emit editionChanged(currentEditionId());
        return;
    }
}

void EditionBar::removeEdition()
{
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= m_editions.size() || m_editions[index].official) {
        return;
    }
    if (!MessageBox::confirm(
            this, tr("Remove edition"),
            tr("Remove the edition “%1” and all its entries?").arg(m_editions[index].title),
            tr("Remove"))) {
        return;
    }
    if (Status s = Editions(m_db).remove(m_editions[index].id); !s) {
        MessageBox::error(this, tr("Edition not removed"), s.error().message);
    }
    reload();
    emit editionChanged(currentEditionId());
}

} // namespace committee::ui
