#include "SuggestedQuestionsView.h"

#include "QuestionSink.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {
constexpr char QuestionIdProperty[] = "questionId";
}

SuggestedQuestionsView::SuggestedQuestionsView(QuestionSink *sink, QWidget *parent)
    : QScrollArea(parent), m_sink(sink), m_content(new QWidget(this)),
      m_layout(new QVBoxLayout(m_content))
{
    setObjectName(u"suggestedQuestions"_s);
    setAccessibleName(tr("Questions you might ask"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->setContentsMargins(12, 8, 12, 8);
    setWidget(m_content);
}

void SuggestedQuestionsView::setZoom(int pointSize)
{
    QFont font = this->font();
    font.setPointSize(pointSize);
    setFont(font);
}

void SuggestedQuestionsView::setTopic(const Topic &topic)
{
    m_topic = topic;
    m_buttons.clear();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (topic.questions.isEmpty()) {
        hide();
        return;
    }
    show();
    auto *heading = new QLabel(u"<b>"_s + tr("Questions you might ask") + u"</b>"_s, m_content);
    m_layout->addWidget(heading);
    for (const SuggestedQuestion &question : topic.questions) {
        auto *row = new QWidget(m_content);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 2, 0, 2);
        auto *text = new QLabel(question.text, row);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        auto *button = new QPushButton(row);
        button->setProperty(QuestionIdProperty, question.id);
        button->setObjectName(u"add_"_s + question.id);
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(button, 0, Qt::AlignTop);
        m_layout->addWidget(row);
        m_buttons.append(button);
        connect(button, &QPushButton::clicked, this, [this, question] {
            if (m_sink->addSuggestedQuestion(m_topic.id, question.id, question.text))
                Q_EMIT message(tr("Added to your questions: %1").arg(question.text));
            else
                Q_EMIT message(tr("This question is already on your list."));
            refresh();
        });
    }
    m_layout->addStretch(1);
    refresh();
}

void SuggestedQuestionsView::refresh()
{
    for (QPushButton *button : std::as_const(m_buttons)) {
        const QString id = button->property(QuestionIdProperty).toString();
        const bool onList = m_sink->hasSuggestedQuestion(id);
        QString text;
        for (const SuggestedQuestion &q : std::as_const(m_topic.questions)) {
            if (q.id == id)
                text = q.text;
        }
        button->setText(onList ? tr("✓ On your list") : tr("Add to my questions"));
        button->setEnabled(!onList);
        button->setAccessibleName(onList ? tr("Already on your list: %1").arg(text)
                                         : tr("Add to my questions: %1").arg(text));
    }
}

} // namespace nextsteps
