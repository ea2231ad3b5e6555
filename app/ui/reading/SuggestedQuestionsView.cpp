#include "ui/reading/SuggestedQuestionsView.h"

#include "core/QuestionSink.h"
#include "ui/widgets/UiFonts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

SuggestedQuestionsView::SuggestedQuestionsView(QuestionSink *sink, QWidget *parent)
    : QScrollArea(parent), m_sink(sink), m_content(new QWidget(this)),
      m_layout(new QVBoxLayout(m_content))
{
    setObjectName(u"suggestedQuestions"_s);
    setAccessibleName(tr("Questions you might ask"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a Tab stop of its own, which showed nothing: its buttons are, and each one focused is
    // scrolled into view (FocusRing).
    setFocusPolicy(Qt::NoFocus);
    m_layout->setContentsMargins(12, 8, 12, 8);
    setWidget(m_content);
}

void SuggestedQuestionsView::setZoom(int percent)
{
    setFont(comfortableFont(percent));
}

void SuggestedQuestionsView::addRow()
{
    const int index = int(m_rows.size());
    // The button goes under its question, not beside it: at any text size and pane width the
    // whole row stays in view.
    auto *row = new QWidget(m_content);
    auto *rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 4, 0, 6);
    rowLayout->setSpacing(2);
    auto *text = new QLabel(row);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto *button = new QPushButton(tr("Add to my questions"), row);
    // Once added, a plain mark in full-contrast text replaces the button: a greyed-out button
    // is hard to read.
    auto *mark = new QLabel(tr("✓ On your list"), row);
    mark->setTextFormat(Qt::PlainText);
    mark->hide();
    rowLayout->addWidget(text);
    rowLayout->addWidget(button, 0, Qt::AlignLeft);
    button->installEventFilter(this);
    rowLayout->addWidget(mark, 0, Qt::AlignLeft);
    m_layout->insertWidget(index + 1, row); // after the heading, before the stretch
    QWidget *before = m_buttons.isEmpty() ? m_tabAfter : m_buttons.constLast();
    if (before)
        QWidget::setTabOrder(before, button);
    connect(button, &QPushButton::clicked, this, [this, index] { add(index); });
    m_rows.append(row);
    m_labels.append(text);
    m_buttons.append(button);
    m_marks.append(mark);
}

void SuggestedQuestionsView::add(int index)
{
    if (index >= m_topic.questions.size())
        return;
    const SuggestedQuestion &question = m_topic.questions.at(index);
    if (m_sink->addSuggestedQuestion(m_topic.id, question.id, question.text))
        Q_EMIT message(tr("Added to your questions: %1").arg(question.text));
    else if (!m_sink->whyReadOnly().isEmpty())
        Q_EMIT message(tr("Your list cannot be changed in this window, because %1.")
                           .arg(m_sink->whyReadOnly()));
    else
        Q_EMIT message(tr("This question is already on your list."));
    refresh();
}

void SuggestedQuestionsView::setTopic(const Topic &topic)
{
    m_topic = topic;
    if (topic.questions.isEmpty()) {
        hide();
        return;
    }
    if (m_layout->isEmpty()) {
        // Plain text in a bold font: a rich-text label is measured through a whole text document.
        auto *heading = m_heading = new QLabel(tr("Questions you might ask"), m_content);
        heading->setObjectName(u"suggestionsHeading"_s);
        heading->setTextFormat(Qt::PlainText);
        // Wrapped, so that at large sizes the heading does not make the rows wider than the
        // pane (they were cut at the right).
        heading->setWordWrap(true);
        QFont bold; // only the weight is set: the size still follows the zoom
        bold.setBold(true);
        heading->setFont(bold);
        m_layout->addWidget(heading);
        m_layout->addStretch(1);
    }
    while (m_rows.size() < topic.questions.size())
        addRow();
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool used = i < topic.questions.size();
        m_rows.at(i)->setVisible(used);
        if (!used)
            continue;
        m_labels.at(i)->setText(topic.questions.at(i).text);
        m_buttons.at(i)->setObjectName(u"add_"_s + topic.questions.at(i).id);
    }
    show();
    refresh();
    // Each topic's questions start at the top, whatever the last topic was scrolled to.
    verticalScrollBar()->setValue(0);
}

bool SuggestedQuestionsView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto *button = qobject_cast<QPushButton *>(watched)) {
            QWidget *row = button->parentWidget();
            const bool first = !m_rows.isEmpty() && row == m_rows.constFirst();
            if (first)
                verticalScrollBar()->setValue(0);
            else
                ensureWidgetVisible(row, 0, 8);
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

void SuggestedQuestionsView::changeEvent(QEvent *event)
{
    // The rows are kept from topic to topic: their words are set again in the new language.
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Questions you might ask"));
        if (m_heading)
            m_heading->setText(tr("Questions you might ask"));
        for (QPushButton *button : std::as_const(m_buttons))
            button->setText(tr("Add to my questions"));
        for (QLabel *mark : std::as_const(m_marks))
            mark->setText(tr("✓ On your list"));
        refresh();
    }
    QScrollArea::changeEvent(event);
}

void SuggestedQuestionsView::refresh()
{
    for (int i = 0; i < m_topic.questions.size() && i < m_buttons.size(); ++i) {
        const SuggestedQuestion &question = m_topic.questions.at(i);
        const bool onList = m_sink->hasSuggestedQuestion(question.id, question.text);
        QPushButton *button = m_buttons.at(i);
        button->setVisible(!onList);
        button->setAccessibleName(tr("Add to my questions: %1").arg(question.text));
        m_marks.at(i)->setVisible(onList);
        // The mark takes the button's height, so that the rows below stay still under the
        // pointer when a question is added.
        m_marks.at(i)->setMinimumHeight(button->sizeHint().height());
        m_marks.at(i)->setAccessibleName(tr("Already on your list: %1").arg(question.text));
    }
}

} // namespace nextsteps
