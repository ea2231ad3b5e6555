#include "ui/SummaryKeeper.h"

#include "core/checklist/ChecklistModel.h"
#include "core/guide/Guide.h"
#include "core/summary/TreatmentSummaryPrintout.h"
#include "ui/summary/TreatmentSummaryDialog.h"
#include "ui/widgets/Ask.h"

#include <QTextDocument>

namespace nextsteps {

SummaryKeeper::SummaryKeeper(ChecklistModel *model, PrintController *print, const Guide *guide,
                             QWidget *window)
    : QObject(window), m_model(model), m_print(print), m_guide(guide), m_window(window)
{}

TreatmentSummary SummaryKeeper::summary() const
{
    return TreatmentSummary::fromJson(m_model->section(TreatmentSummary::SectionName));
}

Printable SummaryKeeper::printable(const TreatmentSummary &summary)
{
    return {TreatmentSummaryPrintout::title(),
            [summary](qreal body) { return TreatmentSummaryPrintout::build(summary, body); },
            TreatmentSummaryPrintout::toPlainText(summary)};
}

void SummaryKeeper::show()
{
    const Guide *guide = m_guide;
    TreatmentSummaryDialog dialog(
        summary(), m_model->isReadOnly(),
        [guide](const QString &id) {
            const GlossaryTerm *term = guide->glossaryTerm(id);
            return term ? term->definition : QString();
        },
        m_window);
    const int result = Ask::exec(&dialog);
    if (result == QDialog::Rejected)
        return;
    const TreatmentSummary kept = dialog.summary();
    if (!m_model->isReadOnly())
        m_model->setSection(TreatmentSummary::SectionName, kept.toJson(),
                            tr("Changes to my cancer and treatments"));
    const Printable what = printable(kept);
    switch (result) {
    case TreatmentSummaryDialog::Preview:
        m_print->preview(what);
        break;
    case TreatmentSummaryDialog::Print:
        m_print->print(what);
        break;
    case TreatmentSummaryDialog::SavePdf:
        m_print->savePdf(what);
        break;
    case TreatmentSummaryDialog::SaveText:
        m_print->saveText(what);
        break;
    default:
        break;
    }
}

} // namespace nextsteps
