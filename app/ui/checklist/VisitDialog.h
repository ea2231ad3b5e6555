#pragma once

#include "core/checklist/ChecklistData.h"

#include <QDialog>

class QLineEdit;

namespace nextsteps {

class DateField;

// When and where the visit is, who it is with and what to bring: shown at the top of the list
// and on the printout.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    // exec() results beside Accepted and Rejected: the visit kept, then saved for a calendar.
    enum Result { AddToCalendar = 2 };

    explicit VisitDialog(const Visit &visit, QWidget *parent = nullptr);
    Visit visit() const;

    // Typed as digits; empty when not known.
    DateField *dateField() const { return m_date; }
    DateField *timeField() const { return m_time; }
    QLineEdit *withEdit() const { return m_with; }
    QLineEdit *placeEdit() const { return m_place; }
    QLineEdit *bringEdit() const { return m_bring; }

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool readable();

    DateField *m_date;
    DateField *m_time;
    QLineEdit *m_with;
    QLineEdit *m_place;
    QLineEdit *m_bring;
};

} // namespace nextsteps
