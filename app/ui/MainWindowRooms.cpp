#include "ui/MainWindow.h"

#include "ui/ColumnFitter.h"
#include "ui/DecisionsKeeper.h"
#include "ui/DiaryKeeper.h"
#include "ui/PhrasesKeeper.h"
#include "ui/SummaryKeeper.h"
#include "ui/WindowSettings.h"
#include "ui/backup/BackupKeeper.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/ChecklistTabs.h"
#include "ui/checklist/PastListsDialog.h"
#include "ui/print/PrintController.h"
#include "ui/reading/ReadingPane.h"
#include "ui/widgets/StatusAnnouncer.h"

// The rooms beside the three columns (printing, the treatment summary, backup, the diary, Speak
// for Me, thinking it through): made, and joined to the window and to the guide's links that
// open them. (MainWindow.cpp makes the columns.)

namespace nextsteps {

void MainWindow::makeRooms()
{
    m_print = new PrintController(m_model, this);
    m_summary = new SummaryKeeper(m_model, m_print, &m_guide, this);
    m_backup = new BackupKeeper(m_model, m_autoSaver, this);
    m_diary = new DiaryKeeper(m_model, m_print, m_listTabs, this);
    m_phrases = new PhrasesKeeper(
        m_model, m_print, [this] { return readAloud(); }, [this] { return m_guideLanguage; }, this);
    m_decisions = new DecisionsKeeper(
        m_model, m_print, [this] { return m_guideLanguage; }, this);
    connect(m_diary, &DiaryKeeper::message, this, &MainWindow::announce);
    connect(m_decisions, &DecisionsKeeper::message, this, &MainWindow::announce);
    const auto readTopic = [this](const QString &topic) {
        showTopic(topic);
        m_columns->showArea(ColumnFitter::ReadingArea);
        m_readingPane->focusText();
    };
    connect(m_diary, &DiaryKeeper::topicRequested, this, readTopic);
    connect(m_decisions, &DecisionsKeeper::topicRequested, this, readTopic);
    connect(m_backup, &BackupKeeper::message, this, &MainWindow::announce);
    connect(m_backup, &BackupKeeper::problem, this, &MainWindow::showProblem);
    connect(m_backup, &BackupKeeper::aboutToCollect, this, [this] { WindowSettings::save(*this); });
    connect(m_backup, &BackupKeeper::settingsRestored, this,
            [this] { WindowSettings::takePreferences(*this); });
    // "When to get help right away" offers to fill in the care team and make the wallet card.
    connect(m_readingPane, &ReadingPane::appLinkActivated, this, [this](const QString &name) {
        if (name == u"care-team")
            showCareTeam();
        else if (name == u"wallet-card")
            printWalletCard();
        else if (name == u"treatment-summary")
            m_summary->show();
        else if (name == u"thinking-it-through" || name == u"my-wishes")
            m_decisions->show(name == u"my-wishes" ? ThinkingDialog::WishesTab
                                                   : ThinkingDialog::OptionsTab);
    });
    connect(m_checklistPanel, &ChecklistPanel::pastListOutputRequested, m_print,
            [this](const ChecklistData &list, int how) {
                const Printable printable = PrintController::list(list);
                switch (PastListsDialog::Output(how)) {
                case PastListsDialog::Output::Preview:
                    m_print->preview(printable);
                    break;
                case PastListsDialog::Output::Pdf:
                    m_print->savePdf(printable);
                    break;
                case PastListsDialog::Output::Text:
                    m_print->saveText(printable);
                    break;
                }
            });
}

} // namespace nextsteps
