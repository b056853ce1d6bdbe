#include "documents/DocumentTemplatesSection.h"

#include "documents/TemplateStore.h"
#include "widgets/MessageBox.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace committee::ui {

DocumentTemplatesSection::DocumentTemplatesSection(const QString &databasePath, QWidget *parent)
    : QGroupBox(tr("Document templates (advanced)"), parent),
      m_folder(TemplateStore::overrideFolderFor(databasePath))
{
    auto *where = new QLabel(tr("A file in %1 replaces the built-in template of the same name.")
                                 .arg(QDir::toNativeSeparators(m_folder)),
                             this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new QPushButton(tr("Copy the templates there for editing"), this);
    copy->setObjectName(QStringLiteral("copyTemplates"));
    auto *open = new QPushButton(tr("Open the folder"), this);
    connect(copy, &QPushButton::clicked, this, &DocumentTemplatesSection::copyTemplates);
    connect(open, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
    });
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(where, 1);
    layout->addWidget(copy);
    layout->addWidget(open);
}

void DocumentTemplatesSection::copyTemplates()
{
    const TemplateStore store(m_folder);
    auto copied = store.copyBuiltInsForEditing();
    if (!copied) {
        MessageBox::error(this, tr("Templates not copied"), copied.error().message);
        return;
    }
    MessageBox::information(
        this, tr("Templates"),
        copied->isEmpty()
            ? tr("Every template is already in %1; those files were left as they are.")
                  .arg(QDir::toNativeSeparators(store.overrideFolder()))
            : tr("Copied %1 templates to %2. Edit them there; the program uses them from now "
                 "on, and updates never change them.")
                  .arg(copied->size())
                  .arg(QDir::toNativeSeparators(store.overrideFolder())));
}

} // namespace committee::ui
