#pragma once

#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

// Lets Catch print QStrings in failure messages.
std::ostream &operator<<(std::ostream &os, const QString &s);

namespace testing {

// A fresh folder per test, removed afterwards.
class Scratch {
public:
    Scratch();
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// A new database with the official lists loaded.
std::unique_ptr<committee::Database> openSeeded(const QString &path);

QByteArray fileBytes(const QString &path);
// The first column of the first row `sql` gives in the SQLite file at `path`, read through a
// connection of its own (e.g. an id the CLI made), as text.
QString firstValue(const QString &path, const QString &sql);
void writeFile(const QString &path, const QByteArray &bytes);

// The path of a file in tests/data.
QString dataFile(const QString &name);

// Types Chinese into a widget the way an input method does (QTest::keyClicks is Latin-1
// only and aborts on Chinese).
void commitText(QWidget *widget, const QString &text);

} // namespace testing

// REQUIRE that a Result or Status succeeded, printing its message when it did not.
#define REQUIRE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &requireOkResult_ = (expr);                                                     \
        INFO((requireOkResult_.ok() ? std::string()                                                \
                                    : requireOkResult_.error().message.toStdString()));            \
        REQUIRE(requireOkResult_.ok());                                                            \
    } while (false)
