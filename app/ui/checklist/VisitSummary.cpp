#include "ui/checklist/VisitSummary.h"

#include "core/checklist/ChecklistModel.h"
#include "ui/checklist/VisitDialog.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/WrappingLabel.h"

#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

VisitSummary::VisitSummary(ChecklistModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_text = new WrappingLabel(this);
    m_text->setObjectName(u"visitLabel"_s);
    m_button = new QPushButton(this);
    m_button->setObjectName(u"visitButton"_s);
    connect(m_button, &QPushButton::clicked, this, &VisitSummary::edit);
    connect(m_model, &ChecklistModel::visitChanged, this, &VisitSummary::update);
    // The visit takes the full width (a long date and name wrap less); its button sits below.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_text);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    retranslate();
}

void VisitSummary::retranslate()
{
    m_button->setText(tr("Visit details…"));
    m_button->setAccessibleName(tr("Set the date of your visit and who it is with"));
    update();
}

void VisitSummary::edit()
{
    VisitDialog dialog(m_model->visit(), this);
    if (Ask::exec(&dialog) == QDialog::Accepted)
        m_model->setVisit(dialog.visit());
}

void VisitSummary::update()
{
    const Visit &visit = m_model->visit();
    const QString when = visit.describe();
    QString text = when.isEmpty() ? tr("Visit: not set yet") : tr("Visit: %1").arg(when);
    if (!visit.place.trimmed().isEmpty())
        text += u'\n' + tr("Place: %1").arg(visit.place.trimmed());
    if (!visit.bring.trimmed().isEmpty())
        text += u'\n' + tr("To bring: %1").arg(visit.bring.trimmed());
    m_text->setText(text);
    m_text->setAccessibleName(text);
}

} // namespace nextsteps
