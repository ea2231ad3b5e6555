#include "core/checklist/ListSession.h"

#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace nextsteps {

ListSession::ListSession(ChecklistModel *model, AutoSaver *saver, QObject *parent)
    : QObject(parent), m_model(model), m_saver(saver)
{}

void ListSession::act(Action action)
{
    switch (action) {
    case Action::None:
        break;
    case Action::OpenAnyway:
        openAnyway();
        break;
    case Action::StartListHere:
        startListAtBrokenLink();
        break;
    }
}

void ListSession::clearUndo()
{
    if (m_model->undoStack())
        m_model->undoStack()->clear();
}

void ListSession::open()
{
    const QString path = m_saver->path();
    const ChecklistStore::LoadResult result = ChecklistStore::loadFromFile(path);
    m_model->setChecklist(result.data);
    clearUndo();
    m_saver->setDiskStamp(result.stamp);
    QString message = result.message();
    QString why = result.whyReadOnly();
    QString actionText;
    Action action = Action::None;
    if (result.status == ChecklistStore::LoadResult::Status::BrokenLink) {
        actionText = tr("Start a &New List Here");
        action = Action::StartListHere;
    }
    // Another Next Steps window with the same list: show it, but let only one window save.
    // What the reading said (a damaged list, kept aside) is said whatever the lock adds.
    const QString loadMessage = message;
    const AutoSaver::Claim claim = result.readOnly ? AutoSaver::Claim::Claimed : m_saver->claim();
    switch (claim) {
    case AutoSaver::Claim::Claimed:
        break;
    case AutoSaver::Claim::TookOver:
        message = tr("A lock file left beside your list (by a Next Steps that stopped suddenly) "
                     "was empty or damaged. It has been replaced, and your list opens as usual.") +
                  (loadMessage.isEmpty() ? QString() : u' ' + loadMessage);
        break;
    case AutoSaver::Claim::InUse:
        why = tr("it is open in another Next Steps window");
        message = tr("Your list is open in another Next Steps window. Here you can read it, but "
                     "changes are made in the other window, so that nothing is saved twice.");
        break;
    case AutoSaver::Claim::OtherComputer:
        why = tr("it may be open on another computer (%1)").arg(m_saver->lockHolder());
        message = tr("Your list seems to be open in Next Steps on another computer, “%1” "
                     "(through a shared or synced folder). So that the two never save over each "
                     "other, you can only read it here. If it is not open there any more (for "
                     "example, that computer was switched off without closing Next Steps), "
                     "choose Open Anyway.")
                      .arg(m_saver->lockHolder());
        actionText = tr("Open &Anyway");
        action = Action::OpenAnyway;
        break;
    case AutoSaver::Claim::Unconfirmed:
        why = tr("another program may be using it");
        message = tr("Your list seems to be in use by another program, but which one could not "
                     "be found out. So that nothing is saved twice, you can only read it here. "
                     "If no other Next Steps is open, choose Open Anyway.");
        actionText = tr("Open &Anyway");
        action = Action::OpenAnyway;
        break;
    }
    if ((claim == AutoSaver::Claim::Claimed || claim == AutoSaver::Claim::TookOver) &&
        !result.readOnly) {
        const QString leftover = ChecklistStore::tidyLeftovers(path);
        if (!leftover.isEmpty())
            message += (message.isEmpty() ? QString() : u" "_s) + leftover;
    }
    m_model->setReadOnly(!why.isEmpty(), why);
    if (claim != AutoSaver::Claim::Claimed && claim != AutoSaver::Claim::TookOver &&
        !loadMessage.isEmpty())
        message += u' ' + loadMessage;
    if (!message.isEmpty())
        Q_EMIT notice(message, actionText, action);
}

void ListSession::openAnyway()
{
    if (!m_saver->claimAnyway()) {
        Q_EMIT notice(tr("Your list could not be opened for changes: the lock beside it could "
                         "not be replaced. You can still read it here."),
                      tr("Open &Anyway"), Action::OpenAnyway);
        return;
    }
    m_model->setReadOnly(false);
    Q_EMIT notice(tr("Your list is open for changes in this window now, and is saved as usual. "
                     "If it is still open elsewhere, close it there."),
                  {}, Action::None);
}

void ListSession::startListAtBrokenLink()
{
    const QString path = m_saver->path();
    // Only the link goes; whatever it led to is not touched.
    if (!QFileInfo(path).isSymLink() || !QFile::remove(path)) {
        Q_EMIT notice(tr("A new list could not be started at %1. You can still read this "
                         "window, but nothing is saved.")
                          .arg(QDir::toNativeSeparators(path)),
                      {}, Action::None);
        return;
    }
    m_model->setChecklist({});
    clearUndo();
    m_saver->setDiskStamp(ChecklistStore::FileStamp::of(path));
    const AutoSaver::Claim claim = m_saver->claim();
    if (claim != AutoSaver::Claim::Claimed && claim != AutoSaver::Claim::TookOver) {
        open(); // someone else started one meanwhile: say so as at start
        return;
    }
    m_model->setReadOnly(false);
    Q_EMIT notice(tr("A new, empty list is started at %1, and is saved as you add questions. "
                     "The link that led nowhere was removed.")
                      .arg(QDir::toNativeSeparators(path)),
                  {}, Action::None);
}

} // namespace nextsteps
