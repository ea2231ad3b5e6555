#pragma once

#include "core/checklist/ChecklistData.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace nextsteps {

// File > Print Wallet Card: what the card says about the immunotherapy (the name, the drugs,
// when), before it is printed or saved as a PDF. The phone numbers come from the care team.
class WalletCardDialog : public QDialog
{
    Q_OBJECT

public:
    // exec() results beside Rejected.
    enum Result { Print = QDialog::Accepted, SavePdf = 2 };

    explicit WalletCardDialog(const Immunotherapy &therapy, QWidget *parent = nullptr);
    Immunotherapy immunotherapy() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *drugsEdit() const { return m_drugs; }
    QDateEdit *startedEdit() const { return m_started; }
    QDateEdit *stoppedEdit() const { return m_stopped; }

private:
    QLineEdit *m_name;
    QLineEdit *m_drugs;
    QDateEdit *m_started;
    QDateEdit *m_stopped;
};

// A date field that can say "Not known": its lowest date stands for none.
QDateEdit *optionalDateEdit(const QDate &date, QWidget *parent);
QDate optionalDate(const QDateEdit *edit);

} // namespace nextsteps
