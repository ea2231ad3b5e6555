#include "GuideBrowser.h"

#include "Guide.h"
#include "UiFonts.h"

#include <QApplication>
#include <QDesktopServices>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QToolTip>

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
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Topic text"));
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    // The text always wraps to the pane: a sideways scroll bar would only get in the way.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The up-and-down scroll bar stays, so that the text keeps its width from topic to topic
    // (and a page is not laid out a second time when its scroll bar appears).
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    // The margins beside the text are the scroll area itself: paint them like the page.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    connect(this, &QTextBrowser::anchorClicked, this, &GuideBrowser::followLink);
    // Pointing at a glossary word explains it too, as choosing it does.
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            [this](const QUrl &url) {
                if (url.scheme() == u"glossary")
                    showDefinition(url, QCursor::pos());
            });
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
    // Generous line spacing for tired eyes; Markdown itself cannot say this.
    QTextCursor cursor(page);
    cursor.select(QTextCursor::Document);
    QTextBlockFormat spacing;
    spacing.setLineHeight(LineHeightPercent, QTextBlockFormat::ProportionalHeight);
    cursor.mergeBlockFormat(spacing);
    // Headings are large already: tighter lines keep a wrapped heading together.
    QTextBlockFormat headingSpacing;
    headingSpacing.setLineHeight(HeadingLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    for (QTextBlock block = page->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            QTextCursor(block).mergeBlockFormat(headingSpacing);
    }
    // With its width known before it gets a layout, the page is laid out lazily: the part in
    // view first, the rest in the background.
    page->setPageSize(QSizeF(viewport()->width(), -1));
    setDocument(page); // the previous page is a child of this browser: QTextEdit deletes it
    verticalScrollBar()->setValue(0);
    Q_EMIT rendered();
}

void GuideBrowser::updateTextWidth()
{
    // Long lines are hard to follow: keep the text about 70 characters wide and centred. The
    // space beside it is a viewport margin, so a new width never lays the text out twice.
    const int comfortable = fontMetrics().averageCharWidth() * ComfortableLineLength;
    const int side = std::max(0, (width() - comfortable) / 2 - 12);
    const QMargins margins(side, 0, side, 0);
    if (viewportMargins() != margins)
        setViewportMargins(margins);
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
    QTextBrowser::resizeEvent(event);
    updateTextWidth();
}

void GuideBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
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

const GlossaryTerm *GuideBrowser::showDefinition(const QUrl &url, const QPoint &where)
{
    const GlossaryTerm *term = m_guide.glossaryTerm(url.path());
    if (term)
        QToolTip::showText(where,
                           u"<p><b>"_s + term->term.toHtmlEscaped() + u"</b><br>"_s +
                               term->definition.toHtmlEscaped() + u"</p>"_s,
                           this, {}, 20000);
    return term;
}

void GuideBrowser::followLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == u"glossary") {
        if (const GlossaryTerm *term = showDefinition(url, popupPosition(url))) {
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
