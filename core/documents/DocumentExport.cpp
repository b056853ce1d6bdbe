#include "documents/DocumentExport.h"

#include "committee/CommitteeProfile.h"
#include "common/Period.h"

#include "documents/DocumentRenderer.h"
#include "documents/Documents.h"
#include "documents/OdtExport.h"
#include "documents/XlsxExport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace committee {

Result<DocumentExport::Format> DocumentExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    if (suffix == QLatin1String("odt")) {
        return Format::Odt;
    }
    if (suffix == QLatin1String("xlsx")) {
        return Format::Xlsx;
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        return Format::Html;
    }
    return makeError(Error::Kind::Invalid,
                     tr("%1: the file name must end in .pdf, .odt, .xlsx or .html.")
                         .arg(QDir::toNativeSeparators(path)));
}

QString DocumentExport::extension(Format format)
{
    switch (format) {
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

Result<QByteArray> DocumentExport::render(Database &db, const QString &documentId,
                                          const DocumentRequest &request, Format format)
{
    const DocumentSpec *spec = Documents::byId(documentId);
    if (spec && format == Format::Xlsx && !spec->tabular) {
        return makeError(
            Error::Kind::Invalid,
            tr("“%1” is not a table; save it as PDF or ODT instead.").arg(Documents::name(*spec)));
    }
    const DocumentFlavor flavor = format == Format::Odt    ? DocumentFlavor::Editable
                                  : format == Format::Xlsx ? DocumentFlavor::Spreadsheet
                                  : format == Format::Html ? DocumentFlavor::Web
                                                           : DocumentFlavor::Print;
    auto filled = Documents::fill(db, documentId, request, flavor);
    if (!filled) {
        return filled.error();
    }
    switch (format) {
    case Format::Odt:
        return OdtExport::write(filled.value());
    case Format::Xlsx:
        return XlsxExport::write(filled.value());
    case Format::Html:
        return DocumentRenderer::unpagedHtml(filled.value()).toUtf8();
    case Format::Pdf:
        break;
    }
    return DocumentRenderer::pdf(filled.value());
}

Status DocumentExport::save(Database &db, const QString &documentId, const DocumentRequest &request,
                            const QString &path)
{
    auto format = formatOf(path);
    if (!format) {
        return format.error();
    }
    auto bytes = render(db, documentId, request, format.value());
    if (!bytes) {
        return bytes.error();
    }
    return writeAtomically(path, bytes.value());
}

Status DocumentExport::writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(
            Error::Kind::Io,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

QString DocumentExport::suggestedFileName(Database &db, const QString &documentId,
                                          const DocumentRequest &request, const QString &extension)
{
    const DocumentSpec *spec = Documents::byId(documentId);
    QStringList parts;
    // The committee as it is called in speech: 桂花湾社区, not 桂花湾社区居民委员会.
    if (auto profile = CommitteeProfile(db).load(); profile && profile->has_value()) {
        QString name = profile->value().text(QStringLiteral("name"));
        name.remove(QRegularExpression(QStringLiteral("(居民委员会|村民委员会|委员会)$")));
        parts << name;
    }
    parts << (spec ? spec->fileName : documentId);
    const DocumentInput input = spec ? spec->input : DocumentInput::Year;
    if (input == DocumentInput::Quarter) {
        parts << Quarter(request.year, request.quarter).code();
    } else if (input == DocumentInput::Record) {
        parts << QStringLiteral("%1号").arg(request.recordId);
    } else if (request.lastYear > request.year) {
        parts << QStringLiteral("%1-%2").arg(request.year).arg(request.lastYear);
    } else {
        parts << QString::number(request.year);
    }
    parts.removeAll(QString());
    QString name = parts.join(QLatin1Char('-'));
    name.remove(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|《》]")));
    return name + QLatin1Char('.') + extension;
}

} // namespace committee
