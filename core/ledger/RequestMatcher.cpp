#include "ledger/RequestMatcher.h"

#include <QSet>

#include <algorithm>

namespace committee {

namespace {

QSet<QString> bigrams(const QString &text)
{
    QSet<QString> grams;
    QString run;
    auto flush = [&] {
        for (int i = 0; i + 1 < run.size(); ++i) {
            grams.insert(run.mid(i, 2));
        }
        run.clear();
    };
    for (const QChar c : text) {
        // Only Han characters carry meaning here; punctuation and numbers split runs.
        if (c.script() == QChar::Script_Han) {
            run += c;
        } else {
            flush();
        }
    }
    flush();
    return grams;
}

// Words in nearly every item ("协助", "工作") say nothing about which item is meant.
const QSet<QString> &commonWords()
{
    static const QSet<QString> words = {
        QStringLiteral("协助"), QStringLiteral("工作"), QStringLiteral("开展"),
        QStringLiteral("做好"), QStringLiteral("相关"), QStringLiteral("部门"),
        QStringLiteral("社区"), QStringLiteral("居民"), QStringLiteral("村民"),
        QStringLiteral("街道"), QStringLiteral("人民"), QStringLiteral("政府")};
    return words;
}

} // namespace

QList<RequestMatcher::Suggestion>
RequestMatcher::suggest(const QString &request, const QList<Record> &dutyItems, int atMost)
{
    QSet<QString> wanted = bigrams(request);
    wanted.subtract(commonWords());
    QList<Suggestion> suggestions;
    if (wanted.isEmpty()) {
        return suggestions;
    }
    for (const Record &item : dutyItems) {
        const QString name = item.text(QStringLiteral("name"));
        // The item's name counts double: it is what a department's wording echoes most.
        const QSet<QString> inName = bigrams(name);
        const QSet<QString> inItem =
            bigrams(name + QLatin1Char('\n') + item.text(QStringLiteral("content")) +
                    QLatin1Char('\n') + item.text(QStringLiteral("refined")));
        double hits = 0;
        for (const QString &gram : wanted) {
            hits += inName.contains(gram) ? 2.0 : inItem.contains(gram) ? 1.0 : 0.0;
        }
        const double score = hits / (2.0 * wanted.size());
        if (score >= 0.15) {
            suggestions.append({item.value(QStringLiteral("number")).toInt(), name, score});
        }
    }
    std::sort(suggestions.begin(), suggestions.end(),
              [](const Suggestion &a, const Suggestion &b) { return a.score > b.score; });
    if (suggestions.size() > atMost) {
        suggestions.resize(atMost);
    }
    return suggestions;
}

} // namespace committee
