#pragma once

#include "core/summary/TreatmentSummary.h"
#include "ui/print/PrintController.h"

#include <QObject>

class QWidget;

namespace nextsteps {

class ChecklistModel;
class Guide;

// File > My Cancer and Treatments… (and the trials topic's link): the dialog, filled from the
// list's file, with the guide's words for each test; what the person keeps is one undo step in
// the list (TreatmentSummary's section); Print or Save goes to the print controller.
class SummaryKeeper : public QObject
{
    Q_OBJECT

public:
    SummaryKeeper(ChecklistModel *model, PrintController *print, const Guide *guide,
                  QWidget *window);

    TreatmentSummary summary() const;
    void show();
    static Printable printable(const TreatmentSummary &summary);

Q_SIGNALS:
    void message(const QString &text);

private:
    ChecklistModel *m_model;
    PrintController *m_print;
    const Guide *m_guide;
    QWidget *m_window;
};

} // namespace nextsteps
