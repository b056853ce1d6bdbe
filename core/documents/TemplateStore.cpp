#include "documents/TemplateStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace committee {

namespace {
const QString kBuiltIn = QStringLiteral(":/templates/");

Result<QString> readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io,
                         TemplateStore::tr("Cannot read the template %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return QString::fromUtf8(file.readAll());
}
} // namespace

TemplateStore::TemplateStore(QString overrideFolder) : m_folder(std::move(overrideFolder)) {}

QString TemplateStore::overrideFolderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("templates"));
}

bool TemplateStore::isOverridden(const QString &name) const
{
    return !m_folder.isEmpty() && QFileInfo(QDir(m_folder).filePath(name)).isFile();
}

Result<QString> TemplateStore::text(const QString &name) const
{
    // Only plain names: a template must not reach outside its folder.
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.startsWith(QLatin1Char('.'))) {
        return makeError(Error::Kind::Invalid, tr("“%1” is not a template name.").arg(name));
    }
    if (isOverridden(name)) {
        return readUtf8(QDir(m_folder).filePath(name));
    }
    if (!QFile::exists(kBuiltIn + name)) {
        return makeError(Error::Kind::NotFound, tr("There is no template called “%1”.").arg(name));
    }
    return readUtf8(kBuiltIn + name);
}

QStringList TemplateStore::builtInNames()
{
    return QDir(kBuiltIn).entryList(QDir::Files, QDir::Name);
}

Result<QStringList> TemplateStore::copyBuiltInsForEditing() const
{
    if (m_folder.isEmpty() || !QDir().mkpath(m_folder)) {
        return makeError(
            Error::Kind::Io,
            tr("Cannot create the template folder %1.").arg(QDir::toNativeSeparators(m_folder)));
    }
    QStringList copied;
    for (const QString &name : builtInNames()) {
        const QString target = QDir(m_folder).filePath(name);
        if (QFileInfo::exists(target)) {
            continue;
        }
        auto text = readUtf8(kBuiltIn + name);
        if (!text) {
            return text.error();
        }
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            file.write(text->toUtf8()) < 0) {
            return makeError(Error::Kind::Io,
                             tr("Cannot write %1: %2")
                                 .arg(QDir::toNativeSeparators(target), file.errorString()));
        }
        // Resource files are read-only; the copy is for editing.
        file.setPermissions(file.permissions() | QFileDevice::WriteOwner);
        copied << name;
    }
    return copied;
}

} // namespace committee
