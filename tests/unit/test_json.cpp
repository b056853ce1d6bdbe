#include "common/JsonWriter.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace committee;

TEST_CASE("JSON is written in the documented key order, escaped", "[json]")
{
    JsonWriter w;
    w.beginObject()
        .field(QStringLiteral("z"), 1)
        .field(QStringLiteral("a"), QStringLiteral("引号\"和\n换行"))
        .key(QStringLiteral("list"))
        .beginArray()
        .value(true)
        .beginObject()
        .endObject()
        .value(QJsonArray{QStringLiteral("x")})
        .endArray()
        .endObject();
    CHECK(w.toUtf8() == QByteArray(R"({"z":1,"a":"引号\"和\n换行","list":[true,{},["x"]]})"));
}
