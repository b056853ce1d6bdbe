// Template filling (TemplateEngine): a clerk's own copy of a document template, which may
// be anything. The input is the template; it is also the partial "self", so templates
// that include themselves, directly or through sections, are tried too.
#include "FuzzSupport.h"

#include "documents/TemplateEngine.h"

#include <QVariantList>
#include <QVariantMap>

using namespace committee;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QVariantMap values = [] {
        const QVariantMap meeting{
            {QStringLiteral("topic"), QStringLiteral("加装电梯<议题>")},
            {QStringLiteral("present"), 19},
            {QStringLiteral("attendees"),
             QStringList{QStringLiteral("张立新"), QStringLiteral("王秀英")}}};
        return QVariantMap{
            {QStringLiteral("title"), QStringLiteral("会议记录 & 决定")},
            {QStringLiteral("css"), QStringLiteral("body{font-size:10.5pt}")},
            {QStringLiteral("empty"), QString()},
            {QStringLiteral("zero"), 0},
            {QStringLiteral("yes"), true},
            {QStringLiteral("form"), QVariantMap{{QStringLiteral("title"), QStringLiteral("表")}}},
            {QStringLiteral("meetings"), QVariantList{meeting, meeting, QVariantMap()}},
            {QStringLiteral("lines"), QStringList{QStringLiteral("一"), QStringLiteral("二\n三")}}};
    }();
    TemplateEngine engine(
        [&text](const QString &name) { return name == QLatin1String("self") ? text : QString(); });
    (void)engine.render(text, values);
    return 0;
}
