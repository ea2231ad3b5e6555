#include "ui/DecisionsKeeper.h"

#include "core/checklist/ChecklistModel.h"
#include "core/summary/TreatmentSummary.h"
#include "ui/widgets/Ask.h"

#include <QAction>
#include <QSettings>
#include <QTabWidget>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

const auto WithQuestionsKey = u"print/decisionsWithQuestions"_s;

// The emergency details without what My wishes keeps (who speaks for me, the POLST's place):
// those live in one place only.
EmergencyInfo withoutWishes(EmergencyInfo info)
{
    info.speaksName.clear();
    info.speaksPhone.clear();
    info.polstWhere.clear();
    return info;
}

bool anything(const DecisionsPrintout::Content &content)
{
    return !content.matters.isEmpty() || !content.stand.isEmpty() || !content.wishes.isEmpty();
}

} // namespace

DecisionsKeeper::DecisionsKeeper(ChecklistModel *model, PrintController *print,
                                 std::function<QString()> language, QWidget *window)
    : QObject(window), m_model(model), m_print(print), m_language(std::move(language)),
      m_window(window)
{
    m_withQuestions = new QAction(this);
    m_withQuestions->setObjectName(u"printDecisionsWithQuestions"_s);
    m_withQuestions->setCheckable(true);
    // Off until chosen: wishes are private, and not every visit is the place for them.
    m_withQuestions->setChecked(QSettings().value(WithQuestionsKey, false).toBool());
    connect(m_withQuestions, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(WithQuestionsKey, on); });
    print->addExtraPages(
        [this](QTextDocument *document, qreal size) {
            const DecisionsPrintout::Content now = content();
            if (m_withQuestions->isChecked() && anything(now))
                DecisionsPrintout::append(document, now, size, true);
        },
        [this] {
            const DecisionsPrintout::Content now = content();
            return m_withQuestions->isChecked() && anything(now)
                       ? DecisionsPrintout::toPlainText(now)
                       : QString();
        });
    retranslate();
}

void DecisionsKeeper::retranslate()
{
    m_withQuestions->setText(tr("Print What M&atters and My Wishes With My Questions"));
}

MyWishes DecisionsKeeper::wishesOf(const ChecklistModel *model)
{
    MyWishes wishes = MyWishes::fromJson(model->section(MyWishes::SectionName));
    const EmergencyInfo emergency =
        EmergencyInfo::fromJson(model->section(EmergencyInfo::SectionName));
    if (wishes.speaksName.isEmpty() && wishes.speaksPhone.isEmpty()) {
        wishes.speaksName = emergency.speaksName;
        wishes.speaksPhone = emergency.speaksPhone;
    }
    if (wishes.polstWhere.isEmpty())
        wishes.polstWhere = emergency.polstWhere;
    if (wishes.name.isEmpty())
        wishes.name =
            !emergency.name.isEmpty()
                ? emergency.name
                : TreatmentSummary::fromJson(model->section(TreatmentSummary::SectionName)).name;
    return wishes;
}

EmergencyInfo DecisionsKeeper::emergencyInfo(const ChecklistModel *model)
{
    EmergencyInfo info = EmergencyInfo::fromJson(model->section(EmergencyInfo::SectionName));
    const MyWishes wishes = MyWishes::fromJson(model->section(MyWishes::SectionName));
    if (!wishes.speaksName.isEmpty() || !wishes.speaksPhone.isEmpty()) {
        info.speaksName = wishes.speaksName;
        info.speaksPhone = wishes.speaksPhone;
    }
    if (!wishes.polstWhere.isEmpty())
        info.polstWhere = wishes.polstWhere;
    if (info.name.isEmpty())
        info.name = wishes.name; // offered; the emergency sheet keeps its own when changed
    return info;
}

void DecisionsKeeper::keepEmergencyInfo(ChecklistModel *model, const EmergencyInfo &info,
                                        const QString &undoText)
{
    MyWishes wishes = MyWishes::fromJson(model->section(MyWishes::SectionName));
    if (wishes.newerVersion) { // not written over: the details stay where they were
        model->setSection(EmergencyInfo::SectionName, info.toJson(), undoText);
        return;
    }
    wishes.speaksName = info.speaksName;
    wishes.speaksPhone = info.speaksPhone;
    wishes.polstWhere = info.polstWhere;
    model->setSections({{MyWishes::SectionName, wishes.toJson()},
                        {EmergencyInfo::SectionName, withoutWishes(info).toJson()}},
                       undoText);
}

DecisionsPrintout::Content DecisionsKeeper::content() const
{
    DecisionsPrintout::Content content;
    content.matters = WhatMatters::fromJson(m_model->section(WhatMatters::SectionName));
    content.stand = WhereIStand::fromJson(m_model->section(WhereIStand::SectionName));
    content.wishes = wishesOf(m_model);
    content.language = m_language();
    return content;
}

Printable DecisionsKeeper::printable() const
{
    return printable(content());
}

Printable DecisionsKeeper::printable(const DecisionsPrintout::Content &now)
{
    return {DecisionsPrintout::title(),
            [now](qreal body) { return DecisionsPrintout::build(now, body); },
            DecisionsPrintout::toPlainText(now)};
}

void DecisionsKeeper::show(int page)
{
    const DecisionsPrintout::Content before = content();
    const bool readOnly = m_model->isReadOnly() || before.matters.newerVersion ||
                          before.stand.newerVersion || before.wishes.newerVersion;
    ThinkingDialog dialog(
        before, readOnly,
        [this](const QStringList &questions) {
            return m_model->addQuestions(questions, tr("Add questions from Where I stand"));
        },
        m_window);
    connect(&dialog, &ThinkingDialog::outputRequested, this, [this, &dialog](int how) {
        const Printable what = printable(dialog.content());
        switch (ThinkingDialog::Output(how)) {
        case ThinkingDialog::Preview:
            m_print->preview(what);
            break;
        case ThinkingDialog::Print:
            m_print->print(what);
            break;
        case ThinkingDialog::SavePdf:
            m_print->savePdf(what);
            break;
        case ThinkingDialog::SaveText:
            m_print->saveText(what);
            break;
        }
    });
    dialog.showPage(ThinkingDialog::Page(page >= 0 ? page : m_lastPage));
    const int result = Ask::exec(&dialog);
    m_lastPage = dialog.tabs()->currentIndex();
    if (result == QDialog::Rejected)
        return;
    if (!readOnly) {
        const DecisionsPrintout::Content kept = dialog.content();
        const EmergencyInfo rest =
            withoutWishes(EmergencyInfo::fromJson(m_model->section(EmergencyInfo::SectionName)));
        QMap<QString, QJsonObject> sections{{WhatMatters::SectionName, kept.matters.toJson()},
                                            {WhereIStand::SectionName, kept.stand.toJson()},
                                            {MyWishes::SectionName, kept.wishes.toJson()}};
        if (!rest.newerVersion)
            sections.insert(EmergencyInfo::SectionName, rest.toJson());
        // "I want to talk about this with my doctor", newly checked: a question on the list too,
        // so it is asked at the visit. All of it one undo step.
        QStringList talk;
        const QStringList ids = MyWishes::talkIds();
        for (int wish = 0; wish < ids.size(); ++wish) {
            if (kept.wishes.talk.value(wish) && !before.wishes.talk.value(wish))
                talk << MyWishes::talkQuestion(ids.at(wish));
        }
        const QString undoText = tr("Changes to what matters and my wishes");
        QUndoStack *stack = m_model->undoStack();
        if (stack)
            stack->beginMacro(undoText);
        m_model->setSections(sections, undoText);
        const int added = m_model->addQuestions(talk, undoText);
        if (stack)
            stack->endMacro();
        if (added)
            Q_EMIT message(
                tr("Added %n question(s) about your wishes to your list.", nullptr, added));
    }
    if (result == ThinkingDialog::ShowTopic) {
        Q_EMIT topicRequested(dialog.topic());
        if (!readOnly)
            Q_EMIT message(tr("What you wrote in Thinking It Through is kept. File > Thinking It "
                              "Through… opens it again."));
    }
}

} // namespace nextsteps
