#include "ui/phrases/SpeakForMeDialog.h"

#include "core/checklist/ChecklistModel.h"
#include "ui/widgets/Ask.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The person's own phrases on the board: kept, changed, removed and moved as a section of the
// list's file (PhraseBoard), one undo step each, and undone from the board.
namespace nextsteps {

QStringList SpeakForMeDialog::boardUndoTexts()
{
    return {tr("Keep a phrase of my own"), tr("Change a phrase of my own"),
            tr("Remove a phrase of my own"), tr("Move a phrase of my own")};
}

QStringList SpeakForMeDialog::own() const
{
    return PhraseBoard::ownFrom(m_model->section(PhraseBoard::SectionName));
}

void SpeakForMeDialog::setOwn(const QStringList &own, const QString &undoText)
{
    m_model->setSection(PhraseBoard::SectionName, PhraseBoard::sectionFor(own), undoText);
}

bool SpeakForMeDialog::canChangeOwn() const
{
    bool newer = false;
    PhraseBoard::ownFrom(m_model->section(PhraseBoard::SectionName), nullptr, &newer);
    return !m_model->isReadOnly() && !newer;
}

void SpeakForMeDialog::keepTypedAsMine()
{
    const QString text = PhraseBoard::cleanPhrase(m_type->text());
    QStringList mine = own();
    if (text.isEmpty() || !canChangeOwn())
        return;
    if (mine.contains(text)) {
        tell(tr("Already in My phrases."));
        return;
    }
    mine.append(text);
    setOwn(mine, tr("Keep a phrase of my own"));
    setCurrentGroup(int(m_board.size()) - 1);
    m_phrases->setCurrentRow(m_phrases->count() - 1);
    tell(tr("Kept in My phrases, key %1.").arg(keyFor(int(mine.size()) - 1)));
    m_type->clear(); // kept: what is typed next is a new phrase, not more of this one
}

void SpeakForMeDialog::changeMine(int row)
{
    QStringList mine = own();
    if (m_board.at(currentGroup()).id != u"mine" || row < 0 || row >= mine.size() ||
        !canChangeOwn())
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(u"changePhrase"_s);
    // Room for a sentence, not a word.
    const QScreen *screen = this->screen();
    dialog.setMinimumWidth(std::min(dialog.fontMetrics().averageCharWidth() * 80,
                                    screen ? screen->availableGeometry().width() * 9 / 10 : 800));
    dialog.setWindowTitle(tr("Change My Phrase"));
    dialog.setLabelText(tr("&The phrase:"));
    dialog.setTextValue(mine.at(row));
    if (Ask::exec(&dialog) != QDialog::Accepted)
        return;
    const QString text = PhraseBoard::cleanPhrase(dialog.textValue());
    if (text.isEmpty() || text == mine.at(row))
        return;
    if (mine.contains(text)) {
        // Already a phrase of one's own: the changed one goes, the other stays where it is.
        mine.removeAt(row);
    } else {
        mine[row] = text;
    }
    setOwn(mine, tr("Change a phrase of my own"));
    m_phrases->setCurrentRow(std::min(int(mine.indexOf(text)), m_phrases->count() - 1));
    tell(tr("Changed. Ctrl+Z changes it back."));
}

bool SpeakForMeDialog::undoMine()
{
    QUndoStack *stack = m_model->undoStack();
    if (!stack || !stack->canUndo() || !boardUndoTexts().contains(stack->undoText()))
        return false;
    stack->undo();
    tell(tr("Undone."));
    return true;
}

bool SpeakForMeDialog::redoMine()
{
    QUndoStack *stack = m_model->undoStack();
    if (!stack || !stack->canRedo() || !boardUndoTexts().contains(stack->redoText()))
        return false;
    stack->redo();
    tell(tr("Done again."));
    return true;
}

void SpeakForMeDialog::removeMine(int row)
{
    QStringList mine = own();
    if (m_board.at(currentGroup()).id != u"mine" || row < 0 || row >= mine.size() ||
        !canChangeOwn())
        return;
    mine.removeAt(row);
    setOwn(mine, tr("Remove a phrase of my own"));
    tell(tr("Removed. Ctrl+Z brings it back."));
}

void SpeakForMeDialog::moveMine(int row, int step)
{
    QStringList mine = own();
    const int to = row + step;
    if (m_board.at(currentGroup()).id != u"mine" || row < 0 || row >= mine.size() ||
        !canChangeOwn())
        return;
    if (to < 0 || to >= mine.size()) {
        tell(to < 0 ? tr("Already the first.") : tr("Already the last."));
        return;
    }
    mine.move(row, to);
    setOwn(mine, tr("Move a phrase of my own"));
    m_phrases->setCurrentRow(to);
    tell(tr("Moved to key %1.").arg(keyFor(to)));
}

} // namespace nextsteps
