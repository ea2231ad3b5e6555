#pragma once

#include "core/diary/SinceLastVisit.h"
#include "core/diary/SymptomDiary.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableWidget;

namespace nextsteps {

class ChecklistModel;
class DiaryCharts;
class DiaryEntryForm;

// How I've been: a day's scores (DiaryEntryForm), how each symptom changed since the last visit
// (with a way to put the new and worse ones into To tell in one step, and, when one of them is a
// sign the urgent page lists, a link to it), and the scores over time (DiaryCharts). What is kept
// goes into the list's file (SymptomDiary's section), one undo step each time.
class DiaryPane : public QWidget
{
    Q_OBJECT

public:
    // How the pane's Print or Save asks for output.
    enum class Output { Preview, Print, Pdf, Text };

    DiaryPane(ChecklistModel *model, QAction *printWithQuestions, QWidget *parent = nullptr);

    SymptomDiary diary() const;
    SinceLastVisit sinceLastVisit() const;
    static SymptomDiary diaryOf(const ChecklistModel *model);
    static SinceLastVisit sinceLastVisitOf(const ChecklistModel *model);

    DiaryEntryForm *form() const { return m_form; }
    DiaryCharts *charts() const { return m_charts; }
    QTableWidget *sinceTable() const { return m_since; }
    QPushButton *toTellButton() const { return m_toTell; }
    QLabel *urgentLabel() const { return m_urgent; }

    // Keep These Scores: the form's day into the diary, said in the status line. The form's
    // changes are kept as they are typed too (keep(false)); a day's changes in a row are one
    // undo step.
    bool keepScores();
    bool keep(bool said);
    void chooseSymptoms();
    // The new and worse symptoms into To tell, as one undo step; returns how many went.
    int addToToTell();
    void focusFirst();
    void retranslate();

Q_SIGNALS:
    void message(const QString &text);
    void topicRequested(const QString &topicId);
    void outputRequested(nextsteps::DiaryPane::Output how);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ChecklistModel *m_model;
    DiaryEntryForm *m_form;
    DiaryCharts *m_charts;
    QLabel *m_title;
    QLabel *m_readOnly;
    QLabel *m_sinceTitle;
    QTableWidget *m_since;
    QPushButton *m_toTell;
    QLabel *m_urgent;
    QPushButton *m_output;
    QList<QWidget *> m_groups;
};

} // namespace nextsteps
