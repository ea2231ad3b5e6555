#include "ui/checklist/RecordListEditor.h"

#include "core/checklist/RecordListModel.h"
#include "ui/widgets/Placeholder.h"
#include "ui/widgets/WrappingLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

// The care team's role: one of the usual ones, or the person's own words.
class RoleComboDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != 1)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *box = new QComboBox(parent);
        box->setEditable(true);
        for (const QString &role : CareContact::roles())
            box->addItem(CareContact::roleName(role));
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            box->setCurrentText(index.data(Qt::EditRole).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            model->setData(index, box->currentText());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

RecordListEditor::RecordListEditor(ChecklistModel *model, ChecklistModel::ListKind kind,
                                   QWidget *parent)
    : QWidget(parent), m_model(model), m_kind(kind),
      m_records(new RecordListModel(model, kind, this))
{
    m_intro = new WrappingLabel(this);
    m_new = new QLineEdit(this);
    m_new->setObjectName(u"newRecord"_s);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addRecord"_s);
    m_table = new QTableView(this);
    m_table->setObjectName(u"recordTable"_s);
    m_table->setModel(m_records);
    // The cell the keyboard is on is the one highlighted (a whole highlighted row hid which
    // cell typing would go to); Delete, Up and Down act on its row.
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    // Written in by mouse (a double click) or by keyboard: the arrows to a cell, then type
    // (or the system's edit key, F2 or Enter).
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    // The columns share the width, and every heading shows whole: a long one goes on to a
    // second line ("How bad / (0-10)") rather than be cut ("Wha"), and the cells' words wrap.
    // Only a panel too narrow for a short word a column scrolls sideways.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter) |
                                Qt::Alignment(int(Qt::TextWordWrap)));
    m_table->setWordWrap(true);
    connect(header, &QHeaderView::sectionResized, this, &RecordListEditor::fitHeader);
    fitHeader();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (kind == ChecklistModel::ListKind::CareTeam)
        m_table->setItemDelegate(new RoleComboDelegate(m_table));
    m_delete = new QPushButton(this);
    m_up = new QPushButton(this);
    m_down = new QPushButton(this);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_new, 1);
    addRow->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(addRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_new, &QLineEdit::returnPressed, this, &RecordListEditor::addFromField);
    connect(m_add, &QPushButton::clicked, this, &RecordListEditor::addFromField);
    connect(m_delete, &QPushButton::clicked, this, &RecordListEditor::deleteCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RecordListEditor::updateButtons);
    connect(m_records, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                m_table->setCurrentIndex(m_records->index(first, 0));
            });
    connect(m_records, &QAbstractItemModel::rowsMoved, this,
            [this] { m_table->scrollTo(m_table->currentIndex()); });
    connect(m_records, &QAbstractItemModel::rowsRemoved, this, &RecordListEditor::updateButtons);
    connect(m_records, &QAbstractItemModel::modelReset, this, &RecordListEditor::updateButtons);
    connect(model, &ChecklistModel::readOnlyChanged, this, &RecordListEditor::updateButtons);
    retranslate();
    updateButtons();
}

void RecordListEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_table->horizontalHeader()->setFont(font());
        fitHeader();
    }
}

void RecordListEditor::fitHeader()
{
    // Two lines for the headings; each column at least as wide as its longest word, so that a
    // word is never cut in the middle.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    int longestWord = 0;
    for (int column = 0; column < m_records->columnCount(); ++column) {
        const QString heading = m_records->headerData(column, Qt::Horizontal).toString();
        for (const QString &word : heading.split(u' ', Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
    }
    const int padding = 2 * metrics.averageCharWidth();
    header->setMinimumSectionSize(longestWord + padding);
    // As tall as the heading that wraps most at the columns' widths now.
    int tallest = metrics.height();
    for (int column = 0; column < m_records->columnCount(); ++column) {
        const QString heading = m_records->headerData(column, Qt::Horizontal).toString();
        const QRect room(0, 0, std::max(1, header->sectionSize(column) - padding), 10000);
        tallest = std::max(tallest, metrics.boundingRect(room, Qt::TextWordWrap, heading).height());
    }
    header->setFixedHeight(tallest + metrics.height() / 2);
}

void RecordListEditor::retranslate()
{
    switch (m_kind) {
    case ChecklistModel::ListKind::ToTell:
        m_intro->setText(tr("Symptoms and changes since your last visit. Double-click a cell, or "
                            "go to it with the arrow keys and type, to write since when, how bad "
                            "it is from 0 (not at all) to 10 (the worst), and what helps."));
        setPlaceholder(m_new, tr("Something to tell, like “pain in my left ear”"),
                       tr("Something to tell"));
        m_new->setAccessibleName(tr("New thing to tell the doctor"));
        m_table->setAccessibleName(tr("Things to tell my doctor"));
        break;
    case ChecklistModel::ListKind::Medicines:
        m_intro->setText(tr("Every medicine you take, with vitamins and herbs. Double-click a "
                            "cell, or go to it with the arrow keys and type, to write the dose, "
                            "how often, what for, and who prescribed it."));
        setPlaceholder(m_new, tr("The name of a medicine"), tr("A medicine"));
        m_new->setAccessibleName(tr("New medicine"));
        m_table->setAccessibleName(tr("My medicines"));
        break;
    case ChecklistModel::ListKind::CareTeam:
        m_intro->setText(tr("The people who care for you and how to reach them, day and night. "
                            "Double-click a cell, or go to it with the arrow keys and type, to "
                            "write the role and the phone numbers."));
        setPlaceholder(m_new, tr("A name, like “Dr. Ana Lee”"), tr("A name"));
        m_new->setAccessibleName(tr("New person on my care team"));
        m_table->setAccessibleName(tr("My care team"));
        break;
    }
    m_add->setText(tr("&Add"));
    m_delete->setText(tr("De&lete"));
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move Do&wn"));
}

int RecordListEditor::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RecordListEditor::addFromField()
{
    if (m_model->addRecord(m_kind, {m_new->text()}))
        m_new->clear();
}

void RecordListEditor::deleteCurrent()
{
    const int row = currentRow();
    if (row >= 0)
        m_model->deleteRecord(m_kind, row);
}

void RecordListEditor::moveCurrent(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_records->rowCount())
        return;
    const int column = m_table->currentIndex().column();
    m_model->reorderRecord(m_kind, row, to);
    m_table->setCurrentIndex(m_records->index(to, column));
}

void RecordListEditor::updateButtons()
{
    const bool editable = !m_model->isReadOnly();
    const int row = currentRow();
    m_new->setEnabled(editable);
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row < m_records->rowCount() - 1);
}

} // namespace nextsteps
