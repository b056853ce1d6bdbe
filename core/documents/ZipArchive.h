#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace committee {

// Reading one file out of a zip held in memory, and writing a new zip, through libzip.
// Used for the ODT, whose parts Qt writes but which needs more parts than Qt gives.
class ZipArchive {
    Q_DECLARE_TR_FUNCTIONS(committee::ZipArchive)
public:
    struct Entry {
        QString name;
        QByteArray data;
        bool stored = false; // uncompressed (an ODF's "mimetype" must be)
    };

    static Result<QByteArray> read(const QByteArray &zip, const QString &name);
    // The entries in this order.
    static Result<QByteArray> write(const QList<Entry> &entries);
};

} // namespace committee
