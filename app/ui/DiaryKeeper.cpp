#include "ui/DiaryKeeper.h"

#include "core/checklist/ChecklistModel.h"
#include "ui/diary/DiaryPrintout.h"
#include "ui/widgets/UiFonts.h"

#include <QAction>
#include <QSettings>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

const auto WithQuestionsKey = u"print/diaryWithQuestions"_s;

} // namespace

DiaryKeeper::DiaryKeeper(ChecklistModel *model, PrintController *print, QTabWidget *tabs,
                         QWidget *window)
    : QObject(window), m_model(model), m_print(print), m_tabs(tabs)
{
    m_page = new QWidget(tabs);
    m_page->setObjectName(u"diaryPage"_s);
    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    tabs->addTab(m_page, QString());
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_page)
            pane();
    });
    m_withQuestions = new QAction(this);
    m_withQuestions->setObjectName(u"printDiaryWithQuestions"_s);
    m_withQuestions->setCheckable(true);
    m_withQuestions->setChecked(QSettings().value(WithQuestionsKey, true).toBool());
    connect(m_withQuestions, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(WithQuestionsKey, on); });
    // After the questions, when chosen and when there are scores since the last visit.
    print->addExtraPages(
        [this](QTextDocument *document, qreal size) {
            const SymptomDiary diary = DiaryPane::diaryOf(m_model);
            if (m_withQuestions->isChecked() && !diary.isEmpty())
                DiaryPrintout::append(document, diary, DiaryPane::sinceLastVisitOf(m_model), size,
                                      true);
        },
        [this] {
            const SymptomDiary diary = DiaryPane::diaryOf(m_model);
            return m_withQuestions->isChecked() && !diary.isEmpty()
                       ? DiaryPrintout::toPlainText(diary, DiaryPane::sinceLastVisitOf(m_model))
                       : QString();
        });
    retranslate();
}

DiaryPane *DiaryKeeper::pane()
{
    if (!m_pane) {
        m_pane = new DiaryPane(m_model, m_withQuestions, m_page);
        m_pane->setFont(comfortableFont(m_zoom));
        m_page->layout()->addWidget(m_pane);
        m_pane->show(); // now, not at the layout's next turn: the focus goes into it at once
        connect(m_pane, &DiaryPane::message, this, &DiaryKeeper::message);
        connect(m_pane, &DiaryPane::topicRequested, this, &DiaryKeeper::topicRequested);
        connect(m_pane, &DiaryPane::outputRequested, this, [this](DiaryPane::Output how) {
            switch (how) {
            case DiaryPane::Output::Preview:
                m_print->preview(printable());
                break;
            case DiaryPane::Output::Print:
                m_print->print(printable());
                break;
            case DiaryPane::Output::Pdf:
                m_print->savePdf(printable());
                break;
            case DiaryPane::Output::Text:
                m_print->saveText(printable());
                break;
            }
        });
    }
    return m_pane;
}

void DiaryKeeper::setZoom(int percent)
{
    m_zoom = percent;
    if (m_pane)
        m_pane->setFont(comfortableFont(percent));
}

void DiaryKeeper::goTo()
{
    m_tabs->setCurrentWidget(m_page);
    pane()->focusFirst();
}

void DiaryKeeper::retranslate()
{
    // A short name: the column is never narrower than its tabs need, and at large text every
    // word of a tab costs the text beside it.
    m_tabs->setTabText(m_tabs->indexOf(m_page), tr("Diary"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_page), tr("How I’ve been: my symptom diary"));
    m_withQuestions->setText(tr("Print My Diary W&ith My Questions"));
    if (m_pane)
        m_pane->retranslate();
}

Printable DiaryKeeper::printable() const
{
    const SymptomDiary diary = DiaryPane::diaryOf(m_model);
    const SinceLastVisit since = DiaryPane::sinceLastVisitOf(m_model);
    return {DiaryPrintout::title(),
            [diary, since](qreal size) { return DiaryPrintout::build(diary, since, size); },
            DiaryPrintout::toPlainText(diary, since)};
}

} // namespace nextsteps
