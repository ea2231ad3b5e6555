#include "ui/reading/TopicSidebar.h"

#include "core/guide/Guide.h"
#include "ui/widgets/Placeholder.h"
#include "ui/widgets/UiFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {
constexpr int TopicIdRole = Qt::UserRole + 1;
constexpr int HighlightRole = Qt::UserRole + 2;
constexpr int HtmlRole = Qt::UserRole + 3;

// A search result: the topic's name, then the words around the match with the matched words in
// bold. The display text stays plain for screen readers.
class SearchResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QString html = index.data(HtmlRole).toString();
        if (html.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        QTextDocument document;
        prepare(&document, html, opt, textRect.width());
        QAbstractTextDocumentLayout::PaintContext context;
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        context.palette.setColor(
            QPalette::Text,
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        painter->translate(textRect.topLeft());
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString html = index.data(HtmlRole).toString();
        if (html.isEmpty())
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget);
        const int width = view ? view->viewport()->width() - 8 : 200;
        QTextDocument document;
        prepare(&document, html, opt, width);
        return {width, int(std::ceil(document.size().height())) + 4};
    }

private:
    static void prepare(QTextDocument *document, const QString &html,
                        const QStyleOptionViewItem &option, int width)
    {
        document->setDefaultFont(option.font);
        document->setDocumentMargin(2);
        document->setHtml(html);
        document->setTextWidth(width);
    }
};
} // namespace

TopicSidebar::TopicSidebar(const Guide &guide, QWidget *parent)
    : QWidget(parent), m_guide(guide), m_searcher(guide)
{
    setObjectName(u"topicSidebar"_s);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"topicSearch"_s);
    m_search->setClearButtonEnabled(true);

    m_resultsLabel = new QLabel(this);
    m_resultsLabel->setWordWrap(true);
    m_resultsLabel->setObjectName(u"searchResultsLabel"_s);
    m_resultsLabel->hide();

    m_list = new QListWidget(this);
    m_list->setObjectName(u"topicList"_s);
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
        if (m_list->count() > 0) {
            activate(m_list->item(0));
            Q_EMIT topicChosen();
        }
    });
    // A topic opens as soon as it is chosen, by the arrow keys, Enter or a click, as in most help
    // viewers. (A search result opens on Enter or a click, so that moving through the results
    // keeps the place in the list.)
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && m_search->text().trimmed().isEmpty() && m_list->hasFocus())
            activate(item);
    });
    for (auto chosen : {&QListWidget::itemActivated, &QListWidget::itemClicked}) {
        connect(m_list, chosen, this, [this](QListWidgetItem *item) {
            activate(item);
            if (item)
                Q_EMIT topicChosen();
        });
    }
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_search->installEventFilter(this);
    retranslateUi();
    showTopics();
}

void TopicSidebar::retranslateUi()
{
    setPlaceholder(m_search, tr("Search the guide"), tr("Search"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setAccessibleDescription(
        tr("Type a word to find every topic that mentions it. Press Down to go to the results."));
    m_list->setAccessibleName(tr("Topics"));
    m_list->setAccessibleDescription(tr("Use the arrow keys to move, and Enter to open a topic."));
}

void TopicSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TopicSidebar::reloadGuide()
{
    // A new index for the new words; the same search, if one is typed, in the new guide.
    m_searcher = GuideSearch(m_guide);
    const QString query = m_search->text().trimmed();
    if (query.isEmpty())
        showTopics();
    else
        showResults(query);
    setZoom(m_zoom);
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
    QList<SearchHit> hits = m_searcher.find(query);
    // Nothing for what was typed: one or two letters off a word of the guide is most likely what
    // was meant ("hospise").
    const QString meant = hits.isEmpty() ? m_searcher.correction(query) : QString();
    if (!meant.isEmpty())
        hits = m_searcher.find(meant);
    m_list->clear();
    for (const SearchHit &hit : hits) {
        const Topic &topic = m_guide.topics().at(hit.topicIndex);
        auto *item = new QListWidgetItem(topic.shortTitle + u'\n' + hit.snippet, m_list);
        item->setData(TopicIdRole, topic.id);
        item->setData(HighlightRole, hit.terms.join(u'\n'));
        item->setData(HtmlRole, QString(u"<b>"_s + topic.shortTitle.toHtmlEscaped() +
                                        u"</b><br>"_s + hit.snippetHtml));
        item->setData(Qt::AccessibleTextRole, QString(topic.title + u": "_s + hit.snippet));
    }
    if (!meant.isEmpty())
        m_resultsLabel->setText(
            tr("Nothing found for “%1”. Did you mean “%2”? Showing %n topic(s) for “%2”.", nullptr,
               int(hits.size()))
                .arg(query, meant));
    else
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
    if (!m_search->text().trimmed().isEmpty())
        return;
    // The current topic is the selected row. It is not set in bold: a bolder name can wrap onto
    // another line and push the rows below it away from under the pointer.
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(TopicIdRole).toString() == topicId && m_list->currentItem() != item) {
            const QSignalBlocker blocker(m_list); // showing a topic is not choosing it again
            m_list->setCurrentItem(item);
        }
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
    m_zoom = percent;
    // Topic names a little larger than the system font: they are what people scan first.
    setFont(comfortableFont(percent));
    setCurrentTopic(m_current);
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
