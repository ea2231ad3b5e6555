#include "ui/MainWindow.h"

#include "core/PrivateFile.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "ui/ColumnFitter.h"
#include "ui/DecisionsKeeper.h"
#include "ui/DiaryKeeper.h"
#include "ui/EndOfSession.h"
#include "ui/Language.h"
#include "ui/ListKeeper.h"
#include "ui/MainMenus.h"
#include "ui/TopicReader.h"
#include "ui/WindowSettings.h"
#include "ui/checklist/CareTeamDialog.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/ChecklistTabs.h"
#include "ui/checklist/MedicinesDialog.h"
#include "ui/checklist/RecordListEditor.h"
#include "ui/checklist/WalletCardDialog.h"
#include "ui/print/PrintController.h"
#include "ui/readaloud/ListenBar.h"
#include "ui/readaloud/ReadAloud.h"
#include "ui/reading/ReadingPane.h"
#include "ui/reading/TopicSidebar.h"
#include "ui/style/FocusRing.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/StatusAnnouncer.h"
#include "ui/widgets/TextSize.h"
#include "ui/widgets/UiFonts.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

// The zoom steps people know from web browsers.
constexpr std::array<int, 13> ZoomSteps{50,  67,  80,  90,  100, 110, 125,
                                        150, 175, 200, 225, 250, 300};

} // namespace

MainWindow::MainWindow(const QString &checklistPath, QWidget *parent)
    : QMainWindow(parent), m_guideLanguage(Language::current()),
      m_guide(Guide::forLanguage(m_guideLanguage))
{
    setObjectName(u"mainWindow"_s);
    FocusRing::install();

    m_undoStack = new QUndoStack(this);
    m_model = new ChecklistModel(this);
    m_model->setUndoStack(m_undoStack);
    const QString path = checklistPath.isEmpty() ? ChecklistStore::defaultPath() : checklistPath;
    m_autoSaver = new AutoSaver(m_model, path, this);

    m_sidebar = new TopicSidebar(m_guide, this);
    m_readingPane = new ReadingPane(m_guide, m_model, this);
    m_topicReader = new TopicReader(m_readingPane, m_guide.language(), this);
    m_listTabs = new ChecklistTabs(m_model, this);
    m_checklistPanel = m_listTabs->panel();
    // New Question (Ctrl+N) from the To tell tab, or with the questions put away: the question
    // field is shown first, then the focus goes in it.
    connect(m_checklistPanel->newQuestionAction(), &QAction::triggered, this, [this] {
        if (m_listTabs->currentWidget() == m_checklistPanel && m_listTabs->isVisible())
            return;
        m_columns->bringBack(ColumnFitter::Questions);
        m_listTabs->setCurrentWidget(m_checklistPanel);
        m_checklistPanel->focusNewQuestion();
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    // Dragged by the mouse, the columns still keep their least widths at this text size.
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_readingPane);
    m_splitter->addWidget(m_listTabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({250, 600, 430});
    setCentralWidget(m_splitter);
    m_columns = new ColumnFitter(m_splitter, m_sidebar, m_readingPane, m_listTabs, this);
    m_status = new StatusAnnouncer(this);
    statusBar()->addWidget(m_status, 1);
    // When one part shows at a time (large text), their names are at the right of the status
    // bar, as office programs show their views there: the line is there anyway, and the text
    // keeps every other line.
    auto *paneBar = m_paneBar = new QTabBar(this);
    paneBar->setObjectName(u"paneBar"_s);
    paneBar->setShape(QTabBar::RoundedSouth);
    paneBar->setDrawBase(false);
    paneBar->setExpanding(false);
    // Not a Tab stop: F6 and Ctrl+1, 2, 3 go from part to part (the names say which is shown).
    paneBar->setFocusPolicy(Qt::NoFocus);
    statusBar()->addPermanentWidget(paneBar);
    m_columns->setPaneBar(paneBar);
    connect(m_columns, &ColumnFitter::focusLost, m_readingPane, &ReadingPane::focusText);
    // F6 and Shift+F6: into each area where a person reads or writes in it.
    m_columns->setFocusers({[this] { m_sidebar->focusList(); },
                            [this] { m_readingPane->focusText(); },
                            [this] {
                                if (m_listTabs->currentWidget() == m_checklistPanel)
                                    m_checklistPanel->focusList();
                                else
                                    m_listTabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
                            }});

    makeRooms();
    m_menus = new MainMenus(this);
    connect(TextSize::instance(), &TextSize::changed, this, &MainWindow::applyZoom);
    retranslateUi();
    connect(m_columns, &ColumnFitter::shown, m_menus, &MainMenus::setPanesShown);
    connect(m_columns, &ColumnFitter::message, this, [this](const QString &text) {
        if (text.isEmpty())
            m_status->clear();
        else
            m_status->announce(text);
    });

    connect(m_sidebar, &TopicSidebar::topicActivated, this, &MainWindow::showTopic);
    // One part at a time: a topic chosen is a topic to read.
    connect(m_sidebar, &TopicSidebar::topicChosen, this, [this] {
        if (!m_columns->onePaneAtATime())
            return;
        m_columns->showArea(ColumnFitter::ReadingArea);
        m_readingPane->focusText();
    });
    connect(m_readingPane, &ReadingPane::topicShown, m_sidebar, &TopicSidebar::setCurrentTopic);
    // "Clinical trials — Next Steps": the system adds the app's name; [*] marks unsaved changes.
    connect(m_readingPane, &ReadingPane::topicShown, this,
            [this] { setWindowTitle(m_readingPane->currentTitle() + u"[*]"_s); });
    connect(m_readingPane, &ReadingPane::message, m_status, &StatusAnnouncer::announce);
    connect(m_checklistPanel, &ChecklistPanel::message, m_status, &StatusAnnouncer::announce);
    connect(m_print, &PrintController::message, m_status, &StatusAnnouncer::announce);
    connect(m_model, &ChecklistModel::changed, m_readingPane, &ReadingPane::refreshSuggestions);
    connect(m_model, &QAbstractItemModel::modelReset, m_readingPane,
            &ReadingPane::refreshSuggestions);
    connect(m_print, &PrintController::problem, this, &MainWindow::showProblem);
    connect(m_autoSaver, &AutoSaver::unsavedChangesChanged, this, &MainWindow::updateTitle);
    m_list = new ListKeeper(m_model, m_autoSaver, m_checklistPanel, m_status, this);
    m_menus->fitEveryMenu();

    // A logout, a shutdown or `kill` saves what is pending before the program ends.
    connect(EndOfSession::install(), &EndOfSession::endingSoon, this, &MainWindow::prepareToEnd);

    m_list->open();
    WindowSettings::restore(*this);
    if (!m_guide.isValid())
        m_readingPane->showProblems(m_guide.problems());
}

MainWindow::~MainWindow()
{
    // The widgets go before the model and the undo stack they show.
    delete takeCentralWidget();
}

ReadAloud *MainWindow::readAloud() const
{
    return m_topicReader->readAloud();
}

ListenBar *MainWindow::listenBar() const
{
    return m_topicReader->listenBar();
}

QString MainWindow::checklistPath() const
{
    return m_autoSaver->path();
}

void MainWindow::retranslateUi()
{
    setAccessibleName(tr("Next Steps"));
    if (m_readingPane->currentTopicId().isEmpty())
        setWindowTitle(tr("Next Steps") + u"[*]"_s);
    else
        setWindowTitle(m_readingPane->currentTitle() + u"[*]"_s);
    for (int i = 1; i < m_splitter->count(); ++i)
        m_splitter->handle(i)->setAccessibleName(tr("Drag to make the parts wider or narrower"));
    m_listTabs->retranslate();
    if (m_diary)
        m_diary->retranslate();
    if (m_decisions)
        m_decisions->retranslate();
    if (m_columns)
        m_columns->retranslate();
    if (m_menus)
        m_menus->retranslate();
}

void MainWindow::setLanguage(const QString &code)
{
    if (code == m_guideLanguage && code == Language::current())
        return;
    Language::apply(code);
    Language::remember(code);
    m_guideLanguage = code;
    // The same Guide object, now in the other language: the panels keep their reference to it.
    m_guide = Guide::forLanguage(code);
    m_sidebar->reloadGuide();
    m_topicReader->setLanguage(m_guide.language());
    m_readingPane->reloadGuide();
    m_print->retranslate();
    retranslateUi();
    m_menus->setLanguageChecked(code);
    if (!m_guide.isValid())
        m_readingPane->showProblems(m_guide.problems());
    m_status->announce(tr("The guide and the menus are now in English."));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

MainWindow *MainWindow::openList(const QString &path)
{
    if (PrivateFile::sameFile(path, checklistPath())) {
        m_status->announce(tr("This list is already open in this window."));
        return nullptr;
    }
    auto *window = new MainWindow(path);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setZoom(m_zoom);
    window->show();
    return window;
}

Printable MainWindow::printableTopic() const
{
    return PrintController::topic(m_readingPane->printableMarkdown(),
                                  m_readingPane->currentTitle());
}

// Something the person asked for did not happen: a message that stays until it is read.
void MainWindow::showProblem(const QString &text)
{
    m_status->announce(text);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Next Steps"), text, QMessageBox::Ok, this);
    box->setObjectName(u"problemMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::announce(const QString &text)
{
    if (text.isEmpty())
        m_status->clear();
    else
        m_status->announce(text);
}

void MainWindow::goToQuestions()
{
    m_columns->bringBack(ColumnFitter::Questions);
    m_listTabs->setCurrentWidget(m_checklistPanel);
    m_checklistPanel->focusList();
}

void MainWindow::goToThingsToTell()
{
    m_columns->bringBack(ColumnFitter::Questions);
    m_listTabs->setCurrentWidget(m_listTabs->toTellPage());
    // Where something new to tell is written (the list is below it).
    toTellEditor()->newField()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::goToDiary()
{
    m_columns->bringBack(ColumnFitter::Questions);
    m_diary->goTo();
}

void MainWindow::showTopic(const QString &topicId, const QString &highlight)
{
    m_readingPane->showTopic(topicId, highlight);
}

void MainWindow::readQuestionsAloud()
{
    if (!m_topicReader->readQuestions(*m_model))
        m_status->announce(tr("Your list has no questions to read aloud yet."));
}

void MainWindow::setZoom(int percent)
{
    // One text size for the application: every window follows it (applyZoom).
    TextSize::set(percent);
    applyZoom(TextSize::percent());
}

void MainWindow::applyZoom(int percent)
{
    if (m_zoomApplied && percent == m_zoom)
        return;
    m_zoomApplied = true;
    m_zoom = percent;
    m_sidebar->setZoom(m_zoom);
    m_readingPane->setZoom(m_zoom);
    m_listTabs->setZoom(m_zoom);
    m_diary->setZoom(m_zoom);
    // The menu bar and the status bar grow with the text; the menus (their own windows) as
    // they open, as far as the screen has room.
    const QFont font = comfortableFont(m_zoom);
    menuBar()->setFont(font);
    statusBar()->setFont(font);
    m_paneBar->setFont(font);
    m_columns->setZoom(m_zoom);
}

void MainWindow::announceZoom()
{
    QString text = tr("Text size %1%").arg(m_zoom);
    if (const QString fit = m_columns->takeZoomMessage(); !fit.isEmpty())
        text += u". "_s + fit;
    m_status->announce(text);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_columns->fit();
}

void MainWindow::showCareTeam()
{
    CareTeamDialog dialog(m_model, this);
    Ask::exec(&dialog);
}

void MainWindow::showMedicines()
{
    MedicinesDialog dialog(m_model, m_print->medicinesPageAction(), this);
    Ask::exec(&dialog);
}

void MainWindow::printWalletCard()
{
    WalletCardDialog dialog(m_model->checklist().immunotherapy, this);
    const int result = Ask::exec(&dialog);
    if (result == QDialog::Rejected)
        return;
    // What the card says is kept with the list: one undo step.
    m_model->setImmunotherapy(dialog.immunotherapy());
    if (result == WalletCardDialog::SavePdf)
        m_print->saveWalletCardPdf();
    else
        m_print->printWalletCard();
}

RecordListEditor *MainWindow::toTellEditor()
{
    return m_listTabs->toTellEditor();
}

void MainWindow::moveToArea(int step)
{
    m_columns->moveFocus(step);
}

void MainWindow::zoomBy(int steps)
{
    auto it = std::lower_bound(ZoomSteps.begin(), ZoomSteps.end(), m_zoom);
    int index = int(it - ZoomSteps.begin());
    if (steps < 0 || (it != ZoomSteps.end() && *it == m_zoom))
        index += steps;
    index = std::clamp(index, 0, int(ZoomSteps.size()) - 1);
    setZoom(ZoomSteps.at(index));
    announceZoom();
}

void MainWindow::updateTitle()
{
    setWindowModified(m_autoSaver->hasUnsavedChanges());
}

bool MainWindow::event(QEvent *event)
{
    // Nothing that can wait is done before the window first paints: the rest follows as soon
    // as that paint is done.
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::finishStartup);
    }
    const bool handled = QMainWindow::event(event);
    // The columns' widths have changed (text size, language, the list's content): whether
    // they all fit is looked at again.
    if (event->type() == QEvent::LayoutRequest)
        m_columns->fit();
    return handled;
}

void MainWindow::finishStartup()
{
    // The window icon is drawn from SVG, which loads Qt's SVG and image plug-ins. Windows and
    // macOS take the icon from the program file and the app bundle in the meantime.
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(QIcon(u":/icons/nextsteps.svg"_s));
    m_readingPane->showHistoryIcons();
    // Reading aloud starts when first used (Listen, Read My Questions Aloud): no speech engine,
    // voice or sound connection is made for the many who never press it.
    m_startupFinished = true;
    Q_EMIT startupFinished();
}

void MainWindow::prepareToEnd()
{
    m_checklistPanel->commitPendingEdits();
    m_topicReader->readAloud()->stop();
    WindowSettings::save(*this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_checklistPanel->commitPendingEdits();
    if (!m_autoSaver->flush() && !m_model->isReadOnly() &&
        !m_list->confirmQuitWithUnsavedChanges()) {
        event->ignore(); // nothing in memory is dropped
        return;
    }
    m_topicReader->readAloud()->stop();
    WindowSettings::save(*this);
    event->accept();
}

} // namespace nextsteps
