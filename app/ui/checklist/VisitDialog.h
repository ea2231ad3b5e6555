#pragma once

#include "core/checklist/ChecklistData.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace nextsteps {

// When and where the visit is, who it is with and what to bring: shown at the top of the list
// and on the printout.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VisitDialog(const Visit &visit, QWidget *parent = nullptr);
    Visit visit() const;

    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *noDateBox() const { return m_noDate; }
    QLineEdit *withEdit() const { return m_with; }
    QTimeEdit *timeEdit() const { return m_time; }
    QLineEdit *placeEdit() const { return m_place; }
    QLineEdit *bringEdit() const { return m_bring; }

private:
    QDateEdit *m_date;
    QCheckBox *m_noDate;
    QLineEdit *m_with;
    QTimeEdit *m_time;
    QLineEdit *m_place;
    QLineEdit *m_bring;
};

} // namespace nextsteps
