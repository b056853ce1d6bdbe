#include "shell/AboutDialog.h"

#include "common/AppInfo.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace committee::ui {

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Committee Desk"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/committee-desk.svg")).pixmap(64, 64));
    const QString folder = QFileInfo(databasePath).absolutePath();
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    text->setText(
        QStringLiteral("<h3>%1</h3><p>%2</p><p>%3<br>%4</p><p>%5<br><code>%6</code></p><p>%7</p>")
            .arg(tr("Committee Desk").toHtmlEscaped(),
                 tr("The office desk of a village or community committee clerk.").toHtmlEscaped(),
                 tr("Version %1").arg(AppInfo::version()).toHtmlEscaped(),
                 tr("Built on %1").arg(AppInfo::buildDate()).toHtmlEscaped(),
                 tr("Your data is kept in this folder:").toHtmlEscaped(),
                 QDir::toNativeSeparators(folder).toHtmlEscaped(),
                 tr("Licence: GNU General Public License, version 3 or later. Qt is used under "
                    "the LGPL v3.")
                     .toHtmlEscaped()));
    auto *open = new QPushButton(tr("Open data folder"), this);
    connect(open, &QPushButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->addButton(open, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(520, 300);
}

} // namespace committee::ui
