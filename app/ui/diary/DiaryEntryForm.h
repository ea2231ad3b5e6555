#pragma once

#include "core/diary/SymptomDiary.h"

#include <QMap>
#include <QWidget>

class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace nextsteps {

class DateField;

// A day's scores, typed by keyboard: the day (today unless changed), a box from 0 to 10 for each
// symptom tracked ("–" when not scored: digits or the arrow keys set it, Enter goes on to the
// next), the weight and a note. Changing the day shows that day's scores, when there are any.
// Keep These Scores (or Enter in the note) asks for the entry to be kept.
class DiaryEntryForm : public QWidget
{
    Q_OBJECT

public:
    explicit DiaryEntryForm(QWidget *parent = nullptr);

    // The symptoms tracked and the days written; the fields show the chosen day's entry.
    void setDiary(const SymptomDiary &diary);
    void setEditable(bool editable);
    DiaryEntry entry() const;
    void focusFirst();
    void retranslate();

    DateField *dateField() const { return m_date; }
    QSpinBox *scoreBox(const QString &id) const { return m_scores.value(id); }
    QDoubleSpinBox *weightBox() const { return m_weight; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *chooseButton() const { return m_choose; }

Q_SIGNALS:
    // A score, the weight or the note was changed by the person: kept at once.
    void entryEdited();
    void keepRequested();
    void chooseRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildRows();
    void showDay();
    void edited();
    void checkWeight();

    SymptomDiary m_diary;
    QStringList m_shownIds;
    DateField *m_date;
    QLabel *m_dateLabel;
    QFormLayout *m_rows;
    QMap<QString, QSpinBox *> m_scores;
    QLabel *m_weightLabel = nullptr;
    QDoubleSpinBox *m_weight = nullptr;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QPushButton *m_keep;
    QPushButton *m_choose;
    QLabel *m_scale;
    bool m_showing = false;
    bool m_checkingWeight = false;
    double m_weightAskedAbout = -1;
};

} // namespace nextsteps
