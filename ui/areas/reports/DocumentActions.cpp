#include "areas/reports/DocumentActions.h"

#include "common/AppSettings.h"
#include "documents/DocumentExport.h"
#include "documents/DocumentRenderer.h"
#include "documents/Documents.h"
#include "widgets/MessageBox.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMainWindow>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

namespace committee::ui {

DocumentActions::DocumentActions(AppContext &context, QPrinter &printer, TargetFunction target,
                                 QWidget *parent)
    : QWidget(parent), m_context(context), m_printer(printer), m_target(std::move(target)),
      m_preview(new QPushButton(QIcon(QStringLiteral(":/icons/action-print.svg")),
                                tr("Preview and print…"), this)),
      m_pdf(new QPushButton(tr("Save as PDF…"), this)),
      m_odt(new QPushButton(tr("Save as ODT…"), this)),
      m_xlsx(new QPushButton(tr("Save as XLSX…"), this))
{
    m_preview->setObjectName(QStringLiteral("preview"));
    m_pdf->setObjectName(QStringLiteral("savePdf"));
    m_odt->setObjectName(QStringLiteral("saveOdt"));
    m_xlsx->setObjectName(QStringLiteral("saveXlsx"));
    m_odt->setToolTip(tr("An OpenDocument text to edit in WPS or LibreOffice"));
    m_xlsx->setToolTip(tr("A workbook, for the documents that are tables"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addWidget(m_pdf);
    layout->addWidget(m_odt);
    layout->addWidget(m_xlsx);
    layout->addStretch(1);
    connect(m_preview, &QPushButton::clicked, this, &DocumentActions::preview);
    connect(m_pdf, &QPushButton::clicked, this, [this] { saveAs(QStringLiteral("pdf")); });
    connect(m_odt, &QPushButton::clicked, this, [this] { saveAs(QStringLiteral("odt")); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { saveAs(QStringLiteral("xlsx")); });
    updateButtons();
}

std::optional<DocumentActions::Target> DocumentActions::current() const
{
    return m_target ? m_target() : std::nullopt;
}

bool DocumentActions::readyForOutput()
{
    return !m_beforeOutput || m_beforeOutput();
}

void DocumentActions::updateButtons()
{
    const auto target = current();
    const DocumentSpec *spec = target ? Documents::byId(target->documentId) : nullptr;
    for (QPushButton *button : {m_preview, m_pdf, m_odt}) {
        button->setEnabled(spec != nullptr);
    }
    m_xlsx->setEnabled(spec && spec->tabular);
}

Result<int> DocumentActions::printTo(QPrinter &printer)
{
    const auto target = current();
    if (!target) {
        return makeError(Error::Kind::Invalid, tr("Choose what to print first."));
    }
    auto filled = Documents::fill(m_context.db, target->documentId, target->request);
    if (!filled) {
        return filled.error();
    }
    return DocumentRenderer::paint(filled.value(), printer);
}

void DocumentActions::preview()
{
    if (!readyForOutput()) {
        return;
    }
    const auto target = current();
    const DocumentSpec *spec = target ? Documents::byId(target->documentId) : nullptr;
    if (!spec) {
        return;
    }
    // Each document has its own orientation (a wide register is landscape); paper, margins
    // and printer stay as last chosen.
    m_printer.setPageOrientation(spec->orientation);
    m_printer.setDocName(Documents::name(*spec));
    QPrintPreviewDialog dialog(&m_printer, this);
    dialog.setWindowTitle(tr("Preview: %1").arg(Documents::name(*spec)));
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &failure](QPrinter *p) {
        if (auto pages = printTo(*p); !pages) {
            failure = pages.error().message;
        }
    });
    dialog.resize(900, 1000);
    dialog.exec();
    if (!failure.isEmpty()) {
        MessageBox::error(this, tr("Cannot print"), failure);
    }
}

QString DocumentActions::suggestedPath(const QString &extension) const
{
    const auto target = current();
    if (!target) {
        return {};
    }
    QString folder = m_context.settings.documentsFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    return QDir(folder).filePath(DocumentExport::suggestedFileName(m_context.db, target->documentId,
                                                                   target->request, extension));
}

void DocumentActions::saveAs(const QString &extension)
{
    if (!readyForOutput()) {
        return;
    }
    const QString suggested = suggestedPath(extension);
    if (suggested.isEmpty()) {
        return;
    }
    const QString filter = extension == QLatin1String("pdf")   ? tr("PDF (*.pdf)")
                           : extension == QLatin1String("odt") ? tr("OpenDocument text (*.odt)")
                                                               : tr("Excel workbook (*.xlsx)");
    QString path = MessageBox::askSavePath(this, tr("Save as"), suggested, filter);
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive)) {
        path += QLatin1Char('.') + extension;
    }
    // Asked here, once, also where the extension was added after the file chooser.
    if (QFileInfo::exists(path) &&
        !MessageBox::confirm(
            this, tr("Save as"),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
            tr("Replace"))) {
        return;
    }
    if (Status s = saveTo(path); !s) {
        MessageBox::error(this, tr("Not saved"), s.error().message);
        return;
    }
    m_context.settings.setDocumentsFolder(QFileInfo(path).absolutePath());
    const QString shown = QDir::toNativeSeparators(path);
    if (auto *main = qobject_cast<QMainWindow *>(window())) {
        main->statusBar()->showMessage(tr("Saved as %1").arg(shown), 15000);
    }
    const int open = MessageBox::choose(this, tr("Saved"), tr("Saved as %1").arg(shown),
                                        {tr("Open file"), tr("Open containing folder")});
    if (open == 0) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    } else if (open == 1) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    }
}

Status DocumentActions::saveTo(const QString &path)
{
    const auto target = current();
    if (!target) {
        return makeError(Error::Kind::Invalid, tr("Choose what to save first."));
    }
    Status s = DocumentExport::save(m_context.db, target->documentId, target->request, path);
    if (s) {
        emit saved(path);
    }
    return s;
}

} // namespace committee::ui
