#include "common/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace committee {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last()) {
            m_out += ',';
        }
        m_first.last() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_first.removeLast();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_first.removeLast();
    return *this;
}

JsonWriter &JsonWriter::key(const QString &name)
{
    separate();
    writeScalar(QJsonValue(name));
    m_out += ':';
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonValue &v)
{
    separate();
    writeScalar(v);
    return *this;
}

void JsonWriter::writeScalar(const QJsonValue &v)
{
    // Let Qt do the escaping: serialise a one-element array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    m_out += wrapped.mid(1, wrapped.size() - 2);
}

} // namespace committee
