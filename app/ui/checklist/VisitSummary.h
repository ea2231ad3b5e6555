#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace nextsteps {

class ChecklistModel;

// The visit above the questions: its date and who it is with, the place and what to bring, as
// the person wrote them, and "Visit details…" to change them (one undo step).
class VisitSummary : public QWidget
{
    Q_OBJECT

public:
    VisitSummary(ChecklistModel *model, QWidget *parent = nullptr);

    QLabel *label() const { return m_text; }
    QPushButton *button() const { return m_button; }
    void retranslate();

public Q_SLOTS:
    // Visit Details…: the dialog, and what the person set there into the list.
    void edit();
    void update();
    // Add the Visit to My Calendar…: the visit as an .ics file the person saves where they
    // choose (0600), with the important questions and, if wanted, a reminder the day before.
    void addToCalendar();

Q_SIGNALS:
    void message(const QString &text);

private:
    ChecklistModel *m_model;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace nextsteps
