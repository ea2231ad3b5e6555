#pragma once

#include "core/decisions/DecisionsPrintout.h"
#include "core/phrases/EmergencyInfo.h"
#include "ui/decisions/ThinkingDialog.h"
#include "ui/print/PrintController.h"

#include <QObject>

class QAction;
class QWidget;

namespace nextsteps {

class ChecklistModel;

// File > Thinking It Through… in the window: the dialog filled from the list's file, what the
// person keeps set as one undo step (three sections), questions added to the list at once, and
// "What matters to me" and "My wishes" printed on their own or, when chosen, after the visit's
// questions.
//
// Who speaks for me and where my POLST is kept have one home, My wishes: For Emergency Staff
// shows them from there and keeps them there (emergencyInfo() and keepEmergencyInfo()); what an
// older list kept in the emergency details is read and moved over when next kept.
class DecisionsKeeper : public QObject
{
    Q_OBJECT

public:
    DecisionsKeeper(ChecklistModel *model, PrintController *print,
                    std::function<QString()> language, QWidget *window);

    QAction *printWithQuestionsAction() const { return m_withQuestions; }
    DecisionsPrintout::Content content() const;
    Printable printable() const;
    static Printable printable(const DecisionsPrintout::Content &content);
    // At a page (ThinkingDialog::Page), or where the person was last time.
    void show(int page = -1);
    void retranslate();

    // My wishes as the list keeps them, with who speaks for me and the POLST's place from the
    // emergency details when My wishes has none.
    static MyWishes wishesOf(const ChecklistModel *model);
    // The emergency details with who speaks for me and the POLST's place from My wishes.
    static EmergencyInfo emergencyInfo(const ChecklistModel *model);
    // Keeps the emergency details, who speaks for me and the POLST's place in My wishes, as one
    // undo step.
    static void keepEmergencyInfo(ChecklistModel *model, const EmergencyInfo &info,
                                  const QString &undoText);

Q_SIGNALS:
    void message(const QString &text);
    void topicRequested(const QString &topicId);

private:
    ChecklistModel *m_model;
    PrintController *m_print;
    std::function<QString()> m_language;
    QWidget *m_window;
    QAction *m_withQuestions;
    int m_lastPage = ThinkingDialog::OptionsTab;
};

} // namespace nextsteps
