#include "ui/MainMenus.h"

#include "ui/ColumnFitter.h"
#include "ui/DecisionsKeeper.h"
#include "ui/DiaryKeeper.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/PhrasesKeeper.h"
#include "ui/SummaryKeeper.h"
#include "ui/backup/BackupKeeper.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/SaveLocationDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/print/PrintController.h"
#include "ui/readaloud/ListenBar.h"
#include "ui/reading/ReadingPane.h"
#include "ui/reading/TopicSidebar.h"
#include "ui/style/Theme.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/MenuFit.h"
#include "ui/widgets/Shortcuts.h"
#include "ui/widgets/UiFonts.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace nextsteps {

MainMenus::MainMenus(MainWindow *window) : QObject(window), m_window(window)
{
    // Each text is written once, beside its command, and set again when the language changes.
    m_fileMenu = menu(m_window->menuBar(), [] { return tr("&File"); });
    QMenu *file = m_fileMenu;
    file->addAction(m_window->checklistPanel()->newQuestionAction());
    file->addAction(m_window->checklistPanel()->startNewListAction());
    file->addAction(m_window->checklistPanel()->pastListsAction());
    connect(add(file, u"myMedicines"_s, [] { return tr("My &Medicines…"); }), &QAction::triggered,
            m_window, &MainWindow::showMedicines);
    connect(add(file, u"myTreatments"_s, [] { return tr("My &Cancer and Treatments…"); }),
            &QAction::triggered, m_window->summaryKeeper(), &SummaryKeeper::show);
    connect(add(file, u"emergencyInfo"_s, [] { return tr("For &Emergency Staff…"); }),
            &QAction::triggered, m_window->phrasesKeeper(), &PhrasesKeeper::showEmergencyInfo);
    connect(add(file, u"thinkingItThrough"_s, [] { return tr("T&hinking It Through…"); }),
            &QAction::triggered, m_window->decisionsKeeper(),
            [this] { m_window->decisionsKeeper()->show(); });
    connect(add(
                file, u"openList"_s, [] { return tr("&Open List…"); }, QKeySequence::Open),
            &QAction::triggered, m_window, [this] {
                const QString path = Ask::openFileName(
                    m_window, tr("Open a Question List"),
                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                    tr("Question lists (*.json);;All files (*)"));
                if (!path.isEmpty())
                    m_window->openList(path);
            });
    file->addSeparator();
    QAction *print = add(
        file, u"print"_s, [] { return tr("&Print…"); }, QKeySequence::Print);
    connect(print, &QAction::triggered, m_window->printController(), &PrintController::printList);
    QAction *preview = add(file, u"printPreview"_s, [] { return tr("Print Pre&view…"); });
    connect(preview, &QAction::triggered, m_window->printController(),
            &PrintController::previewList);
    QAction *pdf = add(
        file, u"exportPdf"_s, [] { return tr("Save as P&DF…"); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(pdf, &QAction::triggered, m_window->printController(), &PrintController::savePdfList);
    QAction *text = add(file, u"exportText"_s, [] { return tr("Save as Te&xt…"); });
    connect(text, &QAction::triggered, m_window->printController(), &PrintController::saveTextList);
    file->addAction(m_window->printController()->largePrintAction());
    file->addAction(m_window->diaryKeeper()->printWithQuestionsAction());
    file->addAction(m_window->decisionsKeeper()->printWithQuestionsAction());
    connect(add(file, u"printWalletCard"_s, [] { return tr("Print &Wallet Card…"); }),
            &QAction::triggered, m_window, &MainWindow::printWalletCard);
    m_window->checklistPanel()->setPrintActions(
        {print, preview, pdf, text, m_window->printController()->largePrintAction()});
    file->addSeparator();
    connect(add(file, u"printTopic"_s, [] { return tr("Print This &Topic…"); }),
            &QAction::triggered, m_window,
            [this] { m_window->printController()->preview(m_window->printableTopic()); });
    connect(add(file, u"exportTopicPdf"_s, [] { return tr("Save This Topic as PD&F…"); }),
            &QAction::triggered, m_window,
            [this] { m_window->printController()->savePdf(m_window->printableTopic()); });
    file->addSeparator();
    connect(add(file, u"backUp"_s, [] { return tr("&Back Up Everything…"); }), &QAction::triggered,
            m_window->backupKeeper(), &BackupKeeper::backUp);
    connect(add(file, u"restoreBackup"_s, [] { return tr("&Restore from a Backup…"); }),
            &QAction::triggered, m_window->backupKeeper(), &BackupKeeper::restore);
    file->addSeparator();
    auto *quit = add(
        file, u"quit"_s, [] { return tr("&Quit"); }, QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, m_window, &QWidget::close);

    m_editMenu = menu(m_window->menuBar(), [] { return tr("&Edit"); });
    QMenu *edit = m_editMenu;
    m_undoRedoEnd = edit->addSeparator();
    edit->addActions(m_window->checklistPanel()->editActions());
    edit->addSeparator();
    edit->addAction(m_window->readingPane()->findAction());
    edit->addAction(m_window->readingPane()->findNextAction());
    edit->addAction(m_window->readingPane()->findPreviousAction());
    connect(add(
                edit, u"searchTopics"_s, [] { return tr("&Search All Topics"); },
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)),
            &QAction::triggered, m_window, [this] {
                m_window->columns()->bringBack(ColumnFitter::Topics);
                m_window->sidebar()->focusSearch();
            });

    m_viewMenu = menu(m_window->menuBar(), [] { return tr("&View"); });
    QMenu *view = m_viewMenu;
    view->addAction(m_window->readingPane()->backAction());
    view->addAction(m_window->readingPane()->forwardAction());
    view->addAction(m_window->readingPane()->goToHeadingAction());
    view->addAction(m_window->readingPane()->showSuggestionsAction());
    view->addSeparator();
    connect(add(
                view, u"zoomIn"_s, [] { return tr("Zoom &In"); }, QKeySequence::ZoomIn),
            &QAction::triggered, m_window, [this] { m_window->zoomBy(1); });
    // Ctrl+= as well: on most keyboards "+" needs Shift.
    m_window->findChild<QAction *>(u"zoomIn"_s)
        ->setShortcuts(keysWith(QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)));
    connect(add(
                view, u"zoomOut"_s, [] { return tr("Zoom &Out"); }, QKeySequence::ZoomOut),
            &QAction::triggered, m_window, [this] { m_window->zoomBy(-1); });
    connect(add(
                view, u"zoomReset"_s, [] { return tr("&Actual Size"); },
                QKeySequence(Qt::CTRL | Qt::Key_0)),
            &QAction::triggered, m_window, [this] {
                m_window->setZoom(100);
                m_window->announceZoom();
            });
    view->addSeparator();
    connect(add(
                view, u"goTopics"_s, [] { return tr("Go to &Topics"); },
                QKeySequence(Qt::CTRL | Qt::Key_1)),
            &QAction::triggered, this, [this] {
                m_window->columns()->bringBack(ColumnFitter::Topics);
                m_window->sidebar()->focusList();
            });
    connect(add(
                view, u"goReading"_s, [] { return tr("Go to &Reading"); },
                QKeySequence(Qt::CTRL | Qt::Key_2)),
            &QAction::triggered, m_window, [this] {
                m_window->columns()->showArea(ColumnFitter::ReadingArea);
                m_window->readingPane()->focusText();
            });
    connect(add(
                view, u"goQuestions"_s, [] { return tr("Go to My &Questions"); },
                QKeySequence(Qt::CTRL | Qt::Key_3)),
            &QAction::triggered, m_window, &MainWindow::goToQuestions);
    connect(add(
                view, u"goToTell"_s, [] { return tr("Go to M&y Things to Tell"); },
                QKeySequence(Qt::CTRL | Qt::Key_4)),
            &QAction::triggered, m_window, &MainWindow::goToThingsToTell);
    connect(add(
                view, u"goToDiary"_s, [] { return tr("Go to My &Symptom Diary"); },
                QKeySequence(Qt::CTRL | Qt::Key_5)),
            &QAction::triggered, m_window, &MainWindow::goToDiary);
    // The panes, in a menu of their own (the View menu had too many commands to open at large
    // text sizes on a small screen). Room for the text at large sizes: the topics and the
    // questions can be put away, by the person or by ColumnFitter when the window has no room.
    view->addSeparator();
    m_panesMenu = menu(view, [] { return tr("&Panes"); });
    m_panesMenu->setObjectName(u"panesMenu"_s);
    QMenu *panes = m_panesMenu;
    m_showTopics = add(
        panes, u"showTopics"_s, [] { return tr("Sho&w Topics"); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_showQuestions = add(
        panes, u"showQuestions"_s, [] { return tr("Show My Questio&ns"); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    for (QAction *show : {m_showTopics, m_showQuestions}) {
        show->setCheckable(true);
        show->setChecked(true);
        connect(show, &QAction::toggled, m_window, [this, show](bool on) {
            const auto pane = show == m_showTopics ? ColumnFitter::Topics : ColumnFitter::Questions;
            if (on)
                m_window->columns()->bringBack(pane);
            else
                m_window->columns()->putAway(pane);
        });
    }
    // The panes' widths by keyboard: the reading pane grows or shrinks by a step, the others
    // give or take the room.
    panes->addSeparator();
    connect(add(
                panes, u"widerReading"_s, [] { return tr("Ma&ke the Reading Pane Wider"); },
                QKeySequence(Qt::CTRL | Qt::Key_BracketRight)),
            &QAction::triggered, m_window->columns(),
            [this] { m_window->columns()->resizeReading(1); });
    connect(add(
                panes, u"narrowerReading"_s, [] { return tr("&Make the Reading Pane Narrower"); },
                QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)),
            &QAction::triggered, m_window->columns(),
            [this] { m_window->columns()->resizeReading(-1); });
    // And the split between the topic's text and its suggested questions (menu only: the keys
    // one would expect are taken by the system on some desktops).
    for (const int steps : {1, -1}) {
        connect(add(panes, steps > 0 ? u"tallerText"_s : u"shorterText"_s,
                    steps > 0 ? Text([] { return tr("Make the Topic Te&xt Taller"); })
                              : Text([] { return tr("Make the Topi&c Text Shorter"); })),
                &QAction::triggered, m_window, [this, steps] {
                    if (!m_window->readingPane()->resizeText(steps))
                        m_window->announce(steps > 0
                                               ? tr("The topic text is as tall as it can be.")
                                               : tr("The topic text is as short as it can be."));
                    else
                        m_window->announce(
                            QString()); // an earlier "as far as it can be" no longer holds
                });
    }
    // F6 and Shift+F6 go round the three areas, as in browsers and office programs.
    auto *nextArea = new QAction(m_window);
    nextArea->setObjectName(u"nextArea"_s);
    nextArea->setShortcut(QKeySequence(Qt::Key_F6));
    m_window->addAction(nextArea);
    connect(nextArea, &QAction::triggered, m_window, [this] { m_window->moveToArea(1); });
    auto *previousArea = new QAction(m_window);
    previousArea->setObjectName(u"previousArea"_s);
    previousArea->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_window->addAction(previousArea);
    connect(previousArea, &QAction::triggered, m_window, [this] { m_window->moveToArea(-1); });
    view->addSeparator();
    // Each language by its own name, never translated: a person who reads only Spanish must
    // find "Español" in an English menu.
    m_languageMenu = menu(view, [] { return tr("&Language"); });
    m_languageMenu->setObjectName(u"languageMenu"_s);
    auto *languages = new QActionGroup(this);
    for (const QString &code : Language::available()) {
        QAction *action = m_languageMenu->addAction(Language::nativeName(code));
        action->setObjectName(u"language_"_s + code);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == m_window->language());
        languages->addAction(action);
        connect(action, &QAction::triggered, m_window,
                [this, code] { m_window->setLanguage(code); });
    }
    // The colours: the system's (dark or light, as it is set), or one chosen here.
    m_themeMenu = menu(view, [] { return tr("T&heme"); });
    m_themeMenu->setObjectName(u"themeMenu"_s);
    auto *themes = new QActionGroup(this);
    const std::pair<Theme::Kind, Text> themeKinds[] = {
        {Theme::Kind::FollowSystem,
         [] {
             return tr("&Follow the System");
         }},
        {Theme::Kind::Light,
         [] {
             return tr("&Light");
         }},
        {Theme::Kind::Dark,
         [] {
             return tr("&Dark");
         }},
        {Theme::Kind::HighContrast,
         [] {
             return tr("&High Contrast (Black, White and Yellow)");
         }},
    };
    for (const auto &[kind, text] : themeKinds) {
        QAction *action = add(m_themeMenu, u"theme_"_s + Theme::key(kind), text);
        action->setCheckable(true);
        action->setChecked(kind == Theme::current());
        themes->addAction(action);
        connect(action, &QAction::triggered, m_window, [kind = kind] {
            Theme::apply(kind);
            Theme::remember(kind);
        });
    }
    // Reading aloud, in a menu of its own too.
    m_readAloudMenu = menu(view, [] { return tr("R&ead Aloud"); });
    m_readAloudMenu->setObjectName(u"readAloudMenu"_s);
    ListenBar *listen = m_window->listenBar();
    m_readAloudMenu->addAction(listen->listenAction());
    m_readAloudMenu->addAction(listen->pauseAction());
    m_readAloudMenu->addAction(listen->stopAction());
    QAction *readQuestions =
        add(m_readAloudMenu, u"readQuestions"_s, [] { return tr("Rea&d My Questions Aloud"); });
    connect(readQuestions, &QAction::triggered, m_window, &MainWindow::readQuestionsAloud);
    // The speed here too: at large text the Listen row leaves it out to give the text room.
    QMenu *speed = menu(m_readAloudMenu, [] { return tr("&Voice Speed"); });
    speed->setObjectName(u"speedMenu"_s);
    speed->addActions(listen->speedActions());

    m_helpMenu = menu(m_window->menuBar(), [] { return tr("&Help"); });
    QMenu *help = m_helpMenu;
    // First in the menu: a worried reader finds the safety page without hunting for it.
    // One key from anywhere, the same in both languages (U for urgent, urgente).
    connect(add(
                help, u"helpRightAway"_s, [] { return tr("When to Get &Help Right Away"); },
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)),
            &QAction::triggered, m_window, [this] { m_window->showTopic(u"urgent"_s); });
    // For a person who cannot speak: one key from anywhere, the same in every language.
    connect(
        add(
            help, u"speakForMe"_s, [] { return tr("&Speak for Me…"); }, QKeySequence(Qt::Key_F9)),
        &QAction::triggered, m_window->phrasesKeeper(), &PhrasesKeeper::showBoard);
    connect(add(help, u"careTeam"_s, [] { return tr("My &Care Team…"); }), &QAction::triggered,
            m_window, &MainWindow::showCareTeam);
    connect(add(
                help, u"gettingStarted"_s, [] { return tr("&Getting Started"); },
                QKeySequence::HelpContents),
            &QAction::triggered, m_window, [this] { m_window->showTopic(u"welcome"_s); });
    connect(add(help, u"shortcuts"_s, [] { return tr("&Keyboard Shortcuts"); }),
            &QAction::triggered, m_window, [this] {
                ShortcutsDialog dialog(m_window);
                Ask::exec(&dialog);
            });
    connect(add(help, u"whereSaved"_s, [] { return tr("&Where Is My List Saved?"); }),
            &QAction::triggered, m_window, [this] {
                SaveLocationDialog dialog(m_window->checklistPath(), m_window);
                Ask::exec(&dialog);
            });
    help->addSeparator();
    auto *about = add(help, u"about"_s, [] { return tr("&About Next Steps"); });
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, m_window, [this] {
        AboutDialog dialog(m_window->guide(), m_window);
        Ask::exec(&dialog);
    });
    auto *aboutQt = add(help, u"aboutQt"_s, [] { return tr("About &Qt"); });
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    retranslate();
}

void MainMenus::fitEveryMenu()
{
    // Every menu of the window, as it opens, at the text size as far as the screen has room.
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        connect(menu, &QMenu::aboutToShow, this, [this, menu] {
            const int zoom = m_window->zoom();
            fitMenuToScreen(menu, comfortableFont(zoom), comfortablePointSize(std::min(zoom, 100)));
        });
    }
}

void MainMenus::makeUndoRedoActions()
{
    // Qt's undo actions keep the prefix ("&Undo") they were made with: a new language needs
    // new actions.
    delete m_undo;
    delete m_redo;
    m_undo = m_window->undoStack()->createUndoAction(m_window, tr("&Undo"));
    m_undo->setObjectName(u"undo"_s);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_window->undoStack()->createRedoAction(m_window, tr("&Redo"));
    m_redo->setObjectName(u"redo"_s);
    m_redo->setShortcuts(
        keysWith(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    m_editMenu->insertActions(m_undoRedoEnd, {m_undo, m_redo});
}

QAction *MainMenus::add(QMenu *menu, const QString &name, Text text, const QKeySequence &shortcut)
{
    auto *action = menu->addAction(text());
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_texts.append({action, text});
    return action;
}

QMenu *MainMenus::menu(QWidget *parent, Text title)
{
    auto *bar = qobject_cast<QMenuBar *>(parent);
    QMenu *made = bar ? bar->addMenu(title()) : static_cast<QMenu *>(parent)->addMenu(title());
    m_titles.append({made, title});
    return made;
}

void MainMenus::retranslate()
{
    for (const auto &[action, text] : std::as_const(m_texts))
        action->setText(text());
    for (const auto &[menu, title] : std::as_const(m_titles))
        menu->setTitle(title());
    makeUndoRedoActions();
}

void MainMenus::setLanguageChecked(const QString &code)
{
    for (QAction *action : m_languageMenu->actions())
        action->setChecked(action->data().toString() == code);
}

void MainMenus::setPanesShown(bool topics, bool questions)
{
    m_showTopics->setChecked(topics);
    m_showQuestions->setChecked(questions);
}

QList<QMenu *> MainMenus::menus() const
{
    return {m_fileMenu,     m_editMenu,  m_viewMenu,      m_panesMenu,
            m_languageMenu, m_themeMenu, m_readAloudMenu, m_helpMenu};
}

} // namespace nextsteps
