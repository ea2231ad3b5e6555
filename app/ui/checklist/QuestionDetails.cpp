#include "ui/checklist/QuestionDetails.h"

#include "core/checklist/ChecklistModel.h"
#include "ui/checklist/RoleDelegate.h"
#include "ui/widgets/FlowLayout.h"

#include <QCheckBox>
#include <QDataWidgetMapper>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

QuestionDetails::QuestionDetails(ChecklistModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    m_asked = new QCheckBox(this);
    m_asked->setObjectName(u"askedBox"_s);
    m_important = new QCheckBox(this);
    m_important->setObjectName(u"importantBox"_s);
    m_answerLabel = new QLabel(this);
    m_answerLabel->setObjectName(u"answerLabel"_s);
    m_answerLabel->setWordWrap(true); // a narrow column at large text
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(u"answerEdit"_s);
    m_answer->setTabChangesFocus(true);
    // One history for the answer: Ctrl+Z and Edit > Undo both undo in the list's history (the
    // field's own, apart from it, once lost an answer for good).
    m_answer->setUndoRedoEnabled(false);
    m_answer->installEventFilter(this);
    m_answerLabel->setBuddy(m_answer);
    // Room for three lines (set with the zoom); the list of questions gets the rest.
    m_answer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_mapper = new QDataWidgetMapper(this);
    auto *delegate = new RoleDelegate(m_mapper);
    m_mapper->setItemDelegate(delegate);
    m_mapper->setModel(m_model);
    delegate->addMapping(m_mapper, m_asked, ChecklistModel::AskedRole);
    delegate->addMapping(m_mapper, m_important, ChecklistModel::ImportantRole);
    delegate->addMapping(m_mapper, m_answer, ChecklistModel::AnswerRole);
    // clicked, not toggled: only the person's click is an edit, not the mapper showing a row.
    connect(m_asked, &QCheckBox::clicked, delegate,
            [delegate, this] { delegate->commit(m_asked); });
    connect(m_important, &QCheckBox::clicked, delegate,
            [delegate, this] { delegate->commit(m_important); });
    // Each key typed. The mapper showing a question's answer writes the same text back, which
    // changes nothing (and is no undo step).
    connect(m_answer, &QPlainTextEdit::textChanged, delegate, [delegate, this] {
        if (m_showing)
            delegate->commit(m_answer);
    });

    // Side by side while they fit, one under the other in a narrow column ("Preguntada",
    // "Importante" at large text): the column never has to scroll sideways.
    auto *boxRow = new QWidget(this);
    auto *boxes = new FlowLayout(boxRow);
    boxes->setContentsMargins(0, 0, 0, 0);
    boxes->addWidget(m_asked);
    boxes->addWidget(m_important);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(boxRow);
    layout->addWidget(m_answerLabel);
    layout->addWidget(m_answer);
    retranslate();
}

QuestionDetails::~QuestionDetails()
{
    // The mapper goes first: nothing is written back while the fields are taken down.
    delete m_mapper;
}

bool QuestionDetails::eventFilter(QObject *watched, QEvent *event)
{
    // Undo and Redo keys in the answer go to Edit > Undo and Redo (the window's), not the field.
    if (watched == m_answer && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionDetails::focusAnswerAtEnd()
{
    m_answer->setFocus(Qt::ShortcutFocusReason);
    m_answer->moveCursor(QTextCursor::End);
}

void QuestionDetails::showRow(int row)
{
    m_showing = row >= 0;
    if (row >= 0 && row != m_mapper->currentIndex()) {
        m_mapper->setCurrentIndex(row);
    } else if (row < 0) {
        // No question: nothing to show (the mapper keeps the last one otherwise).
        m_asked->setChecked(false);
        m_important->setChecked(false);
        m_answer->clear();
    }
}

void QuestionDetails::retranslate()
{
    m_asked->setText(tr("Asked"));
    m_important->setText(tr("Important"));
    m_answerLabel->setText(tr("Answer or notes:"));
    m_answer->setAccessibleName(tr("Answer or notes for the selected question"));
    m_answer->setPlaceholderText(tr("Write down what the doctor said."));
}

void QuestionDetails::fitAnswerHeight()
{
    // Three lines, neither more nor less: a height the panel's layout can count on (a box that
    // took what was left could end below what the panel scrolls to); a longer answer scrolls.
    const int height = QFontMetrics(font()).lineSpacing() * 3 + 2 * m_answer->frameWidth() +
                       2 * int(m_answer->document()->documentMargin());
    m_answer->setFixedHeight(height);
}

} // namespace nextsteps
