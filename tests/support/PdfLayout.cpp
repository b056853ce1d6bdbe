#include "PdfLayout.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace testing {

QList<PdfPage> pdfLayout(const QString &pdf, const QString &language)
{
    QProcess process;
    if (!language.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), language);
        env.insert(QStringLiteral("LC_ALL"), language);
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")});
    INFO("pdftotext (poppler-utils, installed by installer/setup.sh)");
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    QList<PdfPage> pages;
    QXmlStreamReader xml(process.readAllStandardOutput());
    PdfLine line;
    const QRegularExpression spaces(QStringLiteral("\\s+"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("page")) {
                pages.append(PdfPage());
            } else if (name == QLatin1String("line")) {
                line = PdfLine{{},
                               xml.attributes().value(QLatin1String("yMin")).toDouble(),
                               xml.attributes().value(QLatin1String("yMax")).toDouble(),
                               xml.attributes().value(QLatin1String("xMin")).toDouble()};
            } else if (name == QLatin1String("word")) {
                line.text += xml.readElementText().remove(spaces);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("line") && !pages.isEmpty()) {
            pages.last().append(line);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return pages;
}

QString pageText(const PdfPage &page)
{
    QString text;
    for (const PdfLine &line : page) {
        text += line.text;
    }
    return text;
}

const PdfLine *findLine(const PdfPage &page, const QString &text)
{
    for (const PdfLine &line : page) {
        if (line.text.contains(text)) {
            return &line;
        }
    }
    return nullptr;
}

} // namespace testing
