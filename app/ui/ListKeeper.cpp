#include "ui/ListKeeper.h"

#include "core/PrivateFile.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/checklist/ListSession.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/StatusAnnouncer.h"

#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace nextsteps {

ListKeeper::ListKeeper(ChecklistModel *model, AutoSaver *saver, ChecklistPanel *panel,
                       StatusAnnouncer *status, QWidget *window)
    : QObject(window), m_model(model), m_saver(saver), m_panel(panel), m_status(status),
      m_window(window)
{
    connect(m_saver, &AutoSaver::saved, this, [this] {
        m_panel->clearSaveProblem();
        m_status->announce(tr("Your list is saved."));
    });
    connect(m_saver, &AutoSaver::saveFailed, this, [this](const QString &why) {
        const QString message =
            tr("Your list could not be saved: %1 Your questions are still here, and the last "
               "saved list is kept as it was. Saving will be tried again every few seconds.")
                .arg(why);
        m_panel->showSaveProblem(message);
        m_status->announce(message);
    });

    m_saver->setOutsideChangeHandler([this] {
        const Ask::Answer answer = Ask::question(
            m_window, tr("Your list was changed outside Next Steps"),
            tr("Your list was changed on this computer by something other than this window "
               "(for example a sync folder or a restored backup) since it was last saved here."),
            tr("Which list do you want to keep? Nothing is deleted either way: the one you do "
               "not keep is saved beside it as a copy."),
            {{Ask::Answer::KeepMine, tr("Keep &Mine (Keep the Other Aside)"),
              QMessageBox::AcceptRole},
             {Ask::Answer::Reload, tr("&Show the Changed List (Keep Mine Aside)"),
              QMessageBox::RejectRole}});
        return answer == Ask::Answer::Reload ? AutoSaver::OutsideChange::Reload
                                             : AutoSaver::OutsideChange::KeepMine;
    });
    connect(m_saver, &AutoSaver::sizeWarning, this,
            [this](const QString &message) { showNotice(message); });
    connect(m_saver, &AutoSaver::outsideChangeResolved, this, [this](const QString &message) {
        m_panel->clearSaveProblem();
        m_panel->showNotice(message);
        m_status->announce(message);
    });
    // The changed list came in as one undo step; a read-only one (from a newer version) did
    // not, and the steps before it cannot be undone into it.
    connect(m_saver, &AutoSaver::reloaded, this, [this](const ChecklistStore::LoadResult &result) {
        if (result.readOnly && m_model->undoStack())
            m_model->undoStack()->clear();
    });

    m_session = new ListSession(m_model, m_saver, this);
    connect(m_session, &ListSession::notice, this,
            [this](const QString &message, const QString &actionText, ListSession::Action action) {
                std::function<void()> act;
                if (action != ListSession::Action::None)
                    act = [this, action] {
                        m_session->act(action);
                    };
                showNotice(message, actionText, std::move(act));
            });
}

void ListKeeper::open()
{
    m_session->open();
}

void ListKeeper::showNotice(const QString &message, const QString &actionText,
                            std::function<void()> action)
{
    m_panel->showNotice(message, actionText, std::move(action));
    m_status->announce(message);
}

bool ListKeeper::confirmQuitWithUnsavedChanges()
{
    const QString reason = m_saver->lastError();
    while (true) {
        const Ask::Answer choice = Ask::question(
            m_window, tr("Your list could not be saved"),
            tr("Your latest changes could not be saved: %1").arg(reason),
            tr("You can save a copy somewhere else, such as your Documents folder, so that "
               "nothing is lost."),
            {{Ask::Answer::SaveCopy, tr("Save a &Copy…"), QMessageBox::AcceptRole},
             {Ask::Answer::QuitAnyway, tr("&Quit Without Saving"), QMessageBox::DestructiveRole},
             {Ask::Answer::Stay, tr("&Keep Next Steps Open"), QMessageBox::RejectRole}});
        if (choice != Ask::Answer::SaveCopy)
            return choice == Ask::Answer::QuitAnyway;
        const QString path = Ask::saveFileName(
            m_window, tr("Save a Copy of Your List"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(u"checklist.json"_s),
            tr("Next Steps lists (*.json)"), u"json"_s,
            // A copy never goes over the list itself or what is kept beside it.
            &PrivateFile::exportRefusal);
        if (path.isEmpty())
            continue;
        QString error;
        if (ChecklistStore::saveToFile(path, m_model->checklist(), &error))
            return true;
        m_status->announce(tr("The copy could not be saved: %1").arg(error));
    }
}

} // namespace nextsteps
