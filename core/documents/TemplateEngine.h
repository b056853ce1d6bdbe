#pragma once

#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace committee {

// The small part of Mustache the document templates use, so a clerk's copy of a template
// stays plain HTML with obvious holes:
//   {{name}}            the value, escaped for HTML; line breaks become <br/>
//   {{{name}}}          the value as it is (HTML the provider built, or CSS)
//   {{#name}}…{{/name}} a list repeats for each item; a map or any other true value shows
//                       once; false, 0, "" and empty lists show nothing
//   {{^name}}…{{/name}} shown when the value is false or empty
//   {{> partial}}       another template inserted here (e.g. the shared cover page)
//   {{! comment}}       left out
// Names may be dotted (form.title) and are looked up from the innermost section outwards.
// A missing name renders as nothing, so an older copy of a template in the override folder
// still prints instead of failing.
class TemplateEngine {
public:
    // Returns a partial's text, or a null QString when there is none.
    using PartialLoader = std::function<QString(const QString &name)>;

    explicit TemplateEngine(PartialLoader partials = {});
    ~TemplateEngine();

    QString render(const QString &text, const QVariantMap &data) const;

    static QString escapeHtml(const QString &text);
    static bool isTruthy(const QVariant &value);

    struct Node;

private:
    PartialLoader m_partials;
};

} // namespace committee
