#include "areas/reports/ReportsArea.h"

#include "areas/reports/DocumentPages.h"
#include "areas/reports/QuarterlySheetPage.h"
#include "documents/DocumentRenderer.h"
#include "documents/TemplateStore.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace committee::ui {

ReportsArea::ReportsArea(AppContext &context, QWidget *parent)
    : Area(parent), m_context(context),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution)), m_tabs(new QTabWidget(this))
{
    // A4 with the GB/T 9704 margins until the clerk chooses otherwise in a print dialog.
    m_printer->setPageLayout(DocumentRenderer::standardLayout(QPageLayout::Portrait));
    m_quarterly = new QuarterlySheetPage(context, *m_printer, this);
    m_logbooks = new LogbookPage(context, *m_printer, this);
    m_notices = new NoticePage(context, *m_printer, this);
    m_tabs->addTab(m_quarterly, tr("Quarterly progress sheet"));
    m_tabs->addTab(m_logbooks, tr("Record books"));
    m_tabs->addTab(m_notices, tr("Notices"));

    const QString folder = TemplateStore::overrideFolderFor(context.db.path());
    auto *templates =
        new QLabel(tr("Templates: a file in %1 replaces the built-in template of the same name.")
                       .arg(QDir::toNativeSeparators(folder)),
                   this);
    templates->setWordWrap(true);
    auto *copy = new QPushButton(tr("Copy the templates there for editing"), this);
    copy->setObjectName(QStringLiteral("copyTemplates"));
    auto *open = new QPushButton(tr("Open the folder"), this);
    connect(copy, &QPushButton::clicked, this, &ReportsArea::copyTemplates);
    connect(open, &QPushButton::clicked, this, [folder] {
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    auto *footer = new QHBoxLayout;
    footer->addWidget(templates, 1);
    footer->addWidget(copy);
    footer->addWidget(open);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(footer);
}

ReportsArea::~ReportsArea() = default;

void ReportsArea::activate()
{
    // Records may have changed in the other areas since the area was last shown.
    m_quarterly->refresh();
    m_notices->reloadRecords();
}

void ReportsArea::copyTemplates()
{
    const TemplateStore store(TemplateStore::overrideFolderFor(m_context.db.path()));
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
