#include "ui/diary/ChooseSymptomsDialog.h"

#include "ui/widgets/WrappingLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nextsteps {

ChooseSymptomsDialog::ChooseSymptomsDialog(const SymptomDiary &diary, QWidget *parent)
    : QDialog(parent), m_diary(diary)
{
    setObjectName(u"chooseSymptomsDialog"_s);
    setWindowTitle(tr("Choose What to Track"));
    auto *intro = new WrappingLabel(
        tr("Tick what you want to score each day. Space ticks or unticks the one chosen. "
           "Scores already written stay in the diary."),
        this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"symptomChoices"_s);
    m_list->setAccessibleName(tr("What to track"));
    auto *listLabel = new QLabel(tr("&What to track:"), this);
    listLabel->setBuddy(m_list);
    m_own = new QLineEdit(this);
    m_own->setObjectName(u"ownSymptom"_s);
    m_own->setAccessibleName(tr("Something of your own to track"));
    auto *ownLabel = new QLabel(tr("Something of your &own:"), this);
    ownLabel->setBuddy(m_own);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &ChooseSymptomsDialog::addOwn);
    // Enter in the field adds what was typed; it does not close the dialog too.
    m_own->installEventFilter(this);
    m_weight = new QCheckBox(tr("Track my w&eight"), this);
    m_weight->setChecked(diary.trackWeight);
    m_pounds = new QCheckBox(tr("Weight in &pounds (not kilograms)"), this);
    m_pounds->setChecked(diary.weightUnit == u"lb");
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *own = new QHBoxLayout;
    own->addWidget(m_own, 1);
    own->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(ownLabel);
    layout->addLayout(own);
    layout->addWidget(m_weight);
    layout->addWidget(m_pounds);
    layout->addWidget(buttons);
    fill();
    m_list->setCurrentRow(0);
}

void ChooseSymptomsDialog::fill()
{
    m_list->clear();
    for (const TrackedSymptom &symptom : std::as_const(m_diary.symptoms)) {
        auto *item = new QListWidgetItem(m_diary.nameOf(symptom.id), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(symptom.on ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, symptom.id);
    }
}

void ChooseSymptomsDialog::addOwn()
{
    m_diary = diary();
    if (m_diary.addOwn(m_own->text()).isEmpty())
        return;
    m_own->clear();
    fill();
    m_list->setCurrentRow(m_list->count() - 1);
}

bool ChooseSymptomsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_own && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addOwn();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

SymptomDiary ChooseSymptomsDialog::diary() const
{
    SymptomDiary diary = m_diary;
    for (int row = 0; row < m_list->count(); ++row)
        diary.symptoms[row].on = m_list->item(row)->checkState() == Qt::Checked;
    diary.trackWeight = m_weight->isChecked();
    const QString unit = m_pounds->isChecked() ? u"lb"_s : u"kg"_s;
    if (unit != diary.weightUnit) {
        // The weights written so far, in the new unit, to a tenth.
        constexpr double PoundsPerKilogram = 2.20462;
        const double factor = unit == u"lb" ? PoundsPerKilogram : 1 / PoundsPerKilogram;
        for (DiaryEntry &entry : diary.entries) {
            if (entry.hasWeight())
                entry.weight = std::round(entry.weight * factor * 10) / 10;
        }
        diary.weightUnit = unit;
    }
    return diary;
}

} // namespace nextsteps
