#pragma once

#include "ui/diary/DiaryPane.h"
#include "ui/print/PrintController.h"

#include <QObject>

class QAction;
class QTabWidget;
class QWidget;

namespace nextsteps {

class ChecklistModel;

// How I've been in the window: a tab beside Questions and To tell, its pane made when first
// shown (start-up is on a budget); its page printed on its own or, by choice (remembered), after
// the visit's questions.
class DiaryKeeper : public QObject
{
    Q_OBJECT

public:
    DiaryKeeper(ChecklistModel *model, PrintController *print, QTabWidget *tabs, QWidget *window);

    QWidget *page() const { return m_page; }
    // Made now if it was not yet.
    DiaryPane *pane();
    QAction *printWithQuestionsAction() const { return m_withQuestions; }
    // View > Go to How I've Been: the tab, and the first score.
    void goTo();
    void retranslate();
    // The pane's text at the window's text size.
    void setZoom(int percent);
    Printable printable() const;

Q_SIGNALS:
    void message(const QString &text);
    void topicRequested(const QString &topicId);

private:
    ChecklistModel *m_model;
    PrintController *m_print;
    QTabWidget *m_tabs;
    QWidget *m_page;
    DiaryPane *m_pane = nullptr;
    int m_zoom = 100;
    QAction *m_withQuestions;
};

} // namespace nextsteps
