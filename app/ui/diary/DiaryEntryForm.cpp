#include "ui/diary/DiaryEntryForm.h"

#include "core/checklist/ChecklistData.h"
#include "core/checklist/ChecklistFormat.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/WrappingLabel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

// What a number box in the diary does beyond Qt's: the mouse wheel changes it only while it
// has the focus (scrolling the page over the boxes changed scores); Delete or Backspace on the
// chosen number makes it "–" again; Ctrl+Z and Ctrl+Shift+Z go to Edit > Undo and Redo (every
// change is kept in the list at once: there is one history, not one per box).
template <typename Box> class DiaryBox : public Box
{
public:
    using Box::Box;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                event->ignore(); // the window's Undo and Redo take it
                return true;
            }
        }
        return Box::event(event);
    }
    void wheelEvent(QWheelEvent *event) override
    {
        if (this->hasFocus())
            Box::wheelEvent(event);
        else
            event->ignore(); // the page scrolls instead
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        const bool all = this->lineEdit()->selectedText() == this->lineEdit()->text();
        if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && all) {
            this->setValue(this->minimum()); // "–": not scored, not weighed
            this->selectAll();
            return;
        }
        Box::keyPressEvent(event);
    }
    void focusInEvent(QFocusEvent *event) override
    {
        Box::focusInEvent(event);
        this->selectAll(); // however it was reached, typing replaces the number
    }
};

// A score from 0 to 10, or "–" for none. A digit typed after the "–" (the box reached by a
// click, the text not chosen) replaces it, as a person expects.
class ScoreBox : public DiaryBox<QSpinBox>
{
public:
    using DiaryBox::DiaryBox;

protected:
    QValidator::State validate(QString &input, int &pos) const override
    {
        if (input.size() > 1 && input.startsWith(u'–')) {
            input.remove(0, 1);
            pos = std::max(0, pos - 1);
        }
        return QSpinBox::validate(input, pos);
    }
};

// The weight: a comma or a point are both the decimal point (65,5 is 65.5, never 655), as
// people write it in either language; nobody writes a weight with thousands.
class WeightBox : public DiaryBox<QDoubleSpinBox>
{
public:
    using DiaryBox::DiaryBox;

protected:
    QValidator::State validate(QString &input, int &pos) const override
    {
        normalize(input);
        return QDoubleSpinBox::validate(input, pos);
    }
    double valueFromText(const QString &text) const override
    {
        QString plain = text;
        normalize(plain);
        return QDoubleSpinBox::valueFromText(plain);
    }
    void fixup(QString &input) const override
    {
        normalize(input);
        QDoubleSpinBox::fixup(input);
    }

private:
    void normalize(QString &input) const
    {
        const QChar point = locale().decimalPoint().at(0);
        input.replace(point == u'.' ? u',' : u'.', point);
        if (input.size() > 1 && input.startsWith(u'–'))
            input.remove(0, 1);
    }
};

} // namespace

DiaryEntryForm::DiaryEntryForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"diaryEntryForm"_s);
    m_scale = new WrappingLabel(QString(), this);
    m_date = new DateField(DateField::Kind::Date, this);
    m_date->setObjectName(u"diaryDate"_s);
    m_date->setDate(QDate::currentDate());
    m_dateLabel = new QLabel(this);
    m_dateLabel->setBuddy(m_date->lineEdit());
    connect(m_date, &DateField::changed, this, [this] {
        if (m_date->date().isValid() && m_date->date() <= QDate::currentDate())
            showDay();
    });
    // A day that has not come yet is said once the day is written (not while it is typed).
    connect(m_date->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_date->date().isValid() || m_date->date() <= QDate::currentDate())
            return;
        Ask::question(this, tr("Scores for a day"),
                      tr("That day has not come yet. Choose today or a day before."), {},
                      {{Ask::Answer::Ok, tr("OK")}});
        m_date->setDate(QDate::currentDate());
        m_date->reenter();
    });
    m_rows = new QFormLayout;
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"diaryNote"_s);
    m_note->installEventFilter(this);
    connect(m_note, &QLineEdit::textEdited, this, &DiaryEntryForm::edited);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setBuddy(m_note);
    m_keep = new QPushButton(this);
    m_keep->setObjectName(u"keepScores"_s);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(u"chooseSymptoms"_s);
    connect(m_keep, &QPushButton::clicked, this, &DiaryEntryForm::keepRequested);
    connect(m_choose, &QPushButton::clicked, this, &DiaryEntryForm::chooseRequested);

    auto *dateRow = new QFormLayout;
    dateRow->setRowWrapPolicy(QFormLayout::WrapLongRows);
    dateRow->addRow(m_dateLabel, m_date);
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_choose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scale);
    layout->addLayout(dateRow);
    layout->addLayout(m_rows);
    layout->addLayout(buttons);
    retranslate();
    setDiary(SymptomDiary::withDefaults());
}

void DiaryEntryForm::retranslate()
{
    m_scale->setText(tr("For each, 0 is none and 10 is the worst. Type a number or use the "
                        "arrow keys; Enter goes on to the next; Delete leaves “–” (not scored). "
                        "Each score is kept as you type it."));
    m_dateLabel->setText(tr("Da&y:"));
    m_noteLabel->setText(tr("N&ote:"));
    m_note->setAccessibleName(tr("Note for the day"));
    m_keep->setText(tr("&Keep These Scores"));
    m_choose->setText(tr("Choose What to &Track…"));
    if (m_weightLabel)
        m_weightLabel->setText(tr("&Weight:"));
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it)
        it.value()->setSpecialValueText(u"–"_s);
    rebuildRows();
}

void DiaryEntryForm::setDiary(const SymptomDiary &diary)
{
    // The rows are made again only when what is tracked changed (never while typing: every
    // score typed is kept at once, and comes back here).
    const auto shape = [](const SymptomDiary &d) {
        QStringList parts;
        for (const TrackedSymptom &symptom : d.tracked())
            parts << symptom.id + u'=' + d.nameOf(symptom.id);
        parts << (d.trackWeight ? d.weightUnit : QString());
        return parts;
    };
    const bool reshape = m_shownIds.isEmpty() || shape(diary) != shape(m_diary);
    m_diary = diary;
    if (reshape)
        rebuildRows();
    DiaryEntry kept;
    kept.date = m_date->date();
    if (const DiaryEntry *day = m_diary.entryOn(kept.date))
        kept = *day;
    if (reshape || entry() != kept)
        showDay();
}

void DiaryEntryForm::edited()
{
    if (!m_showing)
        Q_EMIT entryEdited();
}

void DiaryEntryForm::checkWeight()
{
    // Asked once for a number: leaving the box again with it is the answer.
    if (!m_weight || m_weight->value() < 0 || m_checkingWeight ||
        m_weight->value() == m_weightAskedAbout)
        return;
    // The weight before this day, to catch a slip of the finger (a digit too many).
    double before = -1;
    QDate when;
    for (const DiaryEntry &entry : std::as_const(m_diary.entries)) {
        if (entry.date < m_date->date() && entry.hasWeight()) {
            before = entry.weight;
            when = entry.date;
        }
    }
    if (before <= 0 || std::abs(m_weight->value() - before) <= before * 0.15)
        return;
    m_checkingWeight = true;
    m_weightAskedAbout = m_weight->value();
    const Ask::Answer answer = Ask::question(
        this, tr("Check the weight"),
        tr("Is %1 %2 right?")
            .arg(QLocale().toString(m_weight->value(), 'f', 1), m_diary.weightUnit),
        tr("It is far from the last weight, %1 %2 on %3.")
            .arg(QLocale().toString(before, 'f', 1), m_diary.weightUnit, Visit::dateText(when)),
        {{Ask::Answer::KeepMine, tr("&Yes, It Is Right")},
         {Ask::Answer::ChooseAnother, tr("&Let Me Fix It"), QMessageBox::RejectRole}});
    m_checkingWeight = false;
    if (answer != Ask::Answer::KeepMine) {
        m_weight->setFocus(Qt::OtherFocusReason);
        m_weight->selectAll();
    }
}

void DiaryEntryForm::rebuildRows()
{
    const QScopedValueRollback building(m_showing, true); // the boxes' first values are no edit
    QStringList ids;
    for (const TrackedSymptom &symptom : m_diary.tracked())
        ids << symptom.id;
    // The rows are made again (the note's row is kept: only taken out and put back).
    if (m_rows->indexOf(m_note) >= 0)
        m_rows->takeRow(m_note);
    while (m_rows->rowCount() > 0)
        m_rows->removeRow(0);
    m_scores.clear();
    m_weight = nullptr;
    m_weightLabel = nullptr;
    m_rows->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const QString &id : std::as_const(ids)) {
        auto *box = new ScoreBox(this);
        box->setFocusPolicy(Qt::StrongFocus);
        connect(box, &QSpinBox::valueChanged, this, &DiaryEntryForm::edited);
        box->setObjectName(u"score_"_s + id);
        box->setRange(-1, SymptomDiary::MaxScore);
        box->setSpecialValueText(u"–"_s);
        box->setValue(-1);
        box->setAccessibleName(m_diary.nameOf(id));
        box->setAccessibleDescription(tr("0 is none, 10 is the worst"));
        box->installEventFilter(this);
        auto *label = new QLabel(m_diary.nameOf(id) + u':', this);
        label->setBuddy(box);
        m_rows->addRow(label, box);
        m_scores.insert(id, box);
    }
    if (m_diary.trackWeight) {
        m_weight = new WeightBox(this);
        m_weight->setFocusPolicy(Qt::StrongFocus);
        m_weight->setGroupSeparatorShown(false);
        connect(m_weight, &QDoubleSpinBox::valueChanged, this, &DiaryEntryForm::edited);
        connect(m_weight, &QDoubleSpinBox::editingFinished, this, &DiaryEntryForm::checkWeight);
        m_weight->setObjectName(u"diaryWeight"_s);
        m_weight->setRange(-1, 1999);
        m_weight->setDecimals(1);
        m_weight->setSpecialValueText(u"–"_s);
        m_weight->setValue(-1);
        m_weight->setSuffix(u' ' + m_diary.weightUnit);
        m_weight->setAccessibleName(tr("Weight in %1").arg(m_diary.weightUnit));
        m_weight->installEventFilter(this);
        m_weightLabel = new QLabel(tr("&Weight:"), this);
        m_weightLabel->setBuddy(m_weight);
        m_rows->addRow(m_weightLabel, m_weight);
    }
    m_rows->addRow(m_noteLabel, m_note);
    m_shownIds = ids;
    // Tab goes down the boxes in the order shown, then to the buttons.
    QWidget *previous = m_date->lineEdit();
    for (const QString &id : std::as_const(ids)) {
        setTabOrder(previous, m_scores.value(id));
        previous = m_scores.value(id);
    }
    if (m_weight) {
        setTabOrder(previous, m_weight);
        previous = m_weight;
    }
    setTabOrder(previous, m_note);
    setTabOrder(m_note, m_keep);
    setTabOrder(m_keep, m_choose);
}

void DiaryEntryForm::showDay()
{
    const QScopedValueRollback showing(m_showing, true);
    const DiaryEntry *entry = m_diary.entryOn(m_date->date());
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it)
        it.value()->setValue(entry ? entry->scores.value(it.key(), -1) : -1);
    if (m_weight)
        m_weight->setValue(entry && entry->hasWeight() ? entry->weight : -1);
    m_note->setText(entry ? entry->note : QString());
}

void DiaryEntryForm::setEditable(bool editable)
{
    for (QSpinBox *box : std::as_const(m_scores))
        box->setReadOnly(!editable);
    if (m_weight)
        m_weight->setReadOnly(!editable);
    m_note->setReadOnly(!editable);
    m_keep->setEnabled(editable);
    m_choose->setEnabled(editable);
}

DiaryEntry DiaryEntryForm::entry() const
{
    DiaryEntry entry;
    entry.date = m_date->date();
    // A score the person's day kept for a symptom no longer tracked stays as it was.
    if (const DiaryEntry *before = m_diary.entryOn(entry.date))
        entry.scores = before->scores;
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        if (it.value()->value() >= 0)
            entry.scores.insert(it.key(), it.value()->value());
        else
            entry.scores.remove(it.key());
    }
    if (m_weight && m_weight->value() >= 0)
        entry.weight = m_weight->value();
    entry.note = ChecklistFormat::cleanText(m_note->text()).trimmed();
    return entry;
}

void DiaryEntryForm::focusFirst()
{
    if (!m_shownIds.isEmpty())
        m_scores.value(m_shownIds.first())->setFocus(Qt::OtherFocusReason);
    else
        m_note->setFocus(Qt::OtherFocusReason);
}

bool DiaryEntryForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            // Enter in the note keeps the day; in a box it goes on to the next.
            if (watched == m_note)
                Q_EMIT keepRequested();
            else
                focusNextChild();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace nextsteps
