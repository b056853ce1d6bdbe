#pragma once

#include "shell/AppContext.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QSpinBox;

namespace committee::ui {

class DocumentActions;

// The record books: which book, and the year (or years) it covers.
class LogbookPage : public QWidget {
    Q_OBJECT
public:
    LogbookPage(AppContext &context, QPrinter &printer, QWidget *parent = nullptr);

    void choose(const QString &kind, int year, int lastYear = 0);
    QComboBox *bookBox() const { return m_book; }
    DocumentActions *actions() const { return m_actions; }

private:
    QComboBox *m_book;
    QSpinBox *m_from;
    QSpinBox *m_to;
    DocumentActions *m_actions;
};

// Notices: the reply declining a request outside the list, the disclosure sheet for the
// notice board, and the members' commitments; each from the record or year chosen here.
class NoticePage : public QWidget {
    Q_OBJECT
public:
    NoticePage(AppContext &context, QPrinter &printer, QWidget *parent = nullptr);

    // Chooses a notice ("notice-decline", ...) and its record or year.
    void choose(const QString &documentId, qint64 recordId, int year = 0);
    void reloadRecords();
    QComboBox *noticeBox() const { return m_notice; }
    QComboBox *recordBox() const { return m_record; }
    DocumentActions *actions() const { return m_actions; }

private:
    AppContext &m_context;
    QComboBox *m_notice;
    QComboBox *m_record;
    QLabel *m_recordLabel;
    QSpinBox *m_year;
    QDateEdit *m_date;
    DocumentActions *m_actions;
};

} // namespace committee::ui
