#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Reads the two official documents straight from the plain-text seeds in /work/shared/seeds,
// independently of the app and of the JSON the app embeds, so a test can prove that the
// embedded data is a faithful transcription of the documents.
//
// The seeds are tables flattened to text: a field starts on a line beginning with a TAB
// (possibly preceded by spaces) and every following line without a leading tab continues it.
// Multi-line fields keep their line breaks ('\n'); each line is trimmed, as is the field.
namespace seeds {

// One row of the attachment of 渝民发〔2021〕6号 (27 items).
struct DutyRow {
    int number = 0;
    QString name;       // 事项名称
    QString content;    // 基层群众性自治组织依法协助政府工作具体内容
    QString refined;    // 协助工作细化事项 (multi-line)
    QStringList basis;  // 依据: the non-empty lines of the field
    QString department; // 主管单位
    QString remark;     // 备注
};

// One numbered 具体措施 of 附件1 of 渝北民〔2023〕24号 (25 measures, numbered across tasks).
struct Measure {
    int number = 0;
    QString text; // without its leading "N." prefix
};

// One 重点任务 of 附件1 of 渝北民〔2023〕24号 (8 tasks).
struct TaskRow {
    int number = 0;
    QString title;
    QList<Measure> measures;
};

// Parse the duty checklist from 000_*.txt. On failure returns an empty list and, if error is
// not null, says which line of the seed could not be understood.
QList<DutyRow> readDutyChecklist(const QString &seedPath, QString *error);

// Parse 附件1 (the key task list) from 004_*.txt. Same error convention.
QList<TaskRow> readTaskList(const QString &seedPath, QString *error);

// s without any whitespace (including U+3000 and line breaks). The documents are Chinese, so
// whitespace carries no meaning and comparisons against the seeds ignore it.
QString normalised(const QString &s);

} // namespace seeds
