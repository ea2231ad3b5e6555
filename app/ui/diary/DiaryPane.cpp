#include "ui/diary/DiaryPane.h"

#include "core/checklist/ChecklistModel.h"
#include "ui/diary/ChooseSymptomsDialog.h"
#include "ui/diary/DiaryCharts.h"
#include "ui/diary/DiaryEntryForm.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/MenuFit.h"
#include "ui/widgets/WrappingLabel.h"

#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

DiaryPane::DiaryPane(ChecklistModel *model, QAction *printWithQuestions, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(u"diaryPane"_s);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_readOnly = new WrappingLabel(QString(), this);
    m_form = new DiaryEntryForm(this);
    connect(m_form, &DiaryEntryForm::keepRequested, this, &DiaryPane::keepScores);
    connect(m_form, &DiaryEntryForm::entryEdited, this, [this] { keep(false); });
    connect(m_form, &DiaryEntryForm::chooseRequested, this, &DiaryPane::chooseSymptoms);

    m_sinceTitle = new WrappingLabel(QString(), this);
    m_since = new QTableWidget(this);
    m_since->setObjectName(u"sinceLastVisit"_s);
    m_since->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_since->verticalHeader()->hide();
    m_since->setWordWrap(true);
    m_since->setTabKeyNavigation(false); // Tab goes on; the arrows move between cells
    m_toTell = new QPushButton(this);
    m_toTell->setObjectName(u"diaryToTell"_s);
    connect(m_toTell, &QPushButton::clicked, this, &DiaryPane::addToToTell);
    m_urgent = new WrappingLabel(QString(), this);
    m_urgent->setObjectName(u"diaryUrgent"_s);
    m_urgent->setTextFormat(Qt::RichText);
    m_urgent->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_urgent, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT topicRequested(QUrl(link).path()); });

    m_charts = new DiaryCharts(this);
    connect(m_charts, &DiaryCharts::pointSaid, this, &DiaryPane::message);

    m_output = new QPushButton(this);
    m_output->setObjectName(u"diaryOutput"_s);
    auto *menu = new QMenu(m_output);
    const auto output = [this, menu](Output how) {
        QAction *action = menu->addAction(QString());
        connect(action, &QAction::triggered, this, [this, how] { Q_EMIT outputRequested(how); });
    };
    output(Output::Preview);
    output(Output::Print);
    output(Output::Pdf);
    output(Output::Text);
    m_output->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this,
            [this, menu] { fitMenuToScreen(menu, font(), font().pointSize() * 2 / 3); });
    auto *withQuestions = new QCheckBox(this);
    withQuestions->setObjectName(u"diaryWithQuestions"_s);
    withQuestions->setChecked(printWithQuestions->isChecked());
    connect(withQuestions, &QCheckBox::toggled, printWithQuestions, &QAction::setChecked);
    connect(printWithQuestions, &QAction::toggled, withQuestions, &QCheckBox::setChecked);

    const auto group = [this](QWidget *first, QList<QWidget *> rest) {
        auto *box = new QGroupBox(this);
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(first);
        for (QWidget *widget : rest)
            layout->addWidget(widget);
        m_groups.append(box);
        return box;
    };
    auto *contents = new QWidget(this);
    auto *column = new QVBoxLayout(contents);
    column->addWidget(m_title);
    column->addWidget(m_readOnly);
    column->addWidget(group(m_form, {}));
    column->addWidget(group(m_sinceTitle, {m_since, m_toTell, m_urgent}));
    column->addWidget(group(m_charts, {}));
    auto *printRow = new FlowLayout;
    printRow->addWidget(m_output);
    printRow->addWidget(withQuestions);
    column->addLayout(printRow);
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(contents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_model, &ChecklistModel::sectionChanged, this, [this](const QString &name) {
        if (name == SymptomDiary::SectionName)
            refresh();
    });
    connect(m_model, &ChecklistModel::visitChanged, this, &DiaryPane::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DiaryPane::refresh);
    connect(m_model, &ChecklistModel::readOnlyChanged, this, &DiaryPane::refresh);
    retranslate();
}

SymptomDiary DiaryPane::diaryOf(const ChecklistModel *model)
{
    return SymptomDiary::fromJson(model->section(SymptomDiary::SectionName));
}

SinceLastVisit DiaryPane::sinceLastVisitOf(const ChecklistModel *model)
{
    return SinceLastVisit::compare(
        diaryOf(model), SinceLastVisit::lastVisitIn(model->checklist(), QDate::currentDate()));
}

SymptomDiary DiaryPane::diary() const
{
    return diaryOf(m_model);
}

SinceLastVisit DiaryPane::sinceLastVisit() const
{
    return sinceLastVisitOf(m_model);
}

void DiaryPane::retranslate()
{
    m_title->setText(tr("How I’ve been"));
    m_title->setAccessibleName(m_title->text());
    static_cast<QGroupBox *>(m_groups.at(0))->setTitle(tr("Scores for a day"));
    static_cast<QGroupBox *>(m_groups.at(1))->setTitle(tr("Since my last visit"));
    static_cast<QGroupBox *>(m_groups.at(2))->setTitle(tr("Over time"));
    m_toTell->setText(tr("Add the New and Worse Ones to To Te&ll"));
    m_output->setText(tr("P&rint or Save How I’ve Been"));
    const QList<QAction *> actions = m_output->menu()->actions();
    actions.at(0)->setText(tr("Print Pre&view…"));
    actions.at(1)->setText(tr("&Print…"));
    actions.at(2)->setText(tr("Save as P&DF…"));
    actions.at(3)->setText(tr("Save as Te&xt…"));
    findChild<QCheckBox *>(u"diaryWithQuestions"_s)->setText(tr("Print it w&ith my questions"));
    m_form->retranslate();
    m_charts->retranslate();
    refresh();
}

void DiaryPane::refresh()
{
    const SymptomDiary diary = this->diary();
    const bool editable = !m_model->isReadOnly() && !diary.newerVersion;
    m_readOnly->setVisible(!editable);
    m_readOnly->setText(diary.newerVersion
                            ? tr("This diary was written by a newer version of Next Steps. You "
                                 "can read it here, but not change it.")
                            : tr("Your list can only be read here, so the diary cannot be "
                                 "changed either."));
    m_form->setDiary(diary);
    m_form->setEditable(editable);
    m_charts->setDiary(diary);

    const SinceLastVisit since = sinceLastVisit();
    m_sinceTitle->setText(
        since.lastVisit.isValid()
            ? tr("Your last visit was %1. “Then” is your score on that day or just before; "
                 "“Highest” is since then. Scores go from 0 (none) to 10 (the worst).")
                  .arg(Visit::dateText(since.lastVisit))
            : tr("No visit yet: these are since the diary began. Scores go from 0 (none) to "
                 "10 (the worst)."));
    const QStringList headers{tr("Symptom"), tr("Then"), tr("Now"), tr("Highest"), tr("Change")};
    m_since->clear();
    m_since->setColumnCount(int(headers.size()));
    m_since->setHorizontalHeaderLabels(headers);
    m_since->setRowCount(int(since.symptoms.size()));
    const auto score = [](int value) {
        return value < 0 ? u"–"_s : QString::number(value);
    };
    int offered = 0;
    for (int row = 0; row < since.symptoms.size(); ++row) {
        const SymptomChange &change = since.symptoms.at(row);
        const QStringList cells{change.name, score(change.then), score(change.now),
                                score(change.highest), SymptomChange::trendName(change.trend)};
        for (int column = 0; column < cells.size(); ++column)
            m_since->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        offered += change.isNewOrWorse() ? 1 : 0;
    }
    // The numbers as wide as they need, the names in what is left (wrapped when long): no
    // scrolling sideways in a narrow column.
    m_since->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_since->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_since->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_since->resizeRowsToContents();
    // Every row in view: the table is as tall as its rows, the pane scrolls instead.
    int height = m_since->horizontalHeader()->height() + m_since->frameWidth() * 2;
    for (int row = 0; row < m_since->rowCount(); ++row)
        height += m_since->rowHeight(row);
    m_since->setFixedHeight(height);
    m_toTell->setEnabled(editable && offered > 0);
    m_urgent->setVisible(since.anyUrgentSignNewOrWorse());
    m_urgent->setText(tr("Some changes in breathing, swallowing, pain, coughing or the bowels are "
                         "on the page <a href=\"topic:urgent\">When to get help right away</a>. "
                         "Read it to see if one of yours is there."));
}

bool DiaryPane::keepScores()
{
    return keep(true);
}

bool DiaryPane::keep(bool said)
{
    SymptomDiary diary = this->diary();
    if (m_model->isReadOnly() || diary.newerVersion)
        return false;
    if (!DateField::allReadable({m_form->dateField()}, this))
        return false;
    const DiaryEntry entry = m_form->entry();
    if (!entry.date.isValid() || entry.date > QDate::currentDate())
        return false; // the form says so when the day is chosen
    diary.setEntry(entry);
    // Every change to a day, one after the other, is one step of Edit > Undo.
    m_model->setSection(SymptomDiary::SectionName, diary.toJson(),
                        tr("Scores for %1").arg(Visit::dateText(entry.date)),
                        ChecklistModel::Merge::SameText);
    if (said)
        Q_EMIT message(entry.isEmpty()
                           ? tr("The scores for %1 are cleared.").arg(Visit::dateText(entry.date))
                           : tr("Kept the scores for %1.").arg(Visit::dateText(entry.date)));
    return true;
}

void DiaryPane::chooseSymptoms()
{
    if (m_model->isReadOnly() || diary().newerVersion)
        return;
    ChooseSymptomsDialog dialog(diary(), this);
    if (Ask::exec(&dialog) != QDialog::Accepted)
        return;
    m_model->setSection(SymptomDiary::SectionName, dialog.diary().toJson(),
                        tr("Choose what to track"));
}

int DiaryPane::addToToTell()
{
    if (m_model->isReadOnly())
        return 0;
    const SinceLastVisit since = sinceLastVisit();
    QList<SymptomChange> offered;
    for (const SymptomChange &change : since.symptoms) {
        if (change.isNewOrWorse())
            offered.append(change);
    }
    QStringList already;
    for (const ToTellItem &item : m_model->checklist().toTell)
        already << item.text;
    QList<QStringList> records;
    for (const SymptomChange &change : std::as_const(offered)) {
        const QString text = tr("%1 (%2 since my last visit)")
                                 .arg(change.name, SymptomChange::trendName(change.trend));
        // Only what the diary says: no "since when" the person did not give.
        if (!already.contains(text))
            records.append({text, QString(), QString::number(change.now), change.describe()});
    }
    if (records.isEmpty()) {
        Q_EMIT message(tr("Nothing new or worse to add: To tell has them already."));
        return 0;
    }
    int added = 0;
    if (m_model->undoStack())
        m_model->undoStack()->beginMacro(tr("Add the new and worse ones to To tell"));
    for (const QStringList &record : std::as_const(records))
        added += m_model->addRecord(ChecklistModel::ListKind::ToTell, record) ? 1 : 0;
    if (m_model->undoStack())
        m_model->undoStack()->endMacro();
    Q_EMIT message(tr("%n added to To tell.", nullptr, added));
    return added;
}

void DiaryPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A new text size: the tables' rows and heights follow it.
    if (event->type() == QEvent::FontChange)
        refresh();
}

void DiaryPane::focusFirst()
{
    m_form->focusFirst();
}

} // namespace nextsteps
