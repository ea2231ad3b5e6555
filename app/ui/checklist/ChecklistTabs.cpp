#include "ui/checklist/ChecklistTabs.h"

#include "core/checklist/ChecklistModel.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/RecordListEditor.h"
#include "ui/widgets/UiFonts.h"

#include <QTabBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

ChecklistTabs::ChecklistTabs(ChecklistModel *model, QWidget *parent)
    : QTabWidget(parent), m_model(model)
{
    setObjectName(u"listTabs"_s);
    setDocumentMode(true);
    m_panel = new ChecklistPanel(model, this);
    m_toTellPage = new QWidget(this);
    m_toTellPage->setObjectName(u"toTellPage"_s);
    (new QVBoxLayout(m_toTellPage))->setContentsMargins(0, 0, 0, 0);
    addTab(m_panel, QString());
    addTab(m_toTellPage, QString());
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (widget(index) == m_toTellPage)
            toTellEditor();
    });
    // The tabs are not a Tab stop of their own (they would come after the panel, out of
    // reading order): Ctrl+Tab switches them, as View > Go to My Questions (Ctrl+3) and Go to
    // Things to Tell (Ctrl+4) do.
    tabBar()->setFocusPolicy(Qt::NoFocus);
    // Short tabs, no scroll arrows (at 300% they became a Tab stop of their own). A third tab
    // (the diary, added by the window) would make the column wider than the text beside it can
    // spare at large sizes: where the column is at its least, the tabs' words are shortened
    // ("Questi…", their whole names in their tooltips) rather than taking the text's room.
    tabBar()->setUsesScrollButtons(false);
    tabBar()->setElideMode(Qt::ElideRight);
    retranslate();
}

RecordListEditor *ChecklistTabs::toTellEditor()
{
    if (!m_toTell) {
        m_toTell = new RecordListEditor(m_model, ChecklistModel::ListKind::ToTell, m_toTellPage);
        m_toTell->setObjectName(u"toTellEditor"_s);
        m_toTell->setFont(comfortableFont(m_zoom));
        m_toTell->retranslate();
        m_toTellPage->layout()->addWidget(m_toTell);
        m_toTellPage->setFocusProxy(m_toTell);
    }
    return m_toTell;
}

void ChecklistTabs::setZoom(int percent)
{
    m_zoom = percent;
    m_panel->setZoom(percent);
    if (m_toTell)
        m_toTell->setFont(comfortableFont(percent));
    tabBar()->setFont(comfortableFont(percent));
}

void ChecklistTabs::retranslate()
{
    setTabText(0, tr("Questions"));
    setTabText(1, tr("To tell"));
    setTabToolTip(0, tr("Questions for my doctor"));
    setTabToolTip(1, tr("Things to tell my doctor: symptoms and changes since the last visit"));
    if (m_toTell)
        m_toTell->retranslate();
}

} // namespace nextsteps
