#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace nextsteps {

class MainWindow;

// The main window's menu bar: File, Edit, View (with Panes, Language, Theme and Read Aloud)
// and Help. Each command's words are written once, beside the command, and set again when the
// language changes (retranslate()); the panels' own actions are placed here but named by them.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    explicit MainMenus(MainWindow *window);
    // Every menu of the window (the panels' own too) at the text size when it opens: called
    // once the window has made them all.
    void fitEveryMenu();

    // The words of every command and menu in the language now in use.
    void retranslate();
    void setLanguageChecked(const QString &code);
    // View > Panes > Show Topics / Show My Questions, ticked as the panes show.
    void setPanesShown(bool topics, bool questions);
    QList<QMenu *> menus() const;

private:
    using Text = QString (*)();
    QAction *add(QMenu *menu, const QString &name, Text text, const QKeySequence &shortcut = {});
    QMenu *menu(QWidget *parent, Text title);
    // Qt's undo actions keep the prefix ("&Undo") they were made with: a new language needs
    // new actions.
    void makeUndoRedoActions();

    MainWindow *m_window;
    QList<std::pair<QAction *, Text>> m_texts;
    QList<std::pair<QMenu *, Text>> m_titles;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_panesMenu = nullptr;
    QMenu *m_readAloudMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_undoRedoEnd = nullptr;
    QAction *m_showTopics = nullptr;
    QAction *m_showQuestions = nullptr;
};

} // namespace nextsteps
