#pragma once

#include "core/summary/TreatmentSummary.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace nextsteps {

// One treatment: what it was, from and to (as the person remembers them: "June 2025"), how it
// went and why it stopped. OK needs at least what it was.
class TreatmentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TreatmentDialog(const Treatment &treatment, QWidget *parent = nullptr);
    Treatment treatment() const;

    QLineEdit *whatEdit() const { return m_what; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QLineEdit *howItWentEdit() const { return m_howItWent; }
    QComboBox *whyStoppedBox() const { return m_whyStopped; }
    void done(int result) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    Treatment m_original;
    QLineEdit *m_what;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_howItWent;
    QComboBox *m_whyStopped;
};

} // namespace nextsteps
