#pragma once

#include "ChecklistData.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace nextsteps {

// When the visit is and who it is with: shown at the top of the list and on the printout.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VisitDialog(const Visit &visit, QWidget *parent = nullptr);
    Visit visit() const;

    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *noDateBox() const { return m_noDate; }
    QLineEdit *withEdit() const { return m_with; }

private:
    QDateEdit *m_date;
    QCheckBox *m_noDate;
    QLineEdit *m_with;
};

} // namespace nextsteps
