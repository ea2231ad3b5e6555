#include "ui/decisions/StandPage.h"

#include "core/checklist/ChecklistFormat.h"
#include "core/decisions/DecisionOptions.h"
#include "core/decisions/DecisionsPrintout.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/WrappingLabel.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

constexpr int YesId = 1;
constexpr int NoId = 2;

} // namespace

StandPage::StandPage(const WhereIStand &stand, const QString &language, bool readOnly,
                     QWidget *parent)
    : QWidget(parent), m_language(language)
{
    setObjectName(u"standPage"_s);
    auto *leanBox = new QGroupBox(tr("Right now I lean toward"), this);
    m_lean = new QButtonGroup(this);
    auto *leanLayout = new QVBoxLayout(leanBox);
    const auto addLean = [&](const QString &id, const QString &text) {
        auto *button = new QRadioButton(text, leanBox);
        button->setObjectName(u"lean_"_s + id);
        m_lean->addButton(button, int(m_leanIds.size()));
        m_leanIds << id;
        leanLayout->addWidget(button);
        button->setChecked(stand.lean == id);
        button->setEnabled(!readOnly);
    };
    for (const DecisionOptions::Option &option : DecisionOptions::bundled().options)
        addLean(option.id, option.name.in(language));
    addLean(WhereIStand::NotSure, DecisionsPrintout::leanName(WhereIStand::NotSure, language));
    auto *mix = new WrappingLabel(tr("Many people use more than one at a time, and change their "
                                     "minds. Pick the one closest to where you are today."),
                                  leanBox);
    leanLayout->addWidget(mix);

    auto *sureBox = new QGroupBox(tr("How sure do I feel?"), this);
    auto *sureLayout = new QVBoxLayout(sureBox);
    auto *sureIntro = new WrappingLabel(
        tr("Four questions based on SURE, a short check used by doctors and researchers "
           "(Légaré and others, 2010). A “no” is common and fine: it shows what would help."),
        sureBox);
    sureLayout->addWidget(sureIntro);
    const QStringList ids = WhereIStand::checkIds();
    for (int check = 0; check < ids.size(); ++check) {
        auto *row = new QHBoxLayout;
        auto *question = new WrappingLabel(WhereIStand::checkQuestion(ids.at(check)), sureBox);
        auto *yes =
            new QRadioButton(DecisionsPrintout::answerName(WhereIStand::Answer::Yes), sureBox);
        auto *no =
            new QRadioButton(DecisionsPrintout::answerName(WhereIStand::Answer::No), sureBox);
        yes->setObjectName(u"%1Yes"_s.arg(ids.at(check)));
        no->setObjectName(u"%1No"_s.arg(ids.at(check)));
        // A screen reader hears the question with each answer.
        yes->setAccessibleDescription(question->text());
        no->setAccessibleDescription(question->text());
        yes->setAccessibleName(question->text() + u' ' + yes->text());
        no->setAccessibleName(question->text() + u' ' + no->text());
        auto *group = new QButtonGroup(this);
        group->addButton(yes, YesId);
        group->addButton(no, NoId);
        yes->setChecked(stand.checks.value(check) == WhereIStand::Answer::Yes);
        no->setChecked(stand.checks.value(check) == WhereIStand::Answer::No);
        yes->setEnabled(!readOnly);
        no->setEnabled(!readOnly);
        m_checks << group;
        row->addWidget(question, 1);
        row->addWidget(yes);
        row->addWidget(no);
        sureLayout->addLayout(row);
        connect(group, &QButtonGroup::idToggled, this, [this](int, bool on) {
            if (on) {
                showQuestions();
                Q_EMIT changed();
            }
        });
    }

    m_help = new QPlainTextEdit(stand.help, this);
    m_help->setObjectName(u"whatWouldHelp"_s);
    m_help->setTabChangesFocus(true);
    m_help->setReadOnly(readOnly);
    m_help->setAccessibleName(tr("What would help me"));
    m_help->setMaximumHeight(m_help->fontMetrics().lineSpacing() * 4);
    auto *helpLabel = new WrappingLabel(tr("What would &help me:"), this);
    helpLabel->setBuddy(m_help);

    m_questions = new QListWidget(this);
    m_questions->setObjectName(u"standQuestions"_s);
    m_questions->setAccessibleName(tr("Questions to ask"));
    m_questions->setWordWrap(true);
    auto *questionsLabel =
        new WrappingLabel(tr("&Questions this raises (check the ones to ask):"), this);
    questionsLabel->setBuddy(m_questions);
    m_add = new QPushButton(tr("Add the Checked Questions to My &List"), this);
    m_add->setObjectName(u"addStandQuestions"_s);
    m_add->setAutoDefault(false);
    m_add->setEnabled(!readOnly);
    connect(m_add, &QPushButton::clicked, this,
            [this] { Q_EMIT questionsRequested(checkedQuestions()); });
    connect(m_lean, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on) {
            // Coming back to the page, the focus is on the choice made, not the first one.
            setFocusProxy(m_lean->button(id));
            showQuestions();
            Q_EMIT changed();
        }
    });
    connect(m_help, &QPlainTextEdit::textChanged, this, &StandPage::changed);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(leanBox);
    layout->addWidget(sureBox);
    layout->addWidget(helpLabel);
    layout->addWidget(m_help);
    layout->addWidget(questionsLabel);
    layout->addWidget(m_questions);
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_add);
    layout->addLayout(buttons);
    showQuestions();
    setFocusProxy(m_lean->checkedButton() ? m_lean->checkedButton() : m_lean->buttons().first());
}

void StandPage::showQuestions()
{
    // A question the person unchecked stays unchecked while the list is rebuilt.
    QStringList unchecked;
    for (int row = 0; row < m_questions->count(); ++row) {
        if (m_questions->item(row)->checkState() != Qt::Checked)
            unchecked << m_questions->item(row)->text();
    }
    QStringList texts;
    const QStringList ids = WhereIStand::checkIds();
    for (int check = 0; check < ids.size(); ++check) {
        if (m_checks.at(check)->checkedId() == NoId)
            texts << WhereIStand::checkFollowUp(ids.at(check));
    }
    const int lean = m_lean->checkedId();
    if (lean >= 0) {
        if (const DecisionOptions::Option *option =
                DecisionOptions::bundled().option(m_leanIds.at(lean)))
            texts << option->questions(m_language);
    }
    m_questions->clear();
    for (const QString &text : std::as_const(texts)) {
        auto *item = new QListWidgetItem(text, m_questions);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(unchecked.contains(text) ? Qt::Unchecked : Qt::Checked);
    }
    if (texts.isEmpty())
        m_questions->addItem(tr("Choose where you lean, or answer “no” to a question above, "
                                "and questions to ask will show here."));
    else
        m_questions->setCurrentRow(0);
    m_add->setVisible(!texts.isEmpty());
}

QStringList StandPage::checkedQuestions() const
{
    QStringList texts;
    for (int row = 0; row < m_questions->count(); ++row) {
        if (m_questions->item(row)->checkState() == Qt::Checked)
            texts << m_questions->item(row)->text();
    }
    return texts;
}

WhereIStand StandPage::stand() const
{
    WhereIStand stand;
    const int lean = m_lean->checkedId();
    stand.lean = lean >= 0 ? m_leanIds.at(lean) : QString();
    for (int check = 0; check < m_checks.size(); ++check) {
        const int id = m_checks.at(check)->checkedId();
        stand.checks[check] = id == YesId  ? WhereIStand::Answer::Yes
                              : id == NoId ? WhereIStand::Answer::No
                                           : WhereIStand::Answer::NotAnswered;
    }
    stand.help = ChecklistFormat::cleanText(m_help->toPlainText()).trimmed();
    return stand;
}

} // namespace nextsteps
