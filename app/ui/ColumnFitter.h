#pragma once

#include <QObject>

#include <QString>
#include <array>
#include <functional>

class QSplitter;
class QTabBar;
class QWidget;

namespace nextsteps {

// The window's three columns (the topics, the reading pane, the questions) at every text size
// and window width: each keeps its least width, and when the columns the person wants do not
// fit, the topics are put away first, then the questions; they come back when there is room
// again. What the person chose (View > Panes) is kept apart from what was put away for room.
// Above OnePaneAbove percent, the window shows one of the three at a time, the whole width, with
// their names in a bar above them; F6, Ctrl+1, 2, 3 or a click on a name goes to another.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    enum Pane { Topics = 0, Questions = 1 };
    enum Area { TopicsArea = 0, ReadingArea = 1, QuestionsArea = 2 };
    static constexpr int OnePaneAbove = 200;

    ColumnFitter(QSplitter *splitter, QWidget *topics, QWidget *reading, QWidget *questions,
                 QWidget *window);

    void setZoom(int percent);
    // The bar with the three areas' names, shown when one shows at a time.
    void setPaneBar(QTabBar *bar);
    void retranslate();
    bool onePaneAtATime() const { return m_zoom > OnePaneAbove; }
    // One pane at a time: the area shown (its focuser is not called). Otherwise the topics and
    // the questions are brought back; the reading pane always shows.
    void showArea(Area area);
    Area shownArea() const { return m_area; }
    // Fits the columns to the window now (after a resize, a new text size, a choice).
    void fit();
    // Columns dragged narrower than their least get their width back.
    void keepWhole();
    // The person asks for a pane: shown, even when room is short (the other goes first).
    void bringBack(Pane pane);
    // The person puts a pane away (View > Panes > Show …, unticked).
    void putAway(Pane pane);
    bool wanted(Pane pane) const { return pane == Topics ? m_wantTopics : m_wantQuestions; }
    void setWanted(bool topics, bool questions);
    // The reading pane one step wider (steps > 0) or narrower, from or to the panes beside it.
    void resizeReading(int steps);
    // F6 (step 1) and Shift+F6 (step -1): the focus to the next shown area (the topics, the
    // reading pane, the questions), each focused by its own focuser.
    void setFocusers(const std::array<std::function<void()>, 3> &focusers)
    {
        m_focusers = focusers;
    }
    void moveFocus(int step);
    // What the last fit during a change of text size put away or brought back ("" if nothing):
    // said together with the new size.
    QString takeZoomMessage();

Q_SIGNALS:
    void message(const QString &text);
    // Which panes show now (for View > Panes' ticks).
    void shown(bool topics, bool questions);
    // The focus was in a pane just put away.
    void focusLost();

private:
    int leastWidth(const QWidget *pane) const;
    void fitOnePane();

    QSplitter *m_splitter;
    QWidget *m_topics;
    QWidget *m_reading;
    QWidget *m_questions;
    QWidget *m_window;
    int m_zoom = 100;
    bool m_wantTopics = true;
    bool m_wantQuestions = true;
    // Put away by fit() for lack of room, not by the person.
    bool m_topicsPutAway = false;
    bool m_questionsPutAway = false;
    // The pane the person brought back while room was short: it is put away last.
    int m_keepPane = -1;
    bool m_fitting = false;
    bool m_zoomChanging = false;
    QString m_zoomMessage;
    QTabBar *m_paneBar = nullptr;
    Area m_area = ReadingArea;
    bool m_wasOnePane = false;
    std::array<std::function<void()>, 3> m_focusers;
};

} // namespace nextsteps
