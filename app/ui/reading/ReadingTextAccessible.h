#pragma once

#include <QAccessibleWidget>
#include <QList>
#include <QPointer>

class QTextDocument;

namespace nextsteps {

class GuideBrowser;

// What a screen reader is given for the reading text: the page as a document whose headings
// and links are objects of their own, so that a screen reader can list them and move from one
// to the next (Qt's own text view is one block of text with no parts). The text itself, the
// cursor and the selection are read as from any text view.
//
// install() once per application: a factory then gives every GuideBrowser this interface.
class ReadingTextAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit ReadingTextAccessible(GuideBrowser *browser);
    ~ReadingTextAccessible() override;

    static void install();

    // A heading or a link: where it is in the page, and (for a link) where it goes.
    struct Part
    {
        QAccessible::Role role;
        int start;
        int end;
        QString href;
        int headingLevel = 0;
    };
    // The page's headings and links, in reading order.
    QList<Part> parts() const;

    // QAccessibleInterface
    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    // QAccessibleTextInterface
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

    // Used by the parts.
    GuideBrowser *browser() const;
    // On the screen, the part's place in the page.
    QRect rectOf(int start, int end) const;
    // The part the keyboard is on (a link chosen with Tab), or -1.
    int focusedPart() const;

private:
    // The parts' interfaces, made when first asked for and dropped with their page.
    void refresh() const;
    void dropParts() const;

    mutable QPointer<QTextDocument> m_document;
    mutable QList<Part> m_parts;
    mutable QList<QAccessibleInterface *> m_partInterfaces;
};

} // namespace nextsteps
