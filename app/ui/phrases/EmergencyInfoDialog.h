#pragma once

#include "core/phrases/EmergencyInfo.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace nextsteps {

// File > For Emergency Staff…: how the person breathes (and the tube), allergies, who speaks
// for them, where the POLST is kept, and anything else; the sheet also prints the medicines,
// the immunotherapy and the care team already written elsewhere. OK keeps it (one undo step);
// Print and Save as PDF keep it and print.
class EmergencyInfoDialog : public QDialog
{
    Q_OBJECT

public:
    enum Result { Print = 2, SavePdf };

    // cardName: the wallet card's name, offered when the sheet has none of its own.
    EmergencyInfoDialog(const EmergencyInfo &info, bool readOnly, const QString &cardName = {},
                        QWidget *parent = nullptr);
    EmergencyInfo info() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *airwayBox() const { return m_airway; }
    QLineEdit *tubeEdit() const { return m_tube; }
    QLineEdit *allergiesEdit() const { return m_allergies; }
    QLineEdit *speaksNameEdit() const { return m_speaksName; }
    QLineEdit *speaksPhoneEdit() const { return m_speaksPhone; }
    QLineEdit *polstEdit() const { return m_polst; }
    QLineEdit *notesEdit() const { return m_notes; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLineEdit *m_name;
    QComboBox *m_airway;
    QLineEdit *m_tube;
    QLineEdit *m_allergies;
    QLineEdit *m_speaksName;
    QLineEdit *m_speaksPhone;
    QLineEdit *m_polst;
    QLineEdit *m_notes;
};

} // namespace nextsteps
