#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace committee {

// Writes JSON with keys in the order given. QJsonObject sorts its keys, but documented
// formats (the CLI's reference output, bundle manifests) read better, and diff better, in
// their documented order. Output is compact UTF-8.
class JsonWriter {
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const QString &name);
    JsonWriter &value(const QJsonValue &value);
    JsonWriter &field(const QString &name, const QJsonValue &v) { return key(name).value(v); }

    QByteArray toUtf8() const { return m_out; }

private:
    void separate();
    void writeScalar(const QJsonValue &value);

    QByteArray m_out;
    QList<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace committee
