#include "ui/checklist/PastListsKeeper.h"

#include "core/checklist/ChecklistModel.h"
#include "ui/checklist/NewListDialog.h"
#include "ui/widgets/Ask.h"

#include <QMessageBox>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace nextsteps {

PastListsKeeper::PastListsKeeper(ChecklistModel *model, QWidget *parent)
    : QObject(parent), m_model(model), m_parent(parent)
{}

void PastListsKeeper::startNewList()
{
    const Visit &visit = m_model->visit();
    if (m_model->isReadOnly() || (m_model->rowCount() == 0 && visit.isEmpty()))
        return;
    const ArchivedList putAway{QDateTime::currentDateTimeUtc(), visit, m_model->checklist().items};
    NewListDialog dialog(PastListsDialog::nameOf(putAway), m_model->unaskedCount(), m_parent);
    if (Ask::exec(&dialog) != QDialog::Accepted || !m_model->startNewList(dialog.carryOver()))
        return;
    // Named again in the language of the moment (the date too).
    const auto text = [putAway] {
        return tr("Your list for %1 is in File > Past Lists. Edit > Undo (Ctrl+Z) brings it back.")
            .arg(PastListsDialog::nameOf(putAway));
    };
    // Undo from the notice only while starting the new list is still the last step.
    QUndoStack *stack = m_model->undoStack();
    const int step = stack ? stack->index() : -1;
    const auto undoWords = [stack] {
        return stack ? tr("&Undo") : QString();
    };
    Q_EMIT notice(text, undoWords, [this, stack, step] {
        if (stack && stack->index() == step && stack->canUndo()) {
            stack->undo();
            Q_EMIT message(tr("Your list is back."));
        } else {
            Q_EMIT message(tr("Other changes came after the new list. Use Edit > Undo to go "
                              "back step by step."));
        }
    });
    Q_EMIT message(text());
}

void PastListsKeeper::showPastLists()
{
    PastListsDialog dialog(m_model->archive(), m_parent);
    dialog.setReadOnly(m_model->isReadOnly());
    connect(&dialog, &PastListsDialog::outputRequested, this,
            [this](const ArchivedList &list, PastListsDialog::Output how) {
                // What belongs to the person, not to one visit, prints with it as with the
                // current list: medicines, care team, immunotherapy.
                ChecklistData printed = PastListsDialog::asList(list);
                const ChecklistData &now = m_model->checklist();
                printed.medicines = now.medicines;
                printed.careTeam = now.careTeam;
                printed.immunotherapy = now.immunotherapy;
                Q_EMIT pastListOutputRequested(printed, int(how));
            });
    connect(&dialog, &PastListsDialog::copyRequested, this, [this, &dialog](int index) {
        if (index < 0 || index >= m_model->archive().size())
            return;
        const int copied = m_model->copyFromArchived(index);
        Q_EMIT message(copied > 0 ? tr("%n question(s) copied to your list.", nullptr, copied)
                                  : tr("These questions are already on your list."));
        dialog.setArchive(m_model->archive());
    });
    connect(&dialog, &PastListsDialog::deleteRequested, this, [this, &dialog](int index) {
        if (index < 0 || index >= m_model->archive().size())
            return;
        const QString name = PastListsDialog::nameOf(m_model->archive().at(index));
        const Ask::Answer answer = Ask::question(
            &dialog, tr("Delete a Past List"), tr("Delete your list for %1?").arg(name),
            tr("Its questions and answers are deleted from this computer. Edit > Undo (Ctrl+Z) "
               "brings the list back until you close Next Steps."),
            {{Ask::Answer::Delete, tr("&Delete the List"), QMessageBox::DestructiveRole},
             {Ask::Answer::Keep, tr("&Keep It"), QMessageBox::RejectRole}});
        if (answer != Ask::Answer::Delete)
            return;
        m_model->removeArchived(index);
        dialog.setArchive(m_model->archive());
        Q_EMIT message(
            tr("Your list for %1 was deleted. Edit > Undo (Ctrl+Z) brings it back.").arg(name));
    });
    if (Ask::exec(&dialog) == QDialog::Accepted && dialog.chosenIndex() >= 0 &&
        dialog.chosenIndex() < m_model->archive().size()) {
        m_model->restoreArchived(dialog.chosenIndex());
        Q_EMIT message(tr("The past list is back. The list you had open was put away."));
    }
}

} // namespace nextsteps
