#include "TopicSidebar.h"

#include "Guide.h"
#include "UiFonts.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {
constexpr int TopicIdRole = Qt::UserRole + 1;
constexpr int HighlightRole = Qt::UserRole + 2;
} // namespace

TopicSidebar::TopicSidebar(const Guide &guide, QWidget *parent)
    : QWidget(parent), m_guide(guide), m_searcher(guide)
{
    setObjectName(u"topicSidebar"_s);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"topicSearch"_s);
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setAccessibleDescription(
        tr("Type a word to find every topic that mentions it. Press Down to go to the results."));

    m_resultsLabel = new QLabel(this);
    m_resultsLabel->setWordWrap(true);
    m_resultsLabel->setObjectName(u"searchResultsLabel"_s);
    m_resultsLabel->hide();

    m_list = new QListWidget(this);
    m_list->setObjectName(u"topicList"_s);
    m_list->setAccessibleName(tr("Topics"));
    m_list->setAccessibleDescription(tr("Use the arrow keys to move, and Enter to open a topic."));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_resultsLabel);
    layout->addWidget(m_list, 1);
    setMinimumWidth(MinimumWidth);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            showTopics();
        else
            showResults(text.trimmed());
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_list->count() > 0)
            activate(m_list->item(0));
    });
    // Enter (and a click) opens; the arrow keys only move.
    connect(m_list, &QListWidget::itemActivated, this, &TopicSidebar::activate);
    connect(m_list, &QListWidget::itemClicked, this, &TopicSidebar::activate);
    m_search->installEventFilter(this);
    showTopics();
}

void TopicSidebar::showTopics()
{
    m_resultsLabel->hide();
    m_list->clear();
    for (const Topic &topic : m_guide.topics()) {
        auto *item = new QListWidgetItem(topic.shortTitle, m_list);
        item->setData(TopicIdRole, topic.id);
        item->setToolTip(topic.title);
        item->setData(Qt::AccessibleTextRole, topic.title);
    }
    setCurrentTopic(m_current);
}

void TopicSidebar::showResults(const QString &query)
{
    const QList<SearchHit> hits = m_searcher.find(query);
    m_list->clear();
    for (const SearchHit &hit : hits) {
        const Topic &topic = m_guide.topics().at(hit.topicIndex);
        auto *item = new QListWidgetItem(topic.shortTitle + u'\n' + hit.snippet, m_list);
        item->setData(TopicIdRole, topic.id);
        item->setData(HighlightRole, query);
        item->setData(Qt::AccessibleTextRole, QString(topic.title + u": "_s + hit.snippet));
    }
    m_resultsLabel->setText(hits.isEmpty()
                                ? tr("Nothing found for “%1”. Try another word.").arg(query)
                                : tr("%n topic(s) found", nullptr, int(hits.size())));
    m_resultsLabel->setAccessibleName(m_resultsLabel->text());
    m_resultsLabel->show();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void TopicSidebar::activate(QListWidgetItem *item)
{
    if (!item)
        return;
    Q_EMIT topicActivated(item->data(TopicIdRole).toString(), item->data(HighlightRole).toString());
}

void TopicSidebar::setCurrentTopic(const QString &topicId)
{
    m_current = topicId;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool current = item->data(TopicIdRole).toString() == topicId;
        QFont font = item->font();
        font.setBold(current);
        item->setFont(font);
        if (current && m_search->text().trimmed().isEmpty())
            m_list->setCurrentItem(item);
    }
}

bool TopicSidebar::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box goes to the results, as in most search fields.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_list->count() > 0) {
        m_list->setFocus(Qt::TabFocusReason);
        if (!m_list->currentItem())
            m_list->setCurrentRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TopicSidebar::setZoom(int percent)
{
    // Topic names a little larger than the system font: they are what people scan first.
    setFont(comfortableFont(percent));
    setCurrentTopic(m_current); // keeps the bold current topic in the new size
    // A topic name wraps between words, never inside one: the sidebar is always wide enough
    // for the longest word, in bold, at this size.
    const QFontMetrics bold(comfortableFont(percent, true));
    int widest = 0;
    for (const Topic &topic : m_guide.topics()) {
        for (const QString &word : topic.shortTitle.split(u' ', Qt::SkipEmptyParts))
            widest = std::max(widest, bold.horizontalAdvance(word));
    }
    setMinimumWidth(std::max(MinimumWidth, widest + listChromeWidth()));
}

int TopicSidebar::listChromeWidth() const
{
    const QMargins margins = layout()->contentsMargins();
    return margins.left() + margins.right() + 2 * m_list->frameWidth() +
           m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list) +
           2 * m_list->spacing() +
           // what Qt's styles leave on each side of an item's text
           2 * (m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 1);
}

void TopicSidebar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TopicSidebar::focusList()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
}

} // namespace nextsteps
