#pragma once

#include "core/guide/Guide.h"
#include "ui/WindowSettings.h"
#include "ui/print/PrintController.h"
#include "ui/widgets/TextSize.h"

#include <QMainWindow>

#include <functional>

class QSplitter;
class QTabBar;
class QTabWidget;
class QUndoStack;

namespace nextsteps {

class AutoSaver;
class BackupKeeper;
class ColumnFitter;
class DecisionsKeeper;
class DiaryKeeper;
class PhrasesKeeper;
class ListKeeper;
class MainMenus;
class ChecklistModel;
class ChecklistPanel;
class ChecklistTabs;
class ListenBar;
class ReadAloud;
class ReadingPane;
class RecordListEditor;
class StatusAnnouncer;
class SummaryKeeper;
class TopicReader;
class TopicSidebar;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int MinZoom = TextSize::Min;
    static constexpr int MaxZoom = TextSize::Max;

    // checklistPath: the list to open and save; empty for the usual place.
    explicit MainWindow(const QString &checklistPath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString checklistPath() const;
    const Guide &guide() const { return m_guide; }
    TopicSidebar *sidebar() const { return m_sidebar; }
    ReadingPane *readingPane() const { return m_readingPane; }
    // Reading aloud, joined to the reading pane.
    ReadAloud *readAloud() const;
    ListenBar *listenBar() const;
    ChecklistPanel *checklistPanel() const { return m_checklistPanel; }
    ChecklistModel *checklistModel() const { return m_model; }
    AutoSaver *autoSaver() const { return m_autoSaver; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QSplitter *splitter() const { return m_splitter; }
    // "Questions" and "To tell", side by side in the right-hand part.
    ChecklistTabs *listTabs() const { return m_listTabs; }
    // Made when its tab is first shown (or asked for here): it is not needed for the first
    // paint, and start-up is on a budget.
    RecordListEditor *toTellEditor();
    PrintController *printController() const { return m_print; }
    // File > My Cancer and Treatments…; File > Back Up Everything… and Restore from a Backup….
    SummaryKeeper *summaryKeeper() const { return m_summary; }
    BackupKeeper *backupKeeper() const { return m_backup; }
    // How I've been: its tab beside Questions and To tell.
    DiaryKeeper *diaryKeeper() const { return m_diary; }
    // Speak for Me and For Emergency Staff.
    PhrasesKeeper *phrasesKeeper() const { return m_phrases; }
    DecisionsKeeper *decisionsKeeper() const { return m_decisions; }
    // View > Go to How I've Been.
    void goToDiary();

    // The program is ending from outside (EndOfSession): what is being typed goes into the
    // list, and the window's place and sizes are remembered. The list is saved right after.
    void prepareToEnd();

    // Help > My Care Team, File > My Medicines, File > Print Wallet Card.
    void showCareTeam();
    void showMedicines();
    void printWalletCard();

    void showTopic(const QString &topicId, const QString &highlight = {});
    // Switches the interface, the guide and the printout to "en" or "es" at once, and
    // remembers it. The questions on the list stay as they were written.
    void setLanguage(const QString &code);
    QString language() const { return m_guideLanguage; }

    // File > Open List…: another list (from a USB stick, an email) in a window of its own, so
    // that each window saves only its own list. Returns that window, or null.
    MainWindow *openList(const QString &path);

    // The size of a first window on a screen with this available geometry: 1280x800 where it
    // fits, never larger than the screen (a 1366x768 laptop shows all of it, Print included).
    static QSize firstSize(const QRect &available) { return WindowSettings::firstSize(available); }

    int zoom() const { return m_zoom; }
    // The application's text size (TextSize): this window and every other follow it.
    void setZoom(int percent);
    void zoomBy(int steps);
    // "Text size 200%", and what was put away or brought back for it.
    void announceZoom();

    // What the menus ask of the window (MainMenus).
    ColumnFitter *columns() const { return m_columns; }
    Printable printableTopic() const;
    // F6 (step 1) and Shift+F6 (step -1): the topics, the reading pane, the questions.
    void moveToArea(int step);
    void readQuestionsAloud();
    void goToQuestions();
    void goToThingsToTell();
    // Said in the status bar (and to screen readers); empty clears it.
    void announce(const QString &text);
    // True once the window has painted and what was left for later is done.
    bool isStartupFinished() const { return m_startupFinished; }

Q_SIGNALS:
    // The window has painted for the first time and the work left for later is done: the
    // moment for anything shown over the window, such as the first-run welcome.
    void startupFinished();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The rooms beside the columns and their wiring (MainWindowRooms.cpp).
    void makeRooms();
    void retranslateUi();
    // This window at the application's text size.
    void applyZoom(int percent);
    void showProblem(const QString &text);
    void finishStartup();
    void updateTitle();

    QString m_guideLanguage; // before m_guide, which is loaded in it
    Guide m_guide;
    ChecklistModel *m_model = nullptr;
    QUndoStack *m_undoStack = nullptr;
    AutoSaver *m_autoSaver = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabBar *m_paneBar = nullptr;
    TopicSidebar *m_sidebar = nullptr;
    ReadingPane *m_readingPane = nullptr;
    TopicReader *m_topicReader = nullptr;
    ChecklistPanel *m_checklistPanel = nullptr;
    ChecklistTabs *m_listTabs = nullptr;
    PrintController *m_print = nullptr;
    StatusAnnouncer *m_status = nullptr;
    SummaryKeeper *m_summary = nullptr;
    BackupKeeper *m_backup = nullptr;
    DiaryKeeper *m_diary = nullptr;
    PhrasesKeeper *m_phrases = nullptr;
    DecisionsKeeper *m_decisions = nullptr;
    MainMenus *m_menus = nullptr;
    ColumnFitter *m_columns = nullptr;
    ListKeeper *m_list = nullptr;
    int m_zoom = 100;
    bool m_zoomApplied = false;
    bool m_painted = false;
    bool m_startupFinished = false;
};

} // namespace nextsteps
