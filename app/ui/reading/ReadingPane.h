#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTextDocument;
class QToolButton;

namespace nextsteps {

class FindBar;
class Guide;
class GuideBrowser;
class QuestionSink;
class SuggestedQuestionsView;

// The chosen topic: its text, find in page, Back and Forward, and its suggested questions.
class ReadingPane : public QWidget
{
    Q_OBJECT

public:
    ReadingPane(const Guide &guide, QuestionSink *sink, QWidget *parent = nullptr);

    GuideBrowser *browser() const { return m_browser; }
    FindBar *findBar() const { return m_findBar; }
    SuggestedQuestionsView *suggestions() const { return m_suggestions; }
    // In the row above the text: "3 questions you might ask", which shows or hides them below.
    QToolButton *suggestionsToggle() const { return m_suggestionsToggle; }
    // The Listen bar (reading aloud is a room of its own): shown after Back and Forward, and
    // in the Tab order there.
    void setListenBar(QWidget *bar);
    QWidget *listenBarWidget() const;
    // What is read aloud after the page: the suggested questions, with a heading.
    QStringList sentencesAfterPage() const;
    QAction *findAction() const { return m_find; }
    QAction *findNextAction() const { return m_findNext; }
    QAction *findPreviousAction() const { return m_findPrevious; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    // View > Go to Heading… (Ctrl+Shift+H): the topic's headings as a list to choose from.
    QAction *goToHeadingAction() const { return m_goToHeading; }
    // View > Show the Questions You Might Ask: the line above the text, opened or closed.
    QAction *showSuggestionsAction() const { return m_showSuggestions; }
    QStringList headings() const;
    void goToHeading(int index);

    QString currentTopicId() const { return m_current; }
    QString currentTitle() const;
    // The Back and Forward arrows, once the window has painted (MainWindow::finishStartup).
    void showHistoryIcons();
    QString printableMarkdown() const; // the topic as it prints

    // From this text size on, the rows around the text are compact (see setZoom).
    static constexpr int CompactZoom = 150;
    void setZoom(int percent);
    // The split between the text and its suggested questions, by keyboard: a step of about
    // three lines, more room for the text (steps > 0) or for the questions. False when it
    // cannot move further that way.
    bool resizeText(int steps);
    bool suggestionsOpen() const { return m_suggestionsOpen; }
    void setSuggestionsOpen(bool open) { showSuggestions(open); }
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

public Q_SLOTS:
    // highlight: words to show highlighted (a search's matches), one a line.
    void showTopic(const QString &topicId, const QString &highlight = {});
    void showProblems(const QStringList &problems);
    void goBack();
    void goForward();
    void focusText();
    void refreshSuggestions();
    // The guide changed language (the same object, new content): shows the current topic again.
    void reloadGuide();

Q_SIGNALS:
    void topicShown(const QString &topicId);
    // A link in a topic to one of the app's windows ("care-team", "wallet-card").
    void appLinkActivated(const QString &name);
    void message(const QString &text);
    // The page is about to change (another topic, another language, a problem shown): what
    // is being read aloud from it stops.
    void leavingPage();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // A place in the guide to come back to: the topic, and how far down it was read.
    struct Place
    {
        QString topic;
        int scroll = 0;
    };
    Place here() const;
    void display(const QString &topicId, const QString &highlight, int scroll = 0);
    void retranslateUi();
    void chainTabOrder();
    void updateHistoryActions();
    void applyHighlight();
    // Back and Forward, the Listen bar and the find bar.
    QList<QWidget *> rowsAroundText() const;
    // When the text has room for fewer than a few lines (large text, a short window, the find
    // bar open), the suggested questions below it give up some of their height.
    void keepTextReadable();
    void updateTextAreaMinimum();

    const Guide &m_guide;
    QSplitter *m_splitter;
    QWidget *m_textArea; // the rows and the text, above the suggested questions
    QWidget *m_toolsRow; // Back, Forward and the Listen bar
    GuideBrowser *m_browser;
    FindBar *m_findBar;
    SuggestedQuestionsView *m_suggestions;
    QWidget *m_listenSlot;
    QAction *m_find;
    QAction *m_findNext;
    QAction *m_findPrevious;
    QAction *m_goToHeading = nullptr;
    QAction *m_showSuggestions = nullptr;
    QAction *m_back;
    QAction *m_forward;
    QString m_current;
    QString m_pendingHighlight;
    QList<Place> m_backHistory;
    QList<Place> m_forwardHistory;
    bool m_keepPending = false;
    // The person has set the split (by mouse or keyboard) since the text size changed: it is
    // theirs, and keepTextReadable() leaves it alone.
    bool m_personSized = false;
    // The suggested questions are one line ("3 questions you might ask") until the person
    // opens them: the text has the room. Their choice is kept (WindowSettings).
    bool m_suggestionsOpen = false;
    QToolButton *m_suggestionsToggle = nullptr;
    void showSuggestions(bool open);
    void updateSuggestionsToggle();
};

} // namespace nextsteps
