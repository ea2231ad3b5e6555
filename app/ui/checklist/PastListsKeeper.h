#pragma once

#include "core/checklist/ChecklistData.h"
#include "ui/checklist/PastListsDialog.h"

#include <QObject>

#include <functional>

namespace nextsteps {

class ChecklistModel;

// A list for each visit: File > Start a New List… (the list in use put away, the questions not
// asked yet taken along if the person wants) and File > Past Lists… (read, print, copy back,
// bring back or delete a past list), each one undo step.
class PastListsKeeper : public QObject
{
    Q_OBJECT

public:
    PastListsKeeper(ChecklistModel *model, QWidget *parent);

    void startNewList();
    void showPastLists();

Q_SIGNALS:
    void message(const QString &text);
    // A notice with a button (Undo) that runs action.
    // Its words are made again when the language changes.
    void notice(const std::function<QString()> &text, const std::function<QString()> &actionText,
                std::function<void()> action);
    // Print, preview or save a past list (how: PastListsDialog::Output).
    void pastListOutputRequested(const nextsteps::ChecklistData &list, int how);

private:
    ChecklistModel *m_model;
    QWidget *m_parent;
};

} // namespace nextsteps
