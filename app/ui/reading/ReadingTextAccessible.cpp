#include "ui/reading/ReadingTextAccessible.h"

#include "ui/reading/GuideBrowser.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

// One heading or link of the page. It lives as long as its page is shown; the reading text's
// interface makes it and drops it.
class PartAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    PartAccessible(ReadingTextAccessible *page, int index, const ReadingTextAccessible::Part &part)
        : m_page(page), m_index(index), m_part(part),
          m_document(page->browser() ? page->browser()->document() : nullptr)
    {}

    // Until the page changes.
    bool isValid() const override
    {
        return m_document && m_page->browser() && m_page->browser()->document() == m_document;
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_page->window(); }
    QAccessibleInterface *parent() const override { return m_page; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessible::Role role() const override { return m_part.role; }
    QRect rect() const override
    {
        return isValid() ? m_page->rectOf(m_part.start, m_part.end) : QRect();
    }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        GuideBrowser *browser = m_page->browser();
        const QString words = m_page->text(m_part.start, m_part.end).simplified();
        switch (t) {
        case QAccessible::Name:
            return words;
        case QAccessible::Description:
            if (m_part.role == QAccessible::Link)
                return browser->describeLink(QUrl(m_part.href), words);
            return GuideBrowser::tr("Heading level %1").arg(m_part.headingLevel);
        case QAccessible::Value:
            return m_part.role == QAccessible::Link &&
                           QUrl(m_part.href).scheme().startsWith(u"http")
                       ? m_part.href
                       : QString();
        default:
            return {};
        }
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        GuideBrowser *browser = m_page->browser();
        state.readOnly = true;
        const QRect shown(browser->viewport()->mapToGlobal(QPoint(0, 0)),
                          browser->viewport()->size());
        if (!shown.intersects(rect()))
            state.offscreen = true;
        if (m_part.role == QAccessible::Link) {
            state.focusable = true;
            state.linked = true;
            state.traversed = false;
            if (m_page->focusedPart() == m_index)
                state.focused = true;
        }
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ActionInterface && m_part.role == QAccessible::Link)
            return static_cast<QAccessibleActionInterface *>(this);
        return nullptr;
    }

    // A link can be followed, and the keyboard put on it.
    QStringList actionNames() const override
    {
        return {QAccessibleActionInterface::pressAction(),
                QAccessibleActionInterface::setFocusAction()};
    }

    void doAction(const QString &actionName) override
    {
        if (!isValid())
            return;
        GuideBrowser *browser = m_page->browser();
        if (actionName == QAccessibleActionInterface::setFocusAction() ||
            actionName == QAccessibleActionInterface::pressAction()) {
            QTextCursor cursor(browser->document());
            cursor.setPosition(m_part.start);
            cursor.setPosition(m_part.end, QTextCursor::KeepAnchor);
            browser->setTextCursor(cursor);
            browser->setFocus(Qt::OtherFocusReason);
        }
        if (actionName == QAccessibleActionInterface::pressAction())
            browser->followLink(QUrl(m_part.href));
    }

    QStringList keyBindingsForAction(const QString &actionName) const override
    {
        if (actionName == QAccessibleActionInterface::pressAction())
            return {u"Return"_s};
        return {};
    }

private:
    ReadingTextAccessible *m_page;
    int m_index;
    ReadingTextAccessible::Part m_part;
    QPointer<QTextDocument> m_document;
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == "nextsteps::GuideBrowser"_L1) {
        if (auto *browser = qobject_cast<GuideBrowser *>(object))
            return new ReadingTextAccessible(browser);
    }
    return nullptr;
}

} // namespace

ReadingTextAccessible::ReadingTextAccessible(GuideBrowser *browser)
    : QAccessibleWidget(browser, QAccessible::Document)
{}

ReadingTextAccessible::~ReadingTextAccessible()
{
    dropParts();
}

void ReadingTextAccessible::install()
{
    static bool installed = false;
    if (!installed) {
        installed = true;
        QAccessible::installFactory(factory);
    }
}

GuideBrowser *ReadingTextAccessible::browser() const
{
    return qobject_cast<GuideBrowser *>(object());
}

QList<ReadingTextAccessible::Part> ReadingTextAccessible::parts() const
{
    refresh();
    return m_parts;
}

void ReadingTextAccessible::dropParts() const
{
    for (QAccessibleInterface *part : std::as_const(m_partInterfaces)) {
        if (part)
            QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(part));
    }
    m_partInterfaces.clear();
    m_parts.clear();
}

void ReadingTextAccessible::refresh() const
{
    GuideBrowser *view = browser();
    QTextDocument *document = view ? view->document() : nullptr;
    if (document == m_document && (document || m_parts.isEmpty()))
        return;
    // A new page (each page is a document of its own).
    dropParts();
    m_document = document;
    if (!document)
        return;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level > 0 && !block.text().trimmed().isEmpty()) {
            m_parts.append({QAccessible::Heading, block.position(),
                            block.position() + block.length() - 1, QString(), level});
        }
        // A link is the run of fragments that share one address.
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isAnchor())
                continue;
            const QString href = fragment.charFormat().anchorHref();
            if (href.isEmpty())
                continue;
            const int start = fragment.position();
            const int end = start + fragment.length();
            if (!m_parts.isEmpty() && m_parts.constLast().role == QAccessible::Link &&
                m_parts.constLast().href == href && m_parts.constLast().end == start) {
                m_parts.last().end = end;
            } else {
                m_parts.append({QAccessible::Link, start, end, href});
            }
        }
    }
    m_partInterfaces.resize(m_parts.size(), nullptr);
}

void *ReadingTextAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::Role ReadingTextAccessible::role() const
{
    return QAccessible::Document;
}

QAccessible::State ReadingTextAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.readOnly = true;
    state.multiLine = true;
    state.selectableText = true;
    return state;
}

QString ReadingTextAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return text(0, characterCount());
    return QAccessibleWidget::text(t);
}

int ReadingTextAccessible::childCount() const
{
    refresh();
    return int(m_parts.size()) + QAccessibleWidget::childCount();
}

QAccessibleInterface *ReadingTextAccessible::child(int index) const
{
    refresh();
    if (index < 0)
        return nullptr;
    if (index >= m_parts.size())
        return QAccessibleWidget::child(index - int(m_parts.size()));
    QAccessibleInterface *&part = m_partInterfaces[index];
    if (!part) {
        part =
            new PartAccessible(const_cast<ReadingTextAccessible *>(this), index, m_parts.at(index));
        QAccessible::registerAccessibleInterface(part);
    }
    return part;
}

int ReadingTextAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    refresh();
    const auto at = m_partInterfaces.indexOf(const_cast<QAccessibleInterface *>(child));
    if (at >= 0)
        return int(at);
    const int widget = QAccessibleWidget::indexOfChild(child);
    return widget >= 0 ? widget + int(m_parts.size()) : -1;
}

int ReadingTextAccessible::focusedPart() const
{
    GuideBrowser *view = browser();
    if (!view || !view->hasFocus() || !view->textCursor().hasSelection())
        return -1;
    refresh();
    const QTextCursor cursor = view->textCursor();
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        const Part &part = m_parts.at(i);
        if (part.role == QAccessible::Link && part.start == cursor.selectionStart() &&
            part.end == cursor.selectionEnd())
            return int(i);
    }
    return -1;
}

QAccessibleInterface *ReadingTextAccessible::focusChild() const
{
    const int part = focusedPart();
    return part >= 0 ? child(part) : nullptr;
}

QAccessibleInterface *ReadingTextAccessible::childAt(int x, int y) const
{
    refresh();
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).role == QAccessible::Link &&
            rectOf(m_parts.at(i).start, m_parts.at(i).end).contains(x, y))
            return child(i);
    }
    return QAccessibleWidget::childAt(x, y);
}

QRect ReadingTextAccessible::rectOf(int start, int end) const
{
    GuideBrowser *view = browser();
    if (!view)
        return {};
    QTextCursor cursor(view->document());
    cursor.setPosition(std::clamp(start, 0, characterCount()));
    const QRect first = view->cursorRect(cursor);
    cursor.setPosition(std::clamp(end, 0, characterCount()));
    const QRect last = view->cursorRect(cursor);
    QRect area = first.united(last);
    if (last.top() > first.top()) // over more than one line: the lines' whole width
        area = QRect(0, first.top(), view->viewport()->width(), last.bottom() - first.top() + 1);
    return QRect(view->viewport()->mapToGlobal(area.topLeft()), area.size());
}

// The text interface: offsets are positions in the page, one character each.

void ReadingTextAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    GuideBrowser *view = browser();
    if (selectionIndex != 0 || !view || !view->textCursor().hasSelection())
        return;
    *startOffset = view->textCursor().selectionStart();
    *endOffset = view->textCursor().selectionEnd();
}

int ReadingTextAccessible::selectionCount() const
{
    GuideBrowser *view = browser();
    return view && view->textCursor().hasSelection() ? 1 : 0;
}

void ReadingTextAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void ReadingTextAccessible::removeSelection(int selectionIndex)
{
    GuideBrowser *view = browser();
    if (selectionIndex != 0 || !view)
        return;
    QTextCursor cursor = view->textCursor();
    cursor.clearSelection();
    view->setTextCursor(cursor);
}

void ReadingTextAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    GuideBrowser *view = browser();
    if (selectionIndex != 0 || !view)
        return;
    QTextCursor cursor(view->document());
    cursor.setPosition(std::clamp(startOffset, 0, characterCount()));
    cursor.setPosition(std::clamp(endOffset, 0, characterCount()), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
}

int ReadingTextAccessible::cursorPosition() const
{
    GuideBrowser *view = browser();
    return view ? view->textCursor().position() : 0;
}

void ReadingTextAccessible::setCursorPosition(int position)
{
    GuideBrowser *view = browser();
    if (!view)
        return;
    QTextCursor cursor(view->document());
    cursor.setPosition(std::clamp(position, 0, characterCount()));
    view->setTextCursor(cursor);
}

QString ReadingTextAccessible::text(int startOffset, int endOffset) const
{
    GuideBrowser *view = browser();
    if (!view || endOffset <= startOffset)
        return {};
    QTextCursor cursor(view->document());
    cursor.setPosition(std::clamp(startOffset, 0, characterCount()));
    cursor.setPosition(std::clamp(endOffset, 0, characterCount()), QTextCursor::KeepAnchor);
    // Paragraph and line separators as new lines: one character each, so offsets still match.
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

int ReadingTextAccessible::characterCount() const
{
    GuideBrowser *view = browser();
    // Without the document's own last paragraph mark.
    return view ? std::max(0, view->document()->characterCount() - 1) : 0;
}

QRect ReadingTextAccessible::characterRect(int offset) const
{
    GuideBrowser *view = browser();
    if (!view || offset < 0 || offset >= characterCount())
        return {};
    QTextCursor cursor(view->document());
    cursor.setPosition(offset);
    QRect rect = view->cursorRect(cursor);
    cursor.setPosition(offset + 1);
    const QRect next = view->cursorRect(cursor);
    if (next.top() == rect.top() && next.left() > rect.left())
        rect.setRight(next.left() - 1);
    return QRect(view->viewport()->mapToGlobal(rect.topLeft()), rect.size());
}

int ReadingTextAccessible::offsetAtPoint(const QPoint &point) const
{
    GuideBrowser *view = browser();
    if (!view)
        return -1;
    const QPoint local = view->viewport()->mapFromGlobal(point);
    if (!view->viewport()->rect().contains(local))
        return -1;
    return view->cursorForPosition(local).position();
}

void ReadingTextAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    GuideBrowser *view = browser();
    if (!view)
        return;
    // Brought into view without moving the person's cursor.
    QTextCursor cursor(view->document());
    cursor.setPosition(std::clamp(endIndex, 0, characterCount()));
    const QRect end = view->cursorRect(cursor);
    cursor.setPosition(std::clamp(startIndex, 0, characterCount()));
    const QRect start = view->cursorRect(cursor);
    QScrollBar *bar = view->verticalScrollBar();
    if (start.top() < 0 || end.bottom() > view->viewport()->height())
        bar->setValue(bar->value() + start.top() - view->viewport()->height() / 4);
}

QString ReadingTextAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    // No text attributes are told: the same (none) for the whole page.
    Q_UNUSED(offset);
    *startOffset = 0;
    *endOffset = characterCount();
    return {};
}

} // namespace nextsteps
