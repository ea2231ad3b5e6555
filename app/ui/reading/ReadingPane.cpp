#include "ui/reading/ReadingPane.h"

#include "core/guide/Guide.h"
#include "ui/reading/FindBar.h"
#include "ui/reading/GuideBrowser.h"
#include "ui/reading/SuggestedQuestionsView.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/MenuFit.h"
#include "ui/widgets/Shortcuts.h"
#include "ui/widgets/UiFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

ReadingPane::ReadingPane(const Guide &guide, QuestionSink *sink, QWidget *parent)
    : QWidget(parent), m_guide(guide)
{
    setObjectName(u"readingPane"_s);
    m_browser = new GuideBrowser(guide, this);
    m_findBar = new FindBar(m_browser, this);
    m_suggestions = new SuggestedQuestionsView(sink, this);

    // Back and Forward on screen (not only as keys), then the Listen bar: one row while they fit,
    // more lines at large text sizes.
    auto *toolsRow = m_toolsRow = new QWidget(this);
    toolsRow->setObjectName(u"toolsRow"_s);
    auto *tools = new FlowLayout(toolsRow);
    tools->setContentsMargins(4, 2, 4, 2);
    const auto historyButton = [toolsRow, tools](QAction *action, const QString &name) {
        auto *button = new QToolButton(toolsRow);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::TabFocus);
        tools->addWidget(button);
    };

    auto *top = m_textArea = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(toolsRow);
    topLayout->addWidget(m_browser, 1);
    topLayout->addWidget(m_findBar);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"readingSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_suggestions);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({520, 220});
    m_browser->installEventFilter(this);
    m_textArea->installEventFilter(this);
    m_findBar->installEventFilter(this);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_personSized = true; });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setMinimumWidth(340);

    // Texts are set in retranslateUi(), again when the language changes.
    m_find = addPanelAction(this, u"find"_s, QString(), QKeySequence::Find);
    m_findNext = addPanelAction(this, u"findNext"_s, QString(), QKeySequence::FindNext);
    m_findPrevious = addPanelAction(this, u"findPrevious"_s, QString(), QKeySequence::FindPrevious);
    m_back = addPanelAction(this, u"back"_s, QString(),
                            keysWith(QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)));
    m_forward =
        addPanelAction(this, u"forward"_s, QString(),
                       keysWith(QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right)));
    // The suggested questions from the menu too (View): the line above the text is reached by
    // Tab only before the text, not back from it.
    m_showSuggestions = addPanelAction(this, u"showSuggestions"_s, QString());
    m_showSuggestions->setCheckable(true);
    connect(m_showSuggestions, &QAction::triggered, this, &ReadingPane::showSuggestions);
    m_goToHeading = addPanelAction(this, u"goToHeading"_s, QString(),
                                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)});
    connect(m_goToHeading, &QAction::triggered, this, [this] {
        // A menu: a screen reader reads it item by item, and the arrows and Enter choose.
        QMenu menu(this);
        menu.setObjectName(u"headingsMenu"_s);
        const QStringList names = headings();
        for (int i = 0; i < names.size(); ++i)
            connect(menu.addAction(names.at(i)), &QAction::triggered, this,
                    [this, i] { goToHeading(i); });
        if (names.isEmpty())
            menu.addAction(tr("This topic has no headings"))->setEnabled(false);
        menu.setTitle(tr("Headings in this topic"));
        menu.setAccessibleName(menu.title());
        // At the text size (as far as the screen has room), the first heading chosen.
        fitMenuToScreen(&menu, m_browser->font(), m_browser->font().pointSize() * 2 / 3);
        if (QAction *first = menu.actions().value(0); first && first->isEnabled())
            QTimer::singleShot(0, &menu, [&menu, first] { menu.setActiveAction(first); });
        menu.exec(m_browser->mapToGlobal(QPoint(16, 16)));
    });
    historyButton(m_back, u"backButton"_s);
    historyButton(m_forward, u"forwardButton"_s);
    // Where the Listen bar goes (setListenBar): reading aloud is a room of its own.
    m_listenSlot = new QWidget(toolsRow);
    m_listenSlot->setObjectName(u"listenSlot"_s);
    auto *slotLayout = new QHBoxLayout(m_listenSlot);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_listenSlot);
    // The suggested questions, opened and closed from the row: closed, the text has their room.
    m_suggestionsToggle = new QToolButton(toolsRow);
    m_suggestionsToggle->setObjectName(u"suggestionsToggle"_s);
    m_suggestionsToggle->setCheckable(true);
    m_suggestionsToggle->setChecked(false);
    m_suggestionsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_suggestionsToggle->setFocusPolicy(Qt::TabFocus);
    tools->addWidget(m_suggestionsToggle);
    connect(m_suggestionsToggle, &QToolButton::clicked, this, &ReadingPane::showSuggestions);

    chainTabOrder();
    retranslateUi();
    connect(m_find, &QAction::triggered, m_findBar, &FindBar::activate);
    connect(m_findNext, &QAction::triggered, m_findBar, &FindBar::findNext);
    connect(m_findPrevious, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    connect(m_back, &QAction::triggered, this, &ReadingPane::goBack);
    connect(m_forward, &QAction::triggered, this, &ReadingPane::goForward);
    connect(m_browser, &GuideBrowser::topicLinkActivated, this,
            [this](const QString &id) { showTopic(id); });
    connect(m_browser, &GuideBrowser::message, this, &ReadingPane::message);
    connect(m_browser, &GuideBrowser::appLinkActivated, this, &ReadingPane::appLinkActivated);
    connect(m_browser, &GuideBrowser::rendered, this, [this] {
        if (!m_pendingHighlight.isEmpty())
            applyHighlight();
    });
    connect(m_findBar, &FindBar::message, this, &ReadingPane::message);
    connect(m_suggestions, &SuggestedQuestionsView::message, this, &ReadingPane::message);
    updateHistoryActions();
}

QStringList ReadingPane::headings() const
{
    QStringList names;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (const int level = block.blockFormat().headingLevel(); level > 0)
            names << QString(2 * (level - 1), u' ') + block.text();
    }
    return names;
}

void ReadingPane::goToHeading(int index)
{
    int seen = 0;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0 || seen++ != index)
            continue;
        QTextCursor cursor(block);
        m_browser->setTextCursor(cursor);
        // The heading at the top of the view, not just somewhere in it.
        m_browser->verticalScrollBar()->setValue(
            int(m_browser->document()->documentLayout()->blockBoundingRect(block).top()));
        m_browser->setFocus(Qt::ShortcutFocusReason);
        Q_EMIT message(tr("Heading: %1").arg(block.text()));
        return;
    }
}

void ReadingPane::retranslateUi()
{
    m_goToHeading->setText(tr("Go to Headin&g…"));
    m_showSuggestions->setText(tr("Show the Questions You &Might Ask"));
    m_find->setText(tr("&Find in Page…"));
    m_findNext->setText(tr("Find &Next"));
    m_findPrevious->setText(tr("Find Previ&ous"));
    m_back->setText(tr("&Back"));
    m_forward->setText(tr("&Forward"));
    if (const Topic *topic = m_guide.topic(m_current))
        m_browser->setAccessibleName(tr("Topic text: %1").arg(topic->title));
    if (m_suggestionsToggle)
        updateSuggestionsToggle();
}

void ReadingPane::chainTabOrder()
{
    // Tab follows the page from top to bottom: Back and Forward, the Listen bar, the text, the
    // find bar, then the suggested questions (the text was made first, for the others to use).
    QWidget *previous = nullptr;
    const auto chain = [&previous](QWidget *within) {
        QList<QWidget *> widgets = within->findChildren<QWidget *>();
        widgets.prepend(within);
        for (QWidget *widget : std::as_const(widgets)) {
            if (!(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
                continue;
            if (previous)
                QWidget::setTabOrder(previous, widget);
            previous = widget;
        }
    };
    for (const char *name : {"backButton", "forwardButton"}) {
        if (auto *button = findChild<QToolButton *>(QString::fromLatin1(name)))
            chain(button);
    }
    chain(m_listenSlot);
    chain(m_suggestionsToggle);
    chain(m_browser);
    chain(m_findBar);
    m_suggestions->setTabAfter(previous);
}

void ReadingPane::setListenBar(QWidget *bar)
{
    m_listenSlot->layout()->addWidget(bar);
    chainTabOrder();
}

QWidget *ReadingPane::listenBarWidget() const
{
    return m_listenSlot->layout()->count() > 0 ? m_listenSlot->layout()->itemAt(0)->widget()
                                               : nullptr;
}

void ReadingPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReadingPane::reloadGuide()
{
    Q_EMIT leavingPage();
    // The same topic in the guide's new language, where it is; the history keeps its place, as
    // the ids are the same in every language.
    if (!m_guide.topic(m_current))
        m_current = m_guide.topic(u"welcome"_s) ? u"welcome"_s : QString();
    auto notInGuide = [this](const Place &place) {
        return m_guide.topic(place.topic) == nullptr;
    };
    m_backHistory.removeIf(notInGuide);
    m_forwardHistory.removeIf(notInGuide);
    if (m_current.isEmpty() && !m_guide.topics().isEmpty())
        m_current = m_guide.topics().constFirst().id;
    if (!m_current.isEmpty())
        display(m_current, {});
}

void ReadingPane::showHistoryIcons()
{
    // Drawing the arrows loads the style's images and Qt's image plug-ins: after the first paint.
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
}

QString ReadingPane::currentTitle() const
{
    const Topic *topic = m_guide.topic(m_current);
    return topic ? topic->title : tr("Next Steps");
}

QString ReadingPane::printableMarkdown() const
{
    const Topic *topic = m_guide.topic(m_current);
    return topic ? m_guide.pageMarkdown(*topic) : m_browser->markdown();
}

void ReadingPane::showTopic(const QString &topicId, const QString &highlight)
{
    if (!m_guide.topic(topicId))
        return;
    if (!m_current.isEmpty() && m_current != topicId) {
        m_backHistory.append(here());
        m_forwardHistory.clear();
    }
    display(topicId, highlight);
}

ReadingPane::Place ReadingPane::here() const
{
    return {m_current, m_browser->verticalScrollBar()->value()};
}

void ReadingPane::display(const QString &topicId, const QString &highlight, int scroll)
{
    const Topic *topic = m_guide.topic(topicId);
    Q_EMIT leavingPage(); // a new page: what was being read is gone
    m_current = topicId;
    m_browser->showMarkdown(m_guide.pageMarkdown(*topic));
    if (scroll > 0) {
        // Back to where the person was: the page is laid out to there first.
        m_browser->document()->documentLayout()->documentSize();
        m_browser->verticalScrollBar()->setValue(scroll);
    }
    m_browser->setAccessibleName(tr("Topic text: %1").arg(topic->title));
    m_suggestions->setTopic(*topic);
    updateSuggestionsToggle();
    m_pendingHighlight = highlight;
    if (!highlight.isEmpty())
        m_findBar->show();
    if (m_browser->isVisible())
        applyHighlight();
    // (otherwise applyHighlight runs when the page is laid out, once the pane shows)
    updateHistoryActions();
    Q_EMIT topicShown(topicId);
}

void ReadingPane::applyHighlight()
{
    if (!m_pendingHighlight.isEmpty())
        m_findBar->showTerms(m_pendingHighlight.split(u'\n', Qt::SkipEmptyParts));
    else
        m_findBar->refresh();
    m_pendingHighlight.clear();
}

QStringList ReadingPane::sentencesAfterPage() const
{
    QStringList sentences;
    const Topic *topic = m_guide.topic(m_current);
    if (topic && !topic->questions.isEmpty()) {
        sentences << tr("Questions you might ask.");
        for (const SuggestedQuestion &question : topic->questions)
            sentences << question.text;
    }
    return sentences;
}

void ReadingPane::showProblems(const QStringList &problems)
{
    Q_EMIT leavingPage();
    QString page = u"# "_s + tr("Part of the guide could not be loaded") + u"\n\n"_s +
                   tr("Your question list is safe. These parts of the guide have a problem:") +
                   u"\n\n"_s;
    for (const QString &problem : problems)
        page += u"- "_s + problem + u'\n';
    m_browser->showMarkdown(page);
}

void ReadingPane::goBack()
{
    if (m_backHistory.isEmpty())
        return;
    m_forwardHistory.prepend(here());
    const Place place = m_backHistory.takeLast();
    display(place.topic, {}, place.scroll);
}

void ReadingPane::goForward()
{
    if (m_forwardHistory.isEmpty())
        return;
    m_backHistory.append(here());
    const Place place = m_forwardHistory.takeFirst();
    display(place.topic, {}, place.scroll);
}

void ReadingPane::updateHistoryActions()
{
    m_back->setEnabled(!m_backHistory.isEmpty());
    m_forward->setEnabled(!m_forwardHistory.isEmpty());
}

void ReadingPane::focusText()
{
    m_browser->setFocus(Qt::ShortcutFocusReason);
}

void ReadingPane::refreshSuggestions()
{
    m_suggestions->refresh();
}

void ReadingPane::setZoom(int percent)
{
    m_personSized = false; // a new text size: the text keeps its few lines again
    m_browser->setZoom(percent);
    m_suggestions->setZoom(percent);
    // The rows around the text grow with it: Back and Forward, the Listen bar and the find bar,
    // their icons as tall as a line of their text.
    const QFont font = comfortableFont(percent);
    const int icon = std::max(16, QFontMetrics(font).height());
    for (QWidget *row : rowsAroundText()) {
        row->setFont(font);
        for (QToolButton *button : row->findChildren<QToolButton *>())
            button->setIconSize(QSize(icon, icon));
    }
    // At large sizes the rows above and below the text take fewer lines, to leave the text
    // room: Back and Forward show their arrows only (their names stay as tooltips and for
    // screen readers), and the find field says what it is inside itself.
    const bool compact = percent >= CompactZoom;
    for (const char *name : {"backButton", "forwardButton"}) {
        if (auto *button = findChild<QToolButton *>(QString::fromLatin1(name)))
            button->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly
                                               : Qt::ToolButtonTextBesideIcon);
    }
    m_findBar->setCompact(compact);
    m_findBar->refresh();
    updateSuggestionsToggle();
    updateTextAreaMinimum();
}

bool ReadingPane::eventFilter(QObject *watched, QEvent *event)
{
    // Once the layout has settled (moving the splitter resizes the text again).
    if (watched == m_browser && event->type() == QEvent::Resize && !m_keepPending) {
        m_keepPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                keepTextReadable();
                m_keepPending = false;
            },
            Qt::QueuedConnection);
    }
    // The rows above and below the text wrap on to more lines when narrow: the area keeps room
    // for them and a line or two of text (the splitter knows only a fixed least height).
    if (watched == m_textArea && event->type() == QEvent::Resize)
        updateSuggestionsToggle();
    if ((watched == m_textArea && event->type() == QEvent::Resize) ||
        (watched == m_findBar && (event->type() == QEvent::Show || event->type() == QEvent::Hide)))
        updateTextAreaMinimum();
    return QWidget::eventFilter(watched, event);
}

QList<QWidget *> ReadingPane::rowsAroundText() const
{
    return {m_toolsRow, m_findBar};
}

} // namespace nextsteps
