#include "ui/phrases/EmergencyInfoDialog.h"

#include "core/checklist/ChecklistFormat.h"
#include "ui/widgets/DialogSize.h"
#include "ui/widgets/Placeholder.h"
#include "ui/widgets/WrappingLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

EmergencyInfoDialog::EmergencyInfoDialog(const EmergencyInfo &info, bool readOnly,
                                         const QString &cardName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"emergencyInfoDialog"_s);
    setWindowTitle(tr("For Emergency Staff"));
    auto *intro = new WrappingLabel(
        tr("One page for ambulance and hospital staff, in English and Spanish, to keep on the "
           "fridge or in a bag, how you breathe first and in the largest type. It also prints "
           "your medicines, your immunotherapy and your care team's numbers as you wrote them "
           "in Next Steps."),
        this);
    m_airway = new QComboBox(this);
    m_airway->setObjectName(u"airway"_s);
    m_airway->addItem(tr("Through my nose and mouth (not printed)"));
    m_airway->addItem(tr("Only through my neck: my voice box was removed (laryngectomy)"));
    m_airway->addItem(tr("With a breathing tube in my neck (tracheostomy)"));
    m_airway->setCurrentIndex(int(info.airway));
    const auto line = [this](const QString &text, const QString &name) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        return edit;
    };
    m_name = line(info.name.isEmpty() ? cardName : info.name, u"emergencyName"_s);
    m_tube = line(info.tube, u"tube"_s);
    setPlaceholder(m_tube, tr("For example: Shiley 6, cuffless"), tr("Such as: Shiley 6"));
    m_allergies = line(info.allergies, u"emergencyAllergies"_s);
    m_speaksName = line(info.speaksName, u"speaksName"_s);
    m_speaksPhone = line(info.speaksPhone, u"speaksPhone"_s);
    m_polst = line(info.polstWhere, u"polstWhere"_s);
    setPlaceholder(m_polst, tr("For example: on the fridge, in the blue folder"),
                   tr("Such as: on the fridge"));
    m_notes = line(info.notes, u"emergencyNotes"_s);

    // The order the form reads in (the name field was made after the breathing box).
    setTabOrder(m_name, m_airway);
    setTabOrder(m_airway, m_tube);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(DialogSize::zoom() >= 150 ? QFormLayout::WrapAllRows
                                                     : QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("My &name:"), m_name);
    form->addRow(tr("How I &breathe:"), m_airway);
    form->addRow(tr("Breathing &tube, type and size:"), m_tube);
    form->addRow(tr("&Allergies:"), m_allergies);
    form->addRow(tr("&Who speaks for me if I can't:"), m_speaksName);
    form->addRow(tr("Their &phone:"), m_speaksPhone);
    form->addRow(tr("Where my P&OLST or advance directive is:"), m_polst);
    form->addRow(tr("Anything &else staff should know:"), m_notes);
    m_name->setAccessibleName(tr("My name"));
    m_airway->setAccessibleName(tr("How I breathe"));
    m_tube->setAccessibleName(tr("Breathing tube, type and size"));
    m_allergies->setAccessibleName(tr("Allergies"));
    m_speaksName->setAccessibleName(tr("Who speaks for me if I can't"));
    m_speaksPhone->setAccessibleName(tr("Their phone"));
    m_polst->setAccessibleName(tr("Where my POLST or advance directive is"));
    m_notes->setAccessibleName(tr("Anything else staff should know"));

    auto *buttons = new QDialogButtonBox(this);
    if (!readOnly) // (a hidden button would be shown again as the next one is added)
        buttons->addButton(QDialogButtonBox::Ok);
    buttons->addButton(readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Cancel);
    QPushButton *print = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, [this] { done(Print); });
    connect(pdf, &QPushButton::clicked, this, [this] { done(SavePdf); });
    if (readOnly) {
        for (QLineEdit *edit : findChildren<QLineEdit *>())
            edit->setReadOnly(true);
        m_airway->setEnabled(false);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void EmergencyInfoDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    QTimer::singleShot(0, this, [this] { m_name->setFocus(Qt::OtherFocusReason); });
}

EmergencyInfo EmergencyInfoDialog::info() const
{
    const auto clean = [](const QLineEdit *edit) {
        return ChecklistFormat::cleanText(edit->text()).trimmed();
    };
    EmergencyInfo info;
    info.airway = EmergencyInfo::Airway(std::clamp(m_airway->currentIndex(), 0, 2));
    info.name = clean(m_name);
    info.tube = clean(m_tube);
    info.allergies = clean(m_allergies);
    info.speaksName = clean(m_speaksName);
    info.speaksPhone = clean(m_speaksPhone);
    info.polstWhere = clean(m_polst);
    info.notes = clean(m_notes);
    return info;
}

} // namespace nextsteps
