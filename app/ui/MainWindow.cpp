#include "ui/MainWindow.h"
#include "core/PrivateFile.h"

#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/checklist/ListSession.h"
#include "ui/ColumnFitter.h"
#include "ui/EndOfSession.h"
#include "ui/Language.h"
#include "ui/MainMenus.h"
#include "ui/TopicReader.h"
#include "ui/checklist/CareTeamDialog.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/MedicinesDialog.h"
#include "ui/checklist/PastListsDialog.h"
#include "ui/checklist/RecordListEditor.h"
#include "ui/checklist/WalletCardDialog.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/SaveLocationDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/print/PrintController.h"
#include "ui/readaloud/ListenBar.h"
#include "ui/readaloud/ReadAloud.h"
#include "ui/reading/ReadingPane.h"
#include "ui/reading/TopicSidebar.h"
#include "ui/style/AppStyle.h"
#include "ui/style/FocusRing.h"
#include "ui/style/Theme.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/DialogSize.h"
#include "ui/widgets/MenuFit.h"
#include "ui/widgets/Shortcuts.h"
#include "ui/widgets/StatusAnnouncer.h"
#include "ui/widgets/UiFonts.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <tuple>

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
    m_checklistPanel = new ChecklistPanel(m_model, this);
    m_toTellPage = new QWidget(this);
    m_toTellPage->setObjectName(u"toTellPage"_s);
    (new QVBoxLayout(m_toTellPage))->setContentsMargins(0, 0, 0, 0);
    m_listTabs = new QTabWidget(this);
    m_listTabs->setObjectName(u"listTabs"_s);
    m_listTabs->setDocumentMode(true);
    m_listTabs->addTab(m_checklistPanel, QString());
    m_listTabs->addTab(m_toTellPage, QString());
    connect(m_listTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_listTabs->widget(index) == m_toTellPage)
            toTellEditor();
    });
    // The tabs are not a Tab stop of their own (they would come after the panel, out of
    // reading order): Ctrl+Tab switches them, as View > Go to My Questions (Ctrl+3) and Go to
    // Things to Tell (Ctrl+4) do.
    m_listTabs->tabBar()->setFocusPolicy(Qt::NoFocus);
    // Two short tabs: no scroll arrows (at 300% they became a Tab stop of their own); the
    // column is never narrower than they need (leastWidth).
    m_listTabs->tabBar()->setUsesScrollButtons(false);
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
    connect(m_columns, &ColumnFitter::focusLost, m_readingPane, &ReadingPane::focusText);

    m_status = new StatusAnnouncer(this);
    statusBar()->addWidget(m_status, 1);

    m_print = new PrintController(m_model, this);
    m_menus = new MainMenus(this);
    retranslateUi();
    connect(m_columns, &ColumnFitter::shown, m_menus, &MainMenus::setPanesShown);
    connect(m_columns, &ColumnFitter::message, this, [this](const QString &text) {
        if (text.isEmpty())
            m_status->clear();
        else
            m_status->announce(text);
    });

    connect(m_sidebar, &TopicSidebar::topicActivated, this, &MainWindow::showTopic);
    connect(m_readingPane, &ReadingPane::topicShown, m_sidebar, &TopicSidebar::setCurrentTopic);
    // "Clinical trials — Next Steps": the system adds the app's name; [*] marks unsaved changes.
    connect(m_readingPane, &ReadingPane::topicShown, this,
            [this] { setWindowTitle(m_readingPane->currentTitle() + u"[*]"_s); });
    connect(m_readingPane, &ReadingPane::message, m_status, &StatusAnnouncer::announce);
    // "When to get help right away" offers to fill in the care team and make the wallet card.
    connect(m_readingPane, &ReadingPane::appLinkActivated, this, [this](const QString &name) {
        if (name == u"care-team")
            showCareTeam();
        else if (name == u"wallet-card")
            printWalletCard();
    });
    connect(m_checklistPanel, &ChecklistPanel::message, m_status, &StatusAnnouncer::announce);
    connect(m_print, &PrintController::message, m_status, &StatusAnnouncer::announce);
    connect(m_model, &ChecklistModel::changed, m_readingPane, &ReadingPane::refreshSuggestions);
    connect(m_model, &QAbstractItemModel::modelReset, m_readingPane,
            &ReadingPane::refreshSuggestions);
    connect(m_print, &PrintController::problem, this, &MainWindow::showProblem);
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
    connect(m_autoSaver, &AutoSaver::unsavedChangesChanged, this, &MainWindow::updateTitle);
    connect(m_autoSaver, &AutoSaver::saved, this, [this] {
        m_checklistPanel->clearSaveProblem();
        m_status->announce(tr("Your list is saved."));
    });
    connect(m_autoSaver, &AutoSaver::saveFailed, this, [this](const QString &why) {
        const QString message =
            tr("Your list could not be saved: %1 Your questions are still here, and the last "
               "saved list is kept as it was. Saving will be tried again every few seconds.")
                .arg(why);
        m_checklistPanel->showSaveProblem(message);
        m_status->announce(message);
    });

    m_autoSaver->setOutsideChangeHandler([this] {
        const Ask::Answer answer = Ask::question(
            this, tr("Your list was changed outside Next Steps"),
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
    connect(m_autoSaver, &AutoSaver::sizeWarning, this,
            [this](const QString &message) { showListNotice(message); });
    connect(m_autoSaver, &AutoSaver::outsideChangeResolved, this, [this](const QString &message) {
        m_checklistPanel->clearSaveProblem();
        m_checklistPanel->showNotice(message);
        m_status->announce(message);
    });
    // The changed list came in as one undo step; a read-only one (from a newer version) did
    // not, and the steps before it cannot be undone into it.
    connect(m_autoSaver, &AutoSaver::reloaded, this,
            [this](const ChecklistStore::LoadResult &result) {
                if (result.readOnly)
                    m_undoStack->clear();
            });

    // Every menu, as it opens, at the text size as far as the screen has room for it.
    for (QMenu *menu : findChildren<QMenu *>()) {
        connect(menu, &QMenu::aboutToShow, this, [this, menu] {
            fitMenuToScreen(menu, comfortableFont(m_zoom),
                            comfortablePointSize(std::min(m_zoom, 100)));
        });
    }

    // A logout, a shutdown or `kill` saves what is pending before the program ends.
    connect(EndOfSession::install(), &EndOfSession::endingSoon, this, &MainWindow::prepareToEnd);

    m_session = new ListSession(m_model, m_autoSaver, this);
    connect(m_session, &ListSession::notice, this,
            [this](const QString &message, const QString &actionText, ListSession::Action action) {
                std::function<void()> act;
                if (action != ListSession::Action::None)
                    act = [this, action] {
                        m_session->act(action);
                    };
                showListNotice(message, actionText, std::move(act));
            });
    m_session->open();
    restoreSettings();
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

void MainWindow::showListNotice(const QString &message, const QString &actionText,
                                std::function<void()> action)
{
    m_checklistPanel->showNotice(message, actionText, std::move(action));
    m_status->announce(message);
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
    m_listTabs->setTabText(0, tr("Questions"));
    m_listTabs->setTabText(1, tr("To tell"));
    m_listTabs->setTabToolTip(1, tr("Things to tell my doctor: symptoms and changes since the "
                                    "last visit"));
    if (m_toTell)
        m_toTell->retranslate();
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
    m_listTabs->setCurrentWidget(m_toTellPage);
    // Where something new to tell is written (the list is below it).
    toTellEditor()->newField()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showTopic(const QString &topicId, const QString &highlight)
{
    m_readingPane->showTopic(topicId, highlight);
}

void MainWindow::readQuestionsAloud()
{
    QList<SpokenSentence> sentences;
    const int count = m_model->rowCount();
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        sentences << spokenSentences(tr("Question %1.").arg(row + 1))
                  << spokenSentences(index.data(ChecklistModel::TextRole).toString());
        const QString answer = index.data(ChecklistModel::AnswerRole).toString().trimmed();
        if (!answer.isEmpty())
            sentences << spokenSentences(tr("Answer:")) << spokenSentences(answer);
    }
    if (sentences.isEmpty()) {
        m_status->announce(tr("Your list has no questions to read aloud yet."));
        return;
    }
    m_topicReader->readAloud()->readSentences(sentences);
}

void MainWindow::setZoom(int percent)
{
    m_zoom = std::clamp(percent, MinZoom, MaxZoom);
    AppStyle::setScale(m_zoom / 100.0);
    DialogSize::setZoom(m_zoom);
    m_sidebar->setZoom(m_zoom);
    m_readingPane->setZoom(m_zoom);
    m_checklistPanel->setZoom(m_zoom);
    if (m_toTell)
        m_toTell->setFont(comfortableFont(m_zoom));
    // The menu bar and the status bar grow with the text; the menus (their own windows) as
    // they open, as far as the screen has room.
    const QFont font = comfortableFont(m_zoom);
    menuBar()->setFont(font);
    statusBar()->setFont(font);
    m_listTabs->tabBar()->setFont(font);
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

QSize MainWindow::firstSize(const QRect &available)
{
    // Room for the window's frame and title bar, which the size given to resize() leaves out.
    constexpr int FrameWidth = 16;
    constexpr int FrameHeight = 48;
    return {std::min(1280, available.width() - FrameWidth),
            std::min(800, available.height() - FrameHeight)};
}

RecordListEditor *MainWindow::toTellEditor()
{
    if (!m_toTell) {
        m_toTell = new RecordListEditor(m_model, ChecklistModel::ListKind::ToTell, m_toTellPage);
        m_toTell->setObjectName(u"toTellEditor"_s);
        m_toTell->setFont(comfortableFont(m_zoom));
        m_toTell->retranslate();
        m_toTellPage->layout()->addWidget(m_toTell);
        m_toTellPage->setFocusProxy(m_toTell);
    }
    return m_toTell;
}

void MainWindow::moveToArea(int step)
{
    const QWidget *focus = QApplication::focusWidget();
    // The third area is the tabs of questions and things to tell.
    const QList<QWidget *> areas{m_sidebar, m_readingPane, m_listTabs};
    qsizetype current = step > 0 ? -1 : 0;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        if (focus && areas.at(i)->isAncestorOf(focus))
            current = i;
    }
    qsizetype next = (current + step + areas.size()) % areas.size();
    // A hidden area is passed over (the reading pane is always there).
    while (areas.at(next)->isHidden())
        next = (next + step + areas.size()) % areas.size();
    if (next == 0)
        m_sidebar->focusList();
    else if (next == 1)
        m_readingPane->focusText();
    else if (m_listTabs->currentWidget() == m_checklistPanel)
        m_checklistPanel->focusList();
    else
        m_listTabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
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

void MainWindow::restoreSettings()
{
    QSettings settings;
    PrivateFile::makePrivate(settings.fileName()); // one written before this was done
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        QRect first(QPoint(), firstSize(available));
        first.moveCenter(available.center());
        setGeometry(first);
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_readingPane->restoreState(settings.value(u"window/readingSplitter"_s).toByteArray());
    setZoom(settings.value(u"view/zoom"_s, 100).toInt());
    m_columns->setWanted(settings.value(u"view/showTopics"_s, true).toBool(),
                         settings.value(u"view/showQuestions"_s, true).toBool());
    const QString topic = settings.value(u"view/lastTopic"_s).toString();
    showTopic(m_guide.topic(topic) ? topic : u"welcome"_s);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"window/readingSplitter"_s, m_readingPane->saveState());
    settings.setValue(u"view/zoom"_s, m_zoom);
    // What the person chose, not what was put away for room.
    settings.setValue(u"view/showTopics"_s, m_columns->wanted(ColumnFitter::Topics));
    settings.setValue(u"view/showQuestions"_s, m_columns->wanted(ColumnFitter::Questions));
    settings.setValue(u"view/lastTopic"_s, m_readingPane->currentTopicId());
    // The last topic read says something about the person's health. Qt keeps a file's mode
    // when it saves the settings again, so this holds for later writes too.
    settings.sync();
    PrivateFile::makePrivate(settings.fileName());
}

bool MainWindow::confirmQuitWithUnsavedChanges()
{
    const QString reason = m_autoSaver->lastError();
    while (true) {
        const Ask::Answer choice = Ask::question(
            this, tr("Your list could not be saved"),
            tr("Your latest changes could not be saved: %1").arg(reason),
            tr("You can save a copy somewhere else, such as your Documents folder, so that "
               "nothing is lost."),
            {{Ask::Answer::SaveCopy, tr("Save a &Copy…"), QMessageBox::AcceptRole},
             {Ask::Answer::QuitAnyway, tr("&Quit Without Saving"), QMessageBox::DestructiveRole},
             {Ask::Answer::Stay, tr("&Keep Next Steps Open"), QMessageBox::RejectRole}});
        if (choice != Ask::Answer::SaveCopy)
            return choice == Ask::Answer::QuitAnyway;
        const QString path = Ask::saveFileName(
            this, tr("Save a Copy of Your List"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(u"checklist.json"_s),
            tr("Next Steps lists (*.json)"));
        if (path.isEmpty())
            continue;
        QString error;
        if (ChecklistStore::saveToFile(path, m_model->checklist(), &error))
            return true;
        m_status->announce(tr("The copy could not be saved: %1").arg(error));
    }
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
    // Whether reading aloud is possible is found out now: loading a speech engine can take a
    // moment, and the Listen button then says at once if it cannot be used.
    QTimer::singleShot(0, m_topicReader->readAloud(), &ReadAloud::prepare);
    m_startupFinished = true;
    Q_EMIT startupFinished();
}

void MainWindow::prepareToEnd()
{
    m_checklistPanel->commitPendingEdits();
    m_topicReader->readAloud()->stop();
    saveSettings();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_checklistPanel->commitPendingEdits();
    if (!m_autoSaver->flush() && !m_model->isReadOnly() && !confirmQuitWithUnsavedChanges()) {
        event->ignore(); // nothing in memory is dropped
        return;
    }
    m_topicReader->readAloud()->stop();
    saveSettings();
    event->accept();
}

} // namespace nextsteps
