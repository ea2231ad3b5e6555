#pragma once

#include "core/summary/TreatmentSummary.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace nextsteps {

// File > My Cancer and Treatments…: the facts clinical trials and second opinions ask for, in
// the person's own words, with what each test means (from the guide's glossary). OK keeps them
// (the window makes it one undo step); Print or Save keeps them and asks for a printout. Cancel
// with changes asks first. A list that is read-only here shows them without changing them.
class TreatmentSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    // exec() results beside Accepted (keep) and Rejected: keep, then print or save.
    enum Result { Preview = 2, Print, SavePdf, SaveText };

    // define: a glossary term's definition by its id ("hpv", "pd-l1"), or empty.
    TreatmentSummaryDialog(const TreatmentSummary &summary, bool readOnly,
                           const std::function<QString(const QString &)> &define,
                           QWidget *parent = nullptr);
    TreatmentSummary summary() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *startedEdit() const { return m_started; }
    QLineEdit *foundEdit() const { return m_found; }
    QLineEdit *spreadEdit() const { return m_spread; }
    QComboBox *hpvBox() const { return m_hpv; }
    QLineEdit *pdl1Edit() const { return m_pdl1; }
    QLineEdit *otherTestsEdit() const { return m_otherTests; }
    QListWidget *treatmentList() const { return m_treatmentList; }
    QPlainTextEdit *sideEffectsEdit() const { return m_sideEffects; }
    QLineEdit *allergiesEdit() const { return m_allergies; }
    QPlainTextEdit *dailyLifeEdit() const { return m_dailyLife; }

    // The treatments, edited here and kept on OK.
    void addTreatment();
    void editTreatment();
    void removeTreatment();
    void moveTreatment(int step);

    void done(int result) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeTreatments();
    void showTreatments(int current);
    void updateButtons();

    TreatmentSummary m_original;
    QList<Treatment> m_treatments;
    bool m_readOnly;
    QLineEdit *m_name;
    QLineEdit *m_started;
    QLineEdit *m_found;
    QLineEdit *m_spread;
    QComboBox *m_hpv;
    QLineEdit *m_pdl1;
    QLineEdit *m_otherTests;
    QListWidget *m_treatmentList = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPlainTextEdit *m_sideEffects;
    QLineEdit *m_allergies;
    QPlainTextEdit *m_dailyLife;
};

} // namespace nextsteps
