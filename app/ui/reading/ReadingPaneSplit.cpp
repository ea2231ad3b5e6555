#include "ui/reading/ReadingPane.h"

#include "core/guide/Guide.h"
#include "ui/reading/GuideBrowser.h"
#include "ui/reading/SuggestedQuestionsView.h"

#include <QAction>
#include <QSplitter>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The reading pane's height: the split between the topic's text (with the rows around it) and
// its suggested questions, which are one line until opened.
namespace nextsteps {

void ReadingPane::showSuggestions(bool open)
{
    const bool was = m_suggestionsOpen;
    m_suggestionsOpen = open;
    updateSuggestionsToggle();
    if (!open || was)
        return;
    // Opened: a third of the height for the questions (the text keeps its few lines).
    const int total = m_splitter->sizes().value(0) + m_splitter->sizes().value(1);
    if (total > 0)
        m_splitter->setSizes({total - total / 3, total / 3});
}

void ReadingPane::updateSuggestionsToggle()
{
    const Topic *topic = m_guide.topic(m_current);
    const int count = topic ? int(topic->questions.size()) : 0;
    m_suggestionsToggle->setVisible(count > 0);
    m_suggestionsToggle->setChecked(m_suggestionsOpen);
    if (m_showSuggestions) {
        m_showSuggestions->setChecked(m_suggestionsOpen);
        m_showSuggestions->setEnabled(count > 0);
    }
    // The arrow in the text, as large as the words (an arrow icon stays small).
    const QString arrow = m_suggestionsOpen ? u"▾ "_s : u"▸ "_s;
    QString name = tr("%n question(s) you might ask", nullptr, count);
    const QString shorter = tr("%n question(s) to ask", nullptr, count);
    // Shorter where the row has not the room for the whole (large text, a narrow pane); never
    // narrower than the shorter words, and never making the pane wider than that.
    const QFontMetrics metrics = m_suggestionsToggle->fontMetrics();
    const int padding = m_suggestionsToggle->sizeHint().width() -
                        metrics.horizontalAdvance(m_suggestionsToggle->text());
    m_suggestionsToggle->setMinimumWidth(metrics.horizontalAdvance(arrow + shorter) + padding);
    const int room = m_toolsRow->contentsRect().width() - 16;
    if (room > 0 && metrics.horizontalAdvance(arrow + name) + padding > room)
        name = shorter;
    m_suggestionsToggle->setText(arrow + name);
    m_suggestionsToggle->setToolTip(m_suggestionsOpen
                                        ? tr("Hide the questions you might ask, below the text")
                                        : tr("Show the questions you might ask, below the text"));
    m_suggestionsToggle->setAccessibleName(name);
    m_suggestionsToggle->setAccessibleDescription(m_suggestionsToggle->toolTip());
    m_suggestions->setVisible(count > 0 && m_suggestionsOpen);
}

void ReadingPane::updateTextAreaMinimum()
{
    const int width = m_textArea->width();
    int least = m_browser->minimumSizeHint().height();
    for (QWidget *row : rowsAroundText()) {
        if (row->isVisibleTo(m_textArea))
            least += row->hasHeightForWidth() ? row->heightForWidth(width)
                                              : row->minimumSizeHint().height();
    }
    if (m_textArea->minimumHeight() != least)
        m_textArea->setMinimumHeight(least);
}

bool ReadingPane::resizeText(int steps)
{
    QList<int> sizes = m_splitter->sizes();
    const int step = 3 * m_browser->fontMetrics().lineSpacing();
    const auto least = [](QWidget *widget) {
        return std::max(widget->minimumHeight(), widget->minimumSizeHint().height());
    };
    // Taken from one side, down to the least it can have, and given to the other.
    const int from = steps > 0 ? 1 : 0;
    const int moved = std::min(std::abs(steps) * step,
                               std::max(0, sizes[from] - least(m_splitter->widget(from))));
    if (moved == 0)
        return false;
    sizes[from] -= moved;
    sizes[1 - from] += moved;
    m_personSized = true;
    m_splitter->setSizes(sizes);
    return true;
}

void ReadingPane::keepTextReadable()
{
    if (m_personSized)
        return;
    const int line = m_browser->fontMetrics().lineSpacing();
    const int wanted = 5 * line + 2 * m_browser->frameWidth();
    const int missing = wanted - m_browser->height();
    if (missing <= 0 || !m_suggestions->isVisible())
        return;
    // The suggestions keep room for their heading and a question.
    const int least = std::max(m_suggestions->minimumSizeHint().height(), 2 * line);
    QList<int> sizes = m_splitter->sizes();
    const int given = std::min(missing, sizes.at(1) - least);
    if (given <= 0)
        return;
    sizes[0] += given;
    sizes[1] -= given;
    m_splitter->setSizes(sizes);
}

QByteArray ReadingPane::saveState() const
{
    return m_splitter->saveState();
}

bool ReadingPane::restoreState(const QByteArray &state)
{
    return m_splitter->restoreState(state);
}

} // namespace nextsteps
