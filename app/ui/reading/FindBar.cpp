#include "ui/reading/FindBar.h"

#include "ui/style/ColorContrast.h"
#include "ui/widgets/ExtraSelections.h"
#include "ui/widgets/FlowLayout.h"

#include "ui/widgets/Placeholder.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

#include <algorithm>

#include <tuple>

using namespace Qt::StringLiterals;

namespace nextsteps {

FindBar::FindBar(QTextEdit *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    setObjectName(u"findBar"_s);
    auto *label = new QLabel(this);
    m_label = label;
    m_field = new QLineEdit(this);
    m_field->setObjectName(u"findField"_s);
    m_field->setClearButtonEnabled(true);
    label->setBuddy(m_field);
    m_count = new QLabel(this);
    m_count->setObjectName(u"findCount"_s);

    auto makeButton = [this](const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    auto *previous = m_previous = makeButton(u"findPrevious"_s);
    auto *next = m_next = makeButton(u"findNext"_s);
    auto *closeButton = m_close = makeButton(u"findClose"_s);
    retranslateUi();

    // The label and its field stay together and take the width left on their line; at large
    // text sizes the buttons go on to the next line rather than squeeze the field.
    auto *labelled = new QWidget(this);
    labelled->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *labelledLayout = new QHBoxLayout(labelled);
    labelledLayout->setContentsMargins(0, 0, 0, 0);
    label->setParent(labelled);
    m_field->setParent(labelled);
    labelledLayout->addWidget(label);
    labelledLayout->addWidget(m_field, 1);
    m_field->setMinimumWidth(12 * QFontMetrics(font()).averageCharWidth());
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(labelled);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(closeButton);
    // Last, as in the browsers: as the count changes ("12 matches", "1 of 12") the buttons
    // stay where they are.
    layout->addWidget(m_count);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::setQuery);
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::retranslateUi()
{
    m_label->setText(tr("Find in page:"));
    m_field->setAccessibleName(tr("Find in page"));
    setCompact(m_compact);
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_field->text().isEmpty())
            refresh(); // "3 coincidencias"
    } else if (event->type() == QEvent::FontChange) {
        // Room for a word or two at any text size (the field takes what is left of its line).
        m_field->setMinimumWidth(12 * QFontMetrics(font()).averageCharWidth());
    }
    QWidget::changeEvent(event);
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
    m_terms.clear();
    if (m_field->text() != text) {
        const QSignalBlocker blocker(m_field);
        m_field->setText(text);
    }
    startOver();
}

void FindBar::showTerms(const QStringList &terms)
{
    {
        const QSignalBlocker blocker(m_field);
        m_field->setText(terms.join(u' '));
    }
    m_terms = terms;
    show();
    startOver();
}

// From the top of the page: highlight every match and go to the first.
void FindBar::startOver()
{
    QTextCursor start = m_editor->textCursor();
    start.movePosition(QTextCursor::Start);
    m_editor->setTextCursor(start);
    highlightAll();
    if (!m_matches.isEmpty())
        find(false);
}

void FindBar::setCompact(bool compact)
{
    m_compact = compact;
    m_label->setVisible(!compact);
    setPlaceholder(m_field, compact ? tr("Find in page") : QString(),
                   compact ? tr("Find") : QString());
    // Compact, the buttons are signs as large as the words (their names in the tooltips and
    // for screen readers): the bar keeps to one line.
    const std::tuple<QToolButton *, QString, QString> buttons[] = {
        {m_previous, tr("Previous"), u"▲"_s},
        {m_next, tr("Next"), u"▼"_s},
        {m_close, tr("Close"), u"✕"_s}};
    for (const auto &[button, text, sign] : buttons) {
        button->setText(compact ? sign : text);
        button->setAccessibleName(text);
        button->setToolTip(compact ? text : QString());
    }
}

void FindBar::refresh()
{
    if (!isHidden() && !m_field->text().isEmpty()) {
        highlightAll();
    } else {
        m_matches.clear();
        m_current = -1;
        setOwnedExtraSelections(m_editor, HighlightOwner::Find, {});
    }
}

void FindBar::highlightAll()
{
    m_matches.clear();
    m_current = -1;
    QTextDocument *document = m_editor->document();
    const auto collect = [&](const QString &text, QTextDocument::FindFlags flags) {
        for (QTextCursor cursor(document);;) {
            cursor = document->find(text, cursor, flags);
            if (cursor.isNull())
                break;
            m_matches.append(cursor);
        }
    };
    if (!m_terms.isEmpty()) {
        // The words a search found, each as a whole word, wherever they are on the page.
        for (const QString &term : std::as_const(m_terms))
            collect(term, QTextDocument::FindWholeWords);
        std::sort(m_matches.begin(), m_matches.end(),
                  [](const QTextCursor &a, const QTextCursor &b) {
                      return a.selectionStart() < b.selectionStart();
                  });
    } else if (!m_field->text().isEmpty()) {
        collect(m_field->text(), {});
    }

    showMatches();
    updateCount();
}

void FindBar::showMatches()
{
    // The match one is on in the palette's own highlight; the others in a paler shade of it,
    // 3:1 apart, so that "4 of 9" can be seen on the page. Text on either is checked for 4.5:1
    // contrast.
    const QPalette palette = m_editor->palette();
    const QColor strong = palette.color(QPalette::Highlight);
    const QColor page = palette.color(QPalette::Base);
    // As much of the highlight as keeps the two shades 3:1 apart.
    QColor pale;
    for (qreal share = 0.35; share > 0.0; share -= 0.05) {
        pale.setRgbF(strong.redF() * share + page.redF() * (1 - share),
                     strong.greenF() * share + page.greenF() * (1 - share),
                     strong.blueF() * share + page.blueF() * (1 - share));
        if (ColorContrast::ratio(strong, pale) >= 3.0)
            break;
    }
    QList<QTextEdit::ExtraSelection> selections;
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        const QColor background = i == m_current ? strong : pale;
        const QColor wanted = i == m_current ? palette.color(QPalette::HighlightedText)
                                             : palette.color(QPalette::Text);
        QTextEdit::ExtraSelection selection;
        selection.cursor = m_matches.at(i);
        selection.format.setBackground(background);
        selection.format.setForeground(ColorContrast::readableOn(background, wanted));
        selections.append(selection);
    }
    setOwnedExtraSelections(m_editor, HighlightOwner::Find, selections);
}

void FindBar::updateCount()
{
    const int count = matchCount();
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (count == 0)
        m_count->setText(tr("Not found"));
    else if (m_current >= 0)
        m_count->setText(tr("%1 of %n", nullptr, count).arg(m_current + 1));
    else
        m_count->setText(tr("%n match(es)", nullptr, count));
    m_count->setAccessibleName(m_count->text());
    Q_EMIT message(m_count->text());
}

void FindBar::find(bool backward)
{
    if (m_matches.isEmpty())
        return;
    // The next match after the cursor (or the one before it), wrapping round as browsers do.
    const QTextCursor cursor = m_editor->textCursor();
    int index = -1;
    if (backward) {
        for (int i = int(m_matches.size()) - 1; i >= 0 && index < 0; --i) {
            if (m_matches.at(i).selectionEnd() < cursor.selectionEnd() ||
                (m_matches.at(i).selectionEnd() == cursor.selectionEnd() &&
                 m_matches.at(i).selectionStart() < cursor.selectionStart()))
                index = i;
        }
        if (index < 0)
            index = int(m_matches.size()) - 1;
    } else {
        const int from = cursor.hasSelection() ? cursor.selectionStart() + 1 : cursor.position();
        for (int i = 0; i < m_matches.size() && index < 0; ++i) {
            if (m_matches.at(i).selectionStart() >= from)
                index = i;
        }
        if (index < 0)
            index = 0;
    }
    m_current = index;
    m_editor->setTextCursor(m_matches.at(index));
    m_editor->ensureCursorVisible();
    showMatches();
    updateCount();
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
    m_terms.clear();
    m_matches.clear();
    m_current = -1;
    setOwnedExtraSelections(m_editor, HighlightOwner::Find, {});
    m_editor->setFocus(Qt::OtherFocusReason);
    Q_EMIT message(QString()); // no old count left in the status bar
}

} // namespace nextsteps
