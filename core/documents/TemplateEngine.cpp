#include "documents/TemplateEngine.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace committee {

struct TemplateEngine::Node {
    enum Kind { Text, Escaped, Raw, Section, Inverted };
    Kind kind = Text;
    QString text; // the literal text, or the name looked up
    std::vector<Node> children;
};

namespace {

using Node = TemplateEngine::Node;

// Partials may include partials; a template that includes itself stops here instead of
// recursing until the stack runs out.
constexpr int kMaxPartialDepth = 8;
// And a template that includes itself several times would grow as (includes)^depth, ten to
// the eighth for ten includes (found by fuzz_template): after this many partials in one
// template the rest are left out. The built-in books use a handful.
constexpr int kMaxPartials = 200;

class Parser {
public:
    explicit Parser(const TemplateEngine::PartialLoader &partials) : m_partials(partials) {}

    std::vector<Node> parse(const QString &text)
    {
        std::vector<Node> root;
        std::vector<std::vector<Node> *> open{&root};
        QStringList names;
        parseInto(text, open, names, 0);
        return root;
    }

private:
    void parseInto(const QString &text, std::vector<std::vector<Node> *> &open, QStringList &names,
                   int depth)
    {
        qsizetype pos = 0;
        while (pos < text.size()) {
            const qsizetype start = text.indexOf(QLatin1String("{{"), pos);
            if (start < 0) {
                addText(*open.back(), text.mid(pos));
                break;
            }
            addText(*open.back(), text.mid(pos, start - pos));
            const bool triple = text.mid(start, 3) == QLatin1String("{{{");
            const QString close = triple ? QStringLiteral("}}}") : QStringLiteral("}}");
            const qsizetype end = text.indexOf(close, start + (triple ? 3 : 2));
            if (end < 0) {
                // An unclosed tag is printed as it is, so the mistake shows on the page.
                addText(*open.back(), text.mid(start));
                break;
            }
            const QString tag = text.mid(start + (triple ? 3 : 2), end - start - (triple ? 3 : 2));
            pos = end + close.size();
            if (triple) {
                open.back()->push_back({Node::Raw, tag.trimmed(), {}});
                continue;
            }
            const QChar sigil = tag.isEmpty() ? QChar() : tag.at(0);
            const QString name = tag.mid(1).trimmed();
            if (sigil == QLatin1Char('!')) {
                continue;
            }
            if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
                open.back()->push_back(
                    {sigil == QLatin1Char('#') ? Node::Section : Node::Inverted, name, {}});
                open.push_back(&open.back()->back().children);
                names << name;
            } else if (sigil == QLatin1Char('/')) {
                // A stray closing tag is ignored rather than closing the wrong section.
                if (!names.isEmpty() && names.constLast() == name) {
                    names.removeLast();
                    open.pop_back();
                }
            } else if (sigil == QLatin1Char('>')) {
                if (depth < kMaxPartialDepth && m_included < kMaxPartials && m_partials) {
                    ++m_included;
                    parseInto(m_partials(name), open, names, depth + 1);
                }
            } else if (sigil == QLatin1Char('&')) {
                open.back()->push_back({Node::Raw, name, {}});
            } else {
                open.back()->push_back({Node::Escaped, tag.trimmed(), {}});
            }
        }
    }

    static void addText(std::vector<Node> &nodes, const QString &text)
    {
        if (!text.isEmpty()) {
            nodes.push_back({Node::Text, text, {}});
        }
    }

    const TemplateEngine::PartialLoader &m_partials;
    int m_included = 0;
};

QVariant lookup(const QList<QVariant> &stack, const QString &name)
{
    if (name == QLatin1String(".")) {
        return stack.isEmpty() ? QVariant() : stack.constLast();
    }
    const QStringList parts = name.split(QLatin1Char('.'));
    for (qsizetype i = stack.size() - 1; i >= 0; --i) {
        const QVariantMap map = stack.at(i).toMap();
        if (!map.contains(parts.first())) {
            continue;
        }
        QVariant value = map.value(parts.first());
        for (qsizetype p = 1; p < parts.size(); ++p) {
            value = value.toMap().value(parts.at(p));
        }
        return value;
    }
    return {};
}

QString toText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate) {
        return value.toDate().toString(Qt::ISODate);
    }
    if (value.typeId() == QMetaType::QStringList) {
        return value.toStringList().join(QLatin1Char('\n'));
    }
    return value.toString();
}

// A section inside a section of the same list repeats the list for each of its items, so
// such nesting grows as items^depth, and a template nested that way by mistake would hang
// the app (found by fuzz_template). Each node costs one unit per open section (the work of
// looking a name up), and rendering stops when the units or the text run out. The ten-year
// committee workbook needs about 65,000 units and 281,000 characters
// (COMMITTEE_TEMPLATE_STATS prints them).
constexpr qint64 kMaxRenderUnits = 4000000;
constexpr qsizetype kMaxRenderedChars = 32 * 1024 * 1024;

void renderNodes(const std::vector<Node> &nodes, QList<QVariant> &stack, QString &out,
                 qint64 &budget)
{
    for (const Node &node : nodes) {
        budget -= stack.size();
        if (budget < 0 || out.size() > kMaxRenderedChars) {
            budget = -1;
            return;
        }
        switch (node.kind) {
        case Node::Text:
            out += node.text;
            break;
        case Node::Escaped:
            out += TemplateEngine::escapeHtml(toText(lookup(stack, node.text)));
            break;
        case Node::Raw:
            out += toText(lookup(stack, node.text));
            break;
        case Node::Section: {
            const QVariant value = lookup(stack, node.text);
            if (!TemplateEngine::isTruthy(value)) {
                break;
            }
            const bool isList = value.typeId() == QMetaType::QVariantList ||
                                value.typeId() == QMetaType::QStringList;
            const QVariantList items = isList ? value.toList() : QVariantList{value};
            for (const QVariant &item : items) {
                stack.append(item);
                renderNodes(node.children, stack, out, budget);
                stack.removeLast();
            }
            break;
        }
        case Node::Inverted:
            if (!TemplateEngine::isTruthy(lookup(stack, node.text))) {
                renderNodes(node.children, stack, out, budget);
            }
            break;
        }
    }
}

} // namespace

TemplateEngine::TemplateEngine(PartialLoader partials) : m_partials(std::move(partials)) {}

TemplateEngine::~TemplateEngine() = default;

QString TemplateEngine::render(const QString &text, const QVariantMap &data) const
{
    const std::vector<Node> nodes = Parser(m_partials).parse(text);
    QList<QVariant> stack{data};
    QString out;
    out.reserve(text.size() * 2);
    qint64 budget = kMaxRenderUnits;
    renderNodes(nodes, stack, out, budget);
    if (qEnvironmentVariableIsSet("COMMITTEE_TEMPLATE_STATS")) {
        qInfo("template: %lld units, %lld characters", kMaxRenderUnits - budget,
              qint64(out.size()));
    }
    return out;
}

QString TemplateEngine::escapeHtml(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return escaped;
}

bool TemplateEngine::isTruthy(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return false;
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toDouble() != 0;
    case QMetaType::QVariantList:
        return !value.toList().isEmpty();
    case QMetaType::QStringList:
        return !value.toStringList().isEmpty();
    case QMetaType::QVariantMap:
        return !value.toMap().isEmpty();
    default:
        return !value.isNull() && !toText(value).isEmpty();
    }
}

} // namespace committee
