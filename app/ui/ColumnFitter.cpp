#include "ui/ColumnFitter.h"

#include "ui/widgets/UiFonts.h"

#include <QApplication>
#include <QFontMetrics>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QWidget>

#include <array>

using namespace Qt::StringLiterals;

namespace nextsteps {

ColumnFitter::ColumnFitter(QSplitter *splitter, QWidget *topics, QWidget *reading,
                           QWidget *questions, QWidget *window)
    : QObject(window), m_splitter(splitter), m_topics(topics), m_reading(reading),
      m_questions(questions), m_window(window)
{
    // Dragged by the mouse, the columns still keep their least widths at this text size.
    connect(m_splitter, &QSplitter::splitterMoved, this, &ColumnFitter::keepWhole);
}

void ColumnFitter::setPaneBar(QTabBar *bar)
{
    m_paneBar = bar;
    for (int i = 0; i < 3; ++i)
        bar->addTab(QString());
    bar->hide();
    retranslate();
    connect(bar, &QTabBar::tabBarClicked, this, [this](int index) {
        if (index < 0)
            return;
        showArea(Area(index));
        if (m_focusers.at(index))
            m_focusers.at(index)();
    });
}

void ColumnFitter::retranslate()
{
    if (!m_paneBar)
        return;
    const QString names[] = {tr("Topics"), tr("Reading"), tr("My Questions")};
    const QString keys[] = {u"Ctrl+1"_s, u"Ctrl+2"_s, u"Ctrl+3"_s};
    for (int i = 0; i < 3; ++i) {
        m_paneBar->setTabText(i, names[i]);
        m_paneBar->setTabToolTip(i, tr("%1 (%2; F6 goes to the next part)").arg(names[i], keys[i]));
    }
    m_paneBar->setAccessibleName(tr("Parts of the window"));
}

void ColumnFitter::showArea(Area area)
{
    if (!onePaneAtATime()) {
        if (area != ReadingArea)
            bringBack(area == TopicsArea ? Topics : Questions);
        return;
    }
    if (m_area == area && (area != TopicsArea || m_topics->isVisible()))
        return;
    m_area = area;
    fit();
}

void ColumnFitter::setZoom(int percent)
{
    m_zoom = percent;
    m_zoomMessage.clear();
    m_zoomChanging = true;
    fit();
    m_zoomChanging = false;
}

QString ColumnFitter::takeZoomMessage()
{
    return std::exchange(m_zoomMessage, QString());
}

void ColumnFitter::setWanted(bool topics, bool questions)
{
    m_wantTopics = topics;
    m_wantQuestions = questions;
    fit();
}

void ColumnFitter::putAway(Pane pane)
{
    if (m_fitting)
        return;
    // One pane at a time: the person's choice for the columns is kept for smaller text.
    if (onePaneAtATime()) {
        if (m_area == (pane == Topics ? TopicsArea : QuestionsArea))
            showArea(ReadingArea);
        return;
    }
    (pane == Topics ? m_wantTopics : m_wantQuestions) = false;
    if (m_keepPane == pane)
        m_keepPane = -1;
    fit();
}

void ColumnFitter::bringBack(Pane pane)
{
    if (m_fitting)
        return;
    if (onePaneAtATime()) {
        showArea(pane == Topics ? TopicsArea : QuestionsArea);
        return;
    }
    bool &wanted = pane == Topics ? m_wantTopics : m_wantQuestions;
    const bool putAway = pane == Topics ? m_topicsPutAway : m_questionsPutAway;
    if (wanted && !putAway)
        return;
    wanted = true;
    if (putAway)
        m_keepPane = pane;
    fit();
    if (pane == Topics ? m_topicsPutAway : m_questionsPutAway)
        Q_EMIT message(tr("There is no room for this at this text size: Ctrl+Minus makes the "
                          "text smaller."));
}

void ColumnFitter::resizeReading(int steps)
{
    QList<int> sizes = m_splitter->sizes();
    const int reading = m_splitter->indexOf(m_reading);
    // A step of about five characters at this text size, never less than 40 pixels.
    const int step = std::max(40, 5 * QFontMetrics(comfortableFont(m_zoom)).averageCharWidth());
    int change = steps * step;
    // Taken from (or given to) the shown panes beside it, the questions first, then the topics.
    for (int pane : {m_splitter->indexOf(m_questions), m_splitter->indexOf(m_topics)}) {
        QWidget *widget = m_splitter->widget(pane);
        if (widget->isHidden() || change == 0)
            continue;
        const int moved =
            change > 0 ? std::min(change, std::max(0, sizes[pane] - leastWidth(widget)))
                       : std::max(change, -std::max(0, sizes[reading] - leastWidth(m_reading)));
        sizes[pane] -= moved;
        sizes[reading] += moved;
        change -= moved;
    }
    const int before = m_reading->width();
    m_splitter->setSizes(sizes);
    if (m_reading->width() == before && change != 0)
        Q_EMIT message(steps > 0 ? tr("The reading pane is as wide as it can be.")
                                 : tr("The reading pane is as narrow as it can be."));
    else
        Q_EMIT message(QString()); // an earlier "as far as it can be" no longer holds
}

void ColumnFitter::keepWhole()
{
    QList<int> sizes = m_splitter->sizes();
    const int reading = m_splitter->indexOf(m_reading);
    bool changed = false;
    // A column dragged narrower than its least gets the difference back from the reading
    // pane, or gives it the difference, as far as the other keeps its own least.
    for (QWidget *pane : {m_questions, m_topics}) {
        const int index = m_splitter->indexOf(pane);
        if (pane->isHidden())
            continue;
        const int missing = leastWidth(pane) - sizes[index];
        const int spare = sizes[reading] - leastWidth(m_reading);
        if (missing > 0 && spare > 0) {
            const int moved = std::min(missing, spare);
            sizes[index] += moved;
            sizes[reading] -= moved;
            changed = true;
        }
        const int readingMissing = leastWidth(m_reading) - sizes[reading];
        const int paneSpare = sizes[index] - leastWidth(pane);
        if (readingMissing > 0 && paneSpare > 0) {
            const int moved = std::min(readingMissing, paneSpare);
            sizes[index] -= moved;
            sizes[reading] += moved;
            changed = true;
        }
    }
    if (changed)
        m_splitter->setSizes(sizes);
}

void ColumnFitter::moveFocus(int step)
{
    const QWidget *focus = QApplication::focusWidget();
    const std::array<QWidget *, 3> areas{m_topics, m_reading, m_questions};
    int current = step > 0 ? -1 : 0;
    for (int i = 0; i < 3; ++i) {
        if (focus && areas.at(i)->isAncestorOf(focus))
            current = i;
    }
    if (onePaneAtATime()) {
        // One at a time: the next of the three, shown, whichever is showing now.
        current = m_area;
    }
    int next = (current + step + 3) % 3;
    if (onePaneAtATime())
        showArea(Area(next));
    // A hidden area is passed over (the reading pane is always there).
    while (areas.at(next)->isHidden())
        next = (next + step + 3) % 3;
    if (m_focusers.at(next))
        m_focusers.at(next)();
}

int ColumnFitter::leastWidth(const QWidget *pane) const
{
    const int least = std::max(pane->minimumWidth(), pane->minimumSizeHint().width());
    const int character = QFontMetrics(comfortableFont(m_zoom)).averageCharWidth();
    // The reading pane: lines of at least 25 characters of the text at this size.
    if (pane == m_reading)
        return std::max(least, 25 * character);
    // The questions: a column of at least 22 characters (their buttons and fields fit it at
    // every size; a long notice wraps), so that they are never cut at the side nor scroll
    // sideways.
    if (pane == m_questions)
        return std::max(least,
                        22 * character + pane->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    return least;
}

void ColumnFitter::fitOnePane()
{
    const std::array<QWidget *, 3> areas{m_topics, m_reading, m_questions};
    QWidget *focus = QApplication::focusWidget();
    bool hadFocus = false;
    for (int i = 0; i < 3; ++i) {
        if (i != m_area && areas.at(i)->isAncestorOf(focus))
            hadFocus = true;
    }
    const bool entering = !m_wasOnePane;
    m_wasOnePane = true;
    Q_EMIT shown(m_area == TopicsArea, m_area == QuestionsArea);
    for (int i = 0; i < 3; ++i)
        areas.at(i)->setVisible(i == m_area);
    if (m_paneBar) {
        const QSignalBlocker quiet(m_paneBar);
        m_paneBar->setCurrentIndex(m_area);
        m_paneBar->show();
    }
    // The focus goes into the part now shown, not to a hidden one.
    if (hadFocus && m_focusers.at(m_area))
        m_focusers.at(m_area)();
    if (!entering)
        return;
    const QString said = tr("One part of the window at a time at this text size: F6 goes to "
                            "the next (Topics, Reading, My Questions).");
    if (m_zoomChanging)
        m_zoomMessage = said;
    else if (m_window->isVisible())
        Q_EMIT message(said);
}

void ColumnFitter::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    if (onePaneAtATime()) {
        fitOnePane();
        m_fitting = false;
        return;
    }
    if (m_wasOnePane) {
        // Back to columns: the reading, with whatever the person wants beside it.
        m_wasOnePane = false;
        m_area = ReadingArea;
        m_reading->show();
        if (m_paneBar)
            m_paneBar->hide();
        m_topicsPutAway = m_questionsPutAway = false;
    }
    // The width there is for the columns: the window's (set before it first shows, when the
    // splitter is not laid out yet). The window never has to grow past it, nor past its screen.
    const int room = m_window->width();
    const int readingWidth = leastWidth(m_reading);
    const int questionsWidth = leastWidth(m_questions);
    const auto needed = [&](bool withTopics, bool withQuestions) {
        int width = readingWidth;
        if (withTopics)
            width += leastWidth(m_topics) + m_splitter->handleWidth();
        if (withQuestions)
            width += questionsWidth + m_splitter->handleWidth();
        return width;
    };
    bool topics = m_wantTopics;
    bool questions = m_wantQuestions;
    // The topics go first, the questions next; the one the person brought back goes last.
    for (int pane : m_keepPane == Topics ? std::array{1, 0} : std::array{0, 1}) {
        if (needed(topics, questions) <= room)
            break;
        (pane == Topics ? topics : questions) = false;
    }
    const bool topicsGone = m_wantTopics && !topics && !m_topicsPutAway;
    const bool questionsGone = m_wantQuestions && !questions && !m_questionsPutAway;
    const bool cameBack = (m_topicsPutAway && topics) || (m_questionsPutAway && questions);
    m_topicsPutAway = m_wantTopics && !topics;
    m_questionsPutAway = m_wantQuestions && !questions;
    // With room again for everything the person wants, nothing is kept ahead of the rest.
    if (!m_topicsPutAway && !m_questionsPutAway)
        m_keepPane = -1;
    Q_EMIT shown(topics, questions);
    const bool hadFocus = m_topics->isAncestorOf(QApplication::focusWidget()) ||
                          m_questions->isAncestorOf(QApplication::focusWidget());
    m_topics->setVisible(topics);
    m_questions->setVisible(questions);
    if (hadFocus && !QApplication::focusWidget())
        Q_EMIT focusLost();
    QString said;
    if (topicsGone && questionsGone)
        said = tr("The topics and your questions are put away to make room: View > Panes > Show "
                  "Topics and Show My Questions bring them back.");
    else if (topicsGone)
        said = tr("The topics are put away to make room: View > Panes > Show Topics brings them "
                  "back.");
    else if (questionsGone)
        said = tr("Your questions are put away to make room: View > Panes > Show My Questions "
                  "brings them back.");
    else if (cameBack)
        said = tr("There is room again: the parts put away are back.");
    // Nothing is said before the window shows; after a change of text size, it is said with
    // the new size (one message, not two that replace each other).
    if (m_zoomChanging)
        m_zoomMessage = said;
    else if (!said.isEmpty() && m_window->isVisible())
        Q_EMIT message(said);
    // The columns that show keep their least widths at this size, whatever the splitter held
    // (a remembered layout, or one set at a smaller size).
    if (m_window->isVisible())
        keepWhole();
    m_fitting = false;
}

} // namespace nextsteps
