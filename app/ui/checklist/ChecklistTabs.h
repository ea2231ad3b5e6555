#pragma once

#include <QTabWidget>

namespace nextsteps {

class ChecklistModel;
class ChecklistPanel;
class RecordListEditor;

// The right-hand column: "Questions" (the panel) and "To tell" (the things to tell the doctor),
// side by side as tabs. The To tell editor is made when its tab is first shown: it is not
// needed for the first paint, and start-up is on a budget.
class ChecklistTabs : public QTabWidget
{
    Q_OBJECT

public:
    ChecklistTabs(ChecklistModel *model, QWidget *parent = nullptr);

    ChecklistPanel *panel() const { return m_panel; }
    QWidget *toTellPage() const { return m_toTellPage; }
    // Made now if it was not yet.
    RecordListEditor *toTellEditor();
    void setZoom(int percent);
    void retranslate();

private:
    ChecklistModel *m_model;
    ChecklistPanel *m_panel;
    QWidget *m_toTellPage;
    RecordListEditor *m_toTell = nullptr;
    int m_zoom = 100;
};

} // namespace nextsteps
