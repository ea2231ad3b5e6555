#pragma once

#include <QWidget>

class QCheckBox;
class QDataWidgetMapper;
class QLabel;
class QPlainTextEdit;

namespace nextsteps {

class ChecklistModel;

// Under the list: the chosen question's Asked and Important boxes and its answer, bound to the
// model's roles by a QDataWidgetMapper. Every click and every key typed is an edit through the
// model's undo-aware setData; showing a question writes nothing.
class QuestionDetails : public QWidget
{
    Q_OBJECT

public:
    QuestionDetails(ChecklistModel *model, QWidget *parent = nullptr);
    ~QuestionDetails() override;

    // Shows the question at row (-1: none, the fields empty).
    void showRow(int row);
    // Ctrl+R: into the answer, after what is written (new words go on the end).
    void focusAnswerAtEnd();
    QCheckBox *askedBox() const { return m_asked; }
    QCheckBox *importantBox() const { return m_important; }
    QPlainTextEdit *answerEdit() const { return m_answer; }
    void retranslate();
    // Room for three lines of answer at the panel's text size.
    void fitAnswerHeight();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ChecklistModel *m_model;
    QCheckBox *m_asked;
    QCheckBox *m_important;
    QLabel *m_answerLabel;
    QPlainTextEdit *m_answer;
    QDataWidgetMapper *m_mapper;
    bool m_showing = false; // a question is shown (an edit has one to go to)
};

} // namespace nextsteps
