#pragma once

#include "core/checklist/ChecklistData.h"

#include <QDialog>

class QLineEdit;

namespace nextsteps {

class DateField;

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
    DateField *startedField() const { return m_started; }
    DateField *stoppedField() const { return m_stopped; }
    void done(int result) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLineEdit *m_name;
    QLineEdit *m_drugs;
    DateField *m_started;
    DateField *m_stopped;
};

} // namespace nextsteps
