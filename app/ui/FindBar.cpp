#include "FindBar.h"

#include "ColorContrast.h"
#include "ExtraSelections.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace nextsteps {

FindBar::FindBar(QTextEdit *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    setObjectName(u"findBar"_s);
    auto *label = new QLabel(tr("Find in page:"), this);
    m_field = new QLineEdit(this);
    m_field->setObjectName(u"findField"_s);
    m_field->setAccessibleName(tr("Find in page"));
    m_field->setClearButtonEnabled(true);
    label->setBuddy(m_field);
    m_count = new QLabel(this);
    m_count->setObjectName(u"findCount"_s);

    auto makeButton = [this](const QString &text, const QString &name) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setObjectName(name);
        button->setAccessibleName(text);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    auto *previous = makeButton(tr("Previous"), u"findPrevious"_s);
    auto *next = makeButton(tr("Next"), u"findNext"_s);
    auto *closeButton = makeButton(tr("Close"), u"findClose"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(closeButton);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::setQuery);
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    // Esc closes the bar, as in every browser; the field passes the key on to us.
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setQuery(const QString &text)
{
    if (m_field->text() != text)
        m_field->setText(text); // comes back here through textChanged
    else {
        QTextCursor start = m_editor->textCursor();
        start.movePosition(QTextCursor::Start);
        m_editor->setTextCursor(start);
        highlightAll();
        if (m_matchCount > 0)
            find(false);
    }
}

void FindBar::refresh()
{
    if (!isHidden() && !m_field->text().isEmpty())
        highlightAll();
    else
        setOwnedExtraSelections(m_editor, HighlightOwner::Find, {});
}

void FindBar::highlightAll()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = m_field->text();
    if (!text.isEmpty()) {
        // The palette's own highlight colours, with the text colour checked for 4.5:1 contrast.
        const QPalette palette = m_editor->palette();
        const QColor background = palette.color(QPalette::Highlight);
        const QColor foreground =
            ColorContrast::readableOn(background, palette.color(QPalette::HighlightedText));
        QTextCursor cursor(m_editor->document());
        while (true) {
            cursor = m_editor->document()->find(text, cursor);
            if (cursor.isNull())
                break;
            QTextEdit::ExtraSelection selection;
            selection.cursor = cursor;
            selection.format.setBackground(background);
            selection.format.setForeground(foreground);
            selections.append(selection);
        }
    }
    m_matchCount = int(selections.size());
    setOwnedExtraSelections(m_editor, HighlightOwner::Find, selections);
    if (text.isEmpty())
        m_count->clear();
    else if (m_matchCount == 0)
        m_count->setText(tr("Not found"));
    else
        m_count->setText(tr("%n match(es)", nullptr, m_matchCount));
    m_count->setAccessibleName(m_count->text());
    if (!text.isEmpty())
        Q_EMIT message(m_count->text());
}

void FindBar::find(bool backward)
{
    const QString text = m_field->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_editor->find(text, flags)) {
        // Wrap around, as find does in every browser.
        QTextCursor cursor = m_editor->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_editor->setTextCursor(cursor);
        m_editor->find(text, flags);
    }
}

void FindBar::findNext()
{
    if (isHidden() || m_field->text().isEmpty()) {
        activate();
        return;
    }
    find(false);
}

void FindBar::findPrevious()
{
    if (isHidden() || m_field->text().isEmpty()) {
        activate();
        return;
    }
    find(true);
}

void FindBar::close()
{
    hide();
    setOwnedExtraSelections(m_editor, HighlightOwner::Find, {});
    m_editor->setFocus(Qt::OtherFocusReason);
}

} // namespace nextsteps
