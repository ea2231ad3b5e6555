#include "ui/reading/GuideBrowser.h"

#include "core/guide/Guide.h"
#include "ui/reading/ReadingTextAccessible.h"
#include "ui/style/FocusRing.h"
#include "ui/widgets/UiFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QApplication>
#include <QDesktopServices>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {
constexpr int ComfortableLineLength = 70; // characters: easy to follow from line to line
constexpr int LineHeightPercent = 140;
constexpr int HeadingLineHeightPercent = 110;
} // namespace

GuideBrowser::GuideBrowser(const Guide &guide, QWidget *parent)
    : QTextBrowser(parent), m_guide(guide)
{
    setObjectName(u"readingText"_s);
    ReadingTextAccessible::install(); // headings and links as parts of their own
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Topic text"));
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::StyledPanel); // its edge, in every theme, like the other panes
    // The text always wraps to the pane: a sideways scroll bar would only get in the way.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The up-and-down scroll bar stays, so that the text keeps its width from topic to topic
    // (and a page is not laid out a second time when its scroll bar appears).
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    // The margins beside the text are the scroll area itself: paint them like the page.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    connect(this, &QTextBrowser::anchorClicked, this, &GuideBrowser::followLink);
    // The ring around a chosen link reaches past the selection Qt repaints.
    connect(this, &QTextEdit::selectionChanged, viewport(), qOverload<>(&QWidget::update));
    // Pointing at a glossary word explains it too, as choosing it does.
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            [this](const QUrl &url) {
                if (url.isEmpty())
                    return;
                const QPoint mouse = viewport()->mapFromGlobal(QCursor::pos());
                if (url.scheme() == u"glossary" && viewport()->rect().contains(mouse) &&
                    anchorAt(mouse) == url.toString()) {
                    if (const GlossaryTerm *term = m_guide.glossaryTerm(url.path()))
                        QToolTip::showText(QCursor::pos(), definitionHtml(*term), this, {}, 20000);
                }
            });
    m_definition = new QFrame(viewport());
    m_definition->setObjectName(u"definition"_s);
    m_definition->setFrameShape(QFrame::Box);
    m_definition->setLineWidth(2);
    m_definition->setAutoFillBackground(true);
    m_definition->setBackgroundRole(QPalette::ToolTipBase);
    m_definition->setForegroundRole(QPalette::ToolTipText);
    m_definitionText = new QLabel(m_definition);
    m_definitionText->setWordWrap(true);
    m_definitionText->setTextFormat(Qt::RichText);
    m_definitionText->setForegroundRole(QPalette::ToolTipText);
    m_definitionClose = new QPushButton(m_definition);
    m_definitionClose->setObjectName(u"closeDefinition"_s);
    connect(m_definitionClose, &QPushButton::clicked, this, &GuideBrowser::closeDefinition);
    auto *definitionLayout = new QVBoxLayout(m_definition);
    definitionLayout->addWidget(m_definitionText);
    definitionLayout->addWidget(m_definitionClose, 0, Qt::AlignRight);
    m_definition->hide();
    retranslate();
    setZoom(100);
}

void GuideBrowser::setZoom(int percent)
{
    m_zoom = percent;
    setFont(comfortableFont(percent));
    updateTextWidth();
    render();
}

void GuideBrowser::showMarkdown(const QString &markdown)
{
    m_markdown = markdown;
    render();
}

void GuideBrowser::render()
{
    if (m_markdown.isEmpty())
        return;
    // A hidden browser has no real width yet: laying the page out now would be done again
    // when it shows. Wait for the show (this is the first page at start-up).
    if (!isVisible()) {
        m_renderPending = true;
        return;
    }
    m_renderPending = false;
    // The page is built in a document of its own and shown when it is complete, so that it is
    // laid out once: changing the line spacing of a shown page would lay it out twice.
    auto *page = new QTextDocument(this);
    page->setDefaultFont(font());
    page->setDocumentMargin(16);
    page->setMarkdown(m_markdown, QTextDocument::MarkdownDialectGitHub);
    styleLinks(page);
    closeDefinition();
    // Generous line spacing for tired eyes; Markdown itself cannot say this.
    QTextCursor cursor(page);
    cursor.select(QTextCursor::Document);
    QTextBlockFormat spacing;
    spacing.setLineHeight(LineHeightPercent, QTextBlockFormat::ProportionalHeight);
    cursor.mergeBlockFormat(spacing);
    // Headings are large already: tighter lines keep a wrapped heading together.
    QTextBlockFormat headingSpacing;
    headingSpacing.setLineHeight(HeadingLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    // The text is large already at large sizes: headings only a step larger than it, and
    // from 250% as large as it (they are bold), so that a title does not fill the pane (at
    // 300% a page title was two lines of 100 px each, and nothing of the text showed below).
    const int largest = m_zoom >= 250 ? 0 : m_zoom >= 200 ? 1 : m_zoom >= 150 ? 2 : 3;
    for (QTextBlock block = page->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0)
            continue;
        QTextCursor heading(block);
        heading.mergeBlockFormat(headingSpacing);
        heading.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        const int size = heading.charFormat().intProperty(QTextFormat::FontSizeAdjustment);
        if (size > largest) {
            QTextCharFormat calmer;
            calmer.setProperty(QTextFormat::FontSizeAdjustment, largest);
            heading.mergeCharFormat(calmer);
        }
    }
    // With its width known before it gets a layout, the page is laid out lazily: the part in
    // view first, the rest in the background.
    page->setPageSize(QSizeF(viewport()->width(), -1));
    if (m_zoom > 150)
        keepHeadingWordsWhole(page);
    setDocument(page); // the previous page is a child of this browser: QTextEdit deletes it
    verticalScrollBar()->setValue(0);
    Q_EMIT rendered();
}

void GuideBrowser::keepHeadingWordsWhole(QTextDocument *page)
{
    // Large text in a narrow pane: a heading word wider than the pane would be split
    // ("treatm/ents"). Such a heading is made a step smaller until its words fit. Only the
    // headings are laid out for this, and only at large sizes.
    for (QTextBlock block = page->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0)
            continue;
        for (int attempt = 0; attempt < 4; ++attempt) {
            page->documentLayout()->blockBoundingRect(block); // lays the block out
            const QTextLayout *layout = block.layout();
            const QString text = block.text();
            bool split = false;
            for (int i = 1; layout && i < layout->lineCount(); ++i) {
                const int start = layout->lineAt(i).textStart();
                if (start > 0 && start <= text.size() && !text.at(start - 1).isSpace() &&
                    text.at(start - 1) != u'-')
                    split = true;
            }
            if (!split)
                break;
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat smaller;
            smaller.setProperty(QTextFormat::FontSizeAdjustment,
                                cursor.charFormat().intProperty(QTextFormat::FontSizeAdjustment) -
                                    1);
            cursor.mergeCharFormat(smaller);
        }
    }
}

void GuideBrowser::updateTextWidth()
{
    // Long lines are hard to follow: keep the text about 70 characters wide and centred. The
    // space beside it is a viewport margin, so a new width never lays the text out twice.
    const int comfortable = fontMetrics().averageCharWidth() * ComfortableLineLength;
    // A strip all round is left free for the focus ring, so no scrolled line passes under it.
    const int ring = FocusRing::Width + 1;
    const int side = std::max(ring, (width() - comfortable) / 2 - 12);
    const QMargins margins(side, ring, side, ring);
    if (viewportMargins() != margins)
        setViewportMargins(margins);
}

void GuideBrowser::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    // The link reached by Tab has a ring like every other control's (Qt's own is a thin dotted
    // box), line by line when the link wraps.
    const QTextCursor cursor = textCursor();
    if (!hasFocus() || !cursor.hasSelection())
        return;
    QTextCursor inside(document());
    inside.setPosition(cursor.selectionStart() + 1);
    if (!inside.charFormat().isAnchor())
        return;
    QList<QRect> lines;
    QTextCursor at(document());
    for (int position = cursor.selectionStart(); position <= cursor.selectionEnd(); ++position) {
        at.setPosition(position);
        const QRect caret = cursorRect(at);
        if (!lines.isEmpty() && lines.constLast().top() == caret.top())
            lines.last() = lines.constLast().united(caret);
        else
            lines << caret;
    }
    QPainter painter(viewport());
    const QColor color = FocusRing::colorFor(palette());
    const int width = FocusRing::Width - 1;
    for (const QRect &line : std::as_const(lines)) {
        if (line.width() >= 2) // not the caret alone, at the start of a wrapped line
            FocusRing::paintBand(&painter, line.adjusted(-width - 1, -width, width + 1, width),
                                 width, color);
    }
}

void GuideBrowser::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    updateTextWidth();
    if (m_renderPending)
        render();
}

void GuideBrowser::resizeEvent(QResizeEvent *event)
{
    // The place being read stays at the top when the lines wrap anew (a wider or narrower
    // pane): the first word in view before is the first in view after.
    const bool wider = event->size().width() != event->oldSize().width();
    const int reading =
        wider && verticalScrollBar()->value() > 0 ? cursorForPosition(QPoint(0, 0)).position() : -1;
    QTextBrowser::resizeEvent(event);
    updateTextWidth();
    // A narrower pane at large sizes: its headings' words must still fit.
    if (m_zoom > 150 && event->size().width() < event->oldSize().width() && !m_markdown.isEmpty())
        keepHeadingWordsWhole(document());
    if (reading >= 0) {
        // Positions are read from a finished layout: Qt lays a long page out in steps after a
        // new width, and a position read before it is done is where the text used to be.
        document()->documentLayout()->documentSize();
        QTextCursor place(document());
        place.setPosition(reading);
        verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect(place).top());
    }
}

void GuideBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Qt's Markdown import takes link colours from the palette of the moment: render again
    // when the system switches between light and dark.
    if (event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::ApplicationPaletteChange) {
        const int position = verticalScrollBar()->value();
        render();
        verticalScrollBar()->setValue(position);
    }
}

QVariant GuideBrowser::loadResource(int type, const QUrl &name)
{
    // Only what is compiled into the app: no files, no network.
    if (name.scheme() == u"qrc")
        return QTextBrowser::loadResource(type, name);
    return {};
}

QPoint GuideBrowser::popupPosition(const QUrl &url) const
{
    const QPoint mouse = viewport()->mapFromGlobal(QCursor::pos());
    if (viewport()->rect().contains(mouse) && anchorAt(mouse) == url.toString())
        return QCursor::pos();
    return viewport()->mapToGlobal(cursorRect().bottomLeft());
}

QString GuideBrowser::definitionHtml(const GlossaryTerm &term)
{
    return u"<p><b>"_s + term.term.toHtmlEscaped() + u"</b><br>"_s +
           term.definition.toHtmlEscaped() + u"</p>"_s;
}

QString GuideBrowser::describeLink(const QUrl &url, const QString &text) const
{
    const QString scheme = url.scheme();
    if (scheme == u"glossary")
        return tr("Glossary word: %1. Press Enter for its meaning.").arg(text);
    if (scheme == u"topic")
        return tr("Link to the topic %1.").arg(text);
    if (scheme == u"tel")
        return tr("Phone number: %1. Press Enter to show it.").arg(text);
    return tr("Web link: %1. It opens your web browser and leaves Next Steps.").arg(text);
}

void GuideBrowser::styleLinks(QTextDocument *page)
{
    // Links are never colour alone: all are underlined, glossary words with dots so that they
    // look different from links that go somewhere, and web links say they leave the app.
    struct Link
    {
        int start, end;
        QUrl url;
    };
    QList<Link> links; // first found, then changed: changing formats merges fragments
    for (QTextBlock block = page->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isAnchor())
                links.append({fragment.position(), fragment.position() + fragment.length(),
                              QUrl(fragment.charFormat().anchorHref())});
        }
    }
    for (const Link &link : std::as_const(links)) {
        const QString scheme = link.url.scheme();
        QTextCharFormat format;
        format.setFontUnderline(true);
        format.setUnderlineStyle(scheme == u"glossary" ? QTextCharFormat::DotLine
                                                       : QTextCharFormat::SingleUnderline);
        if (scheme == u"https" || scheme == u"http" || scheme == u"mailto")
            format.setToolTip(
                tr("Opens your web browser and leaves Next Steps: %1").arg(link.url.toString()));
        QTextCursor cursor(page);
        cursor.setPosition(link.start);
        cursor.setPosition(link.end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
}

QRect GuideBrowser::linkRect(const QUrl &url) const
{
    // Where the word is: under the pointer when it was clicked, else at the text cursor (a
    // link chosen by Tab and Enter is selected).
    const QPoint mouse = viewport()->mapFromGlobal(QCursor::pos());
    if (viewport()->rect().contains(mouse) && anchorAt(mouse) == url.toString())
        return cursorRect(cursorForPosition(mouse));
    QTextCursor start = textCursor();
    start.setPosition(textCursor().selectionStart());
    QTextCursor end = textCursor();
    end.setPosition(textCursor().selectionEnd());
    return cursorRect(start).united(cursorRect(end));
}

const GlossaryTerm *GuideBrowser::showDefinition(const QUrl &url)
{
    const GlossaryTerm *term = m_guide.glossaryTerm(url.path());
    if (!term)
        return nullptr;
    QToolTip::hideText();
    m_definitionText->setText(definitionHtml(*term));
    // Beside the word, below its line (or above it where there is no room), never over it.
    const QRect word = linkRect(url);
    const QRect area = viewport()->rect();
    const int width = std::min(area.width() - 8, fontMetrics().averageCharWidth() * 44);
    const int height = std::min(m_definition->heightForWidth(width), area.height());
    int y = word.bottom() + 6;
    if (y + height > area.bottom() && word.top() - 6 - height >= 0)
        y = word.top() - 6 - height;
    const int x = std::clamp(word.left(), 4, std::max(4, area.width() - width - 4));
    m_definition->setGeometry(x, y, width, height > 0 ? height : m_definition->sizeHint().height());
    m_definition->show();
    m_definition->raise();
    return term;
}

void GuideBrowser::closeDefinition()
{
    if (!m_definition || !m_definition->isVisible())
        return;
    const bool hadFocus = m_definition->isAncestorOf(QApplication::focusWidget());
    m_definition->hide();
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
}

void GuideBrowser::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_definition->isVisible()) {
        closeDefinition();
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

bool GuideBrowser::focusNextPrevChild(bool next)
{
    // Tab and Shift+Tab go from link to link, then on to the next control; each link reached
    // says what it is (the status bar announces it to screen readers).
    const bool stayed = QTextBrowser::focusNextPrevChild(next);
    if (stayed && hasFocus() && textCursor().hasSelection()) {
        QTextCursor inside = textCursor();
        inside.setPosition(inside.selectionStart() + 1);
        const QString href = inside.charFormat().anchorHref();
        if (!href.isEmpty())
            Q_EMIT message(describeLink(QUrl(href), textCursor().selectedText()));
        // A screen reader follows the focus to the link itself.
        if (QAccessible::isActive()) {
            if (QAccessibleInterface *page = QAccessible::queryAccessibleInterface(this)) {
                if (QAccessibleInterface *link = page->focusChild()) {
                    QAccessibleEvent event(link, QAccessible::Focus);
                    QAccessible::updateAccessibility(&event);
                }
            }
        }
    }
    return stayed;
}

void GuideBrowser::retranslate()
{
    m_definitionClose->setText(tr("Close (Esc)"));
    m_definitionClose->setAccessibleName(tr("Close the definition"));
}

void GuideBrowser::followLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == u"glossary") {
        if (const GlossaryTerm *term = showDefinition(url)) {
            Q_EMIT message(term->term + u": "_s + term->definition);
            Q_EMIT definitionShown(term->id);
        }
    } else if (scheme == u"topic") {
        Q_EMIT topicLinkActivated(url.path());
    } else if (scheme == u"app") {
        Q_EMIT appLinkActivated(url.path());
    } else if (scheme == u"tel") {
        // A desktop cannot dial: show the number to call instead.
        QString number = url.path();
        const QString digits = QString(number).remove(u'+');
        if (digits.size() == 11 && digits.startsWith(u'1')) // a U.S. number: 1-800-422-6237
            number = digits.left(1) + u'-' + digits.mid(1, 3) + u'-' + digits.mid(4, 3) + u'-' +
                     digits.mid(7);
        QToolTip::showText(popupPosition(url), tr("Phone number: %1").arg(number), this, {}, 20000);
        Q_EMIT message(tr("Phone number: %1").arg(number));
    } else if (scheme == u"https" || scheme == u"http" || scheme == u"mailto") {
        if (QDesktopServices::openUrl(url))
            Q_EMIT message(tr("Opened %1 in your web browser.").arg(url.toString()));
        else
            Q_EMIT message(tr("Could not open %1. You can type it into your web browser.")
                               .arg(url.toString()));
    }
}

} // namespace nextsteps
