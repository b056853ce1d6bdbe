#pragma once

#include <QVariantMap>

namespace committee {

// A row of any record type: its id and its field values keyed by FieldSpec::key.
// StringList fields hold a QStringList, Date fields a QDate, Integer fields an int.
struct Record {
    qint64 id = 0;
    qint64 parentId = 0;
    int position = 0;
    QVariantMap values;
    // The official text of this entry, when it came from an official edition.
    QVariantMap official;
    // Facts from outside the record that its rules need (e.g. an agenda item's meeting).
    QVariantMap context;
    // Ledger state.
    QString finalizedAt;
    QString deletedAt;
    QVariantMap snapshot; // the values when it was finalized

    QVariant value(const QString &key) const { return values.value(key); }
    QString text(const QString &key) const { return values.value(key).toString(); }
    bool hasOfficial() const { return !official.isEmpty(); }
    bool isFinalized() const { return !finalizedAt.isEmpty(); }
};

} // namespace committee
