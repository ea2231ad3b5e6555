#pragma once

#include "core/guide/Guide.h"

#include <QScrollArea>

class QLabel;
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
    // The buttons of the questions shown now.
    QList<QPushButton *> addButtons() const { return m_buttons.mid(0, m_topic.questions.size()); }
    // "On your list" marks, one per question, shown instead of the button once it is added.
    QList<QLabel *> onListMarks() const { return m_marks.mid(0, m_topic.questions.size()); }
    void setZoom(int percent);
    // The control Tab reaches just before the first "Add to my questions" (the rows are made
    // when a topic needs them, after the rest of the window).
    void setTabAfter(QWidget *widget) { m_tabAfter = widget; }

public Q_SLOTS:
    // The checklist changed: show which questions are already on it.
    void refresh();

Q_SIGNALS:
    void message(const QString &text);

protected:
    // A button reached by Tab brings its whole question into view (the first, the heading too).
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addRow();
    void add(int index);

    QuestionSink *m_sink;
    Topic m_topic;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    // Rows are made once and reused from topic to topic: switching topics stays quick.
    QLabel *m_heading = nullptr;
    QList<QWidget *> m_rows;
    QList<QLabel *> m_labels;
    QList<QPushButton *> m_buttons;
    QList<QLabel *> m_marks;
    QWidget *m_tabAfter = nullptr;
};

} // namespace nextsteps
