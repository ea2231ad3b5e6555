#pragma once

#include "core/diary/SymptomDiary.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListWidget;

namespace nextsteps {

// Choose What to Track…: each symptom turned on or off (Space), the person's own added by name,
// and the weight on or off with its unit. OK gives the diary with the choices (its entries as
// they were).
class ChooseSymptomsDialog : public QDialog
{
    Q_OBJECT

public:
    ChooseSymptomsDialog(const SymptomDiary &diary, QWidget *parent = nullptr);
    SymptomDiary diary() const;

    QListWidget *list() const { return m_list; }
    QLineEdit *ownEdit() const { return m_own; }
    QCheckBox *weightBox() const { return m_weight; }
    void addOwn();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();

    SymptomDiary m_diary;
    QListWidget *m_list;
    QLineEdit *m_own;
    QCheckBox *m_weight;
    QCheckBox *m_pounds;
};

} // namespace nextsteps
