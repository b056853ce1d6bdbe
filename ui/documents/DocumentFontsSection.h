#pragma once

#include <QGroupBox>
#include <QHash>

class QComboBox;
class QLabel;

namespace committee {
class AppSettings;
enum class FontRole;
} // namespace committee

namespace committee::ui {

// The Settings dialog's "Document fonts" box: which installed face each kind of text in the
// printed documents uses, whether it is the one GB/T 9704 asks for, and the clerk's own
// choice among the faces whose text reads back correctly from a PDF.
class DocumentFontsSection : public QGroupBox {
    Q_OBJECT
public:
    explicit DocumentFontsSection(AppSettings &settings, QWidget *parent = nullptr);
    // Stores the choices and uses them from the next document on.
    void save();

    QComboBox *chooser(FontRole role) const { return m_choosers.value(role); }
    QLabel *status(FontRole role) const { return m_status.value(role); }

private:
    void showStatus(FontRole role);

    AppSettings &m_settings;
    QHash<FontRole, QComboBox *> m_choosers;
    QHash<FontRole, QLabel *> m_status;
};

} // namespace committee::ui
