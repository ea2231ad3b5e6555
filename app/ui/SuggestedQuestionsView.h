#pragma once

#include "Guide.h"

#include <QScrollArea>

class QPushButton;
class QVBoxLayout;

namespace nextsteps {

class QuestionSink;

// The current topic's suggested questions, each with "Add to my questions".
class SuggestedQuestionsView : public QScrollArea
{
    Q_OBJECT

public:
    SuggestedQuestionsView(QuestionSink *sink, QWidget *parent = nullptr);

    void setTopic(const Topic &topic);
    QList<QPushButton *> addButtons() const { return m_buttons; }
    void setZoom(int pointSize);

public Q_SLOTS:
    // The checklist changed: show which questions are already on it.
    void refresh();

Q_SIGNALS:
    void message(const QString &text);

private:
    QuestionSink *m_sink;
    Topic m_topic;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QList<QPushButton *> m_buttons;
};

} // namespace nextsteps
