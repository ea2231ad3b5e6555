#include "core/checklist/ChecklistModel.h"

#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/ChecklistModelCommands_p.h"

#include <QFont>
#include <QTextDocument>
#include <QUndoStack>

#include <iterator>
#include <type_traits>

using namespace Qt::StringLiterals;
using namespace nextsteps::commands;

namespace nextsteps {

ChecklistModel::ChecklistModel(QObject *parent) : QAbstractListModel(parent) {}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.items.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistItem &item = m_data.items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case TextRole:
        return item.text;
    case Qt::CheckStateRole:
        return item.asked ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole:
        if (item.important) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        // A tooltip that looks like markup is drawn as markup: the answer is escaped into
        // markup of its own, so that it shows as typed.
        return item.answer.isEmpty()
                   ? QVariant()
                   : QVariant(Qt::convertFromPlainText(tr("Answer: %1").arg(item.answer)));
    case Qt::AccessibleTextRole: {
        // What a screen reader says for the row: the question and its state in words.
        QStringList parts{item.text};
        parts << (item.asked ? tr("asked") : tr("not asked yet"));
        if (item.important)
            parts << tr("important");
        if (!item.answer.trimmed().isEmpty())
            parts << tr("has an answer");
        return parts.join(u", "_s);
    }
    case AskedRole:
        return item.asked;
    case ImportantRole:
        return item.important;
    case AnswerRole:
        return item.answer;
    case TopicIdRole:
        return item.topicId;
    case QuestionIdRole:
        return item.questionId;
    case CreatedRole:
        return item.created;
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    switch (role) {
    case Qt::EditRole:
    case Qt::DisplayRole:
    case TextRole:
        if (value.toString().trimmed().isEmpty())
            return false; // a question cannot be emptied by editing; delete it instead
        setField(index.row(), Field::Text, value);
        return true;
    case Qt::CheckStateRole:
        setField(index.row(), Field::Asked,
                 value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked);
        return true;
    case AskedRole:
        setField(index.row(), Field::Asked, value);
        return true;
    case ImportantRole:
        setField(index.row(), Field::Important, value);
        return true;
    case AnswerRole:
        setField(index.row(), Field::Answer, value);
        return true;
    default:
        return false;
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_readOnly ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    if (m_readOnly)
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable |
           Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ChecklistModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(TextRole, "text");
    names.insert(AskedRole, "asked");
    names.insert(ImportantRole, "important");
    names.insert(AnswerRole, "answer");
    names.insert(TopicIdRole, "topicId");
    names.insert(QuestionIdRole, "questionId");
    names.insert(CreatedRole, "created");
    return names;
}

Qt::DropActions ChecklistModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool ChecklistModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    // QListView's internal drag and drop moves one row at a time through here.
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    moveQuestion(sourceRow, to);
    return true;
}

bool ChecklistModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    for (int i = row + count - 1; i >= row; --i)
        removeQuestion(i);
    return true;
}

void ChecklistModel::setChecklist(const ChecklistData &data)
{
    beginResetModel();
    m_data = data;
    m_index.rebuild(m_data.items);
    endResetModel();
    Q_EMIT visitChanged();
    Q_EMIT immunotherapyChanged();
}

ChecklistModel::Added ChecklistModel::addQuestion(const QString &text, const QString &topicId,
                                                  const QString &questionId)
{
    using Outcome = Added::Outcome;
    const QString trimmed = ChecklistFormat::cleanText(text).trimmed();
    if (trimmed.isEmpty())
        return {Outcome::Blank, -1};
    if (const int row = questionId.isEmpty() ? -1 : rowOfQuestionId(questionId); row >= 0)
        return {Outcome::Duplicate, row};
    if (const int row = rowOfText(trimmed); row >= 0)
        return {Outcome::Duplicate, row};
    if (m_readOnly)
        return {Outcome::ReadOnly, -1};
    ChecklistItem item;
    item.text = trimmed;
    item.topicId = topicId;
    item.questionId = questionId;
    item.created = QDateTime::currentDateTimeUtc();
    const int row = rowCount();
    push(new InsertQuestionCommand(this, row, item));
    return {Outcome::Added, row};
}

void ChecklistModel::removeQuestion(int row)
{
    if (row >= 0 && row < rowCount())
        push(new RemoveQuestionCommand(this, row));
}

void ChecklistModel::moveQuestion(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= rowCount() || to >= rowCount())
        return;
    push(new MoveQuestionCommand(this, from, to));
}

void ChecklistModel::setField(int row, Field field, const QVariant &value)
{
    if (row < 0 || row >= rowCount())
        return;
    ChecklistItem after = m_data.items.at(row);
    QString name;        // what Edit > Undo calls the step
    bool typing = false; // key by key: merged into one step
    switch (field) {
    case Field::Text:
        after.text = ChecklistFormat::cleanText(value.toString()).trimmed();
        if (after.text.isEmpty())
            return;
        name = tr("Edit question");
        typing = true;
        break;
    case Field::Asked:
        after.asked = value.toBool();
        name = after.asked ? tr("Mark as asked") : tr("Mark as not asked");
        break;
    case Field::Important:
        after.important = value.toBool();
        name = after.important ? tr("Mark as important") : tr("Mark as not important");
        break;
    case Field::Answer:
        after.answer = ChecklistFormat::cleanText(value.toString());
        name = tr("Edit answer");
        typing = true;
        break;
    }
    if (after == m_data.items.at(row))
        return;
    push(new SetQuestionCommand(this, row, field, after, name, typing));
}

void ChecklistModel::setVisit(const Visit &typed)
{
    Visit visit = typed;
    for (QString *field : {&visit.with, &visit.place, &visit.bring})
        *field = ChecklistFormat::cleanText(*field);
    if (visit != m_data.visit)
        push(new SetVisitCommand(this, visit));
}

void ChecklistModel::showChangedList(const ChecklistData &data)
{
    push(new ReplaceListCommand(this, data, tr("Show the changed list")));
}

int ChecklistModel::askedCount() const
{
    return countItems([](const ChecklistItem &item) { return item.asked; });
}

int ChecklistModel::importantCount() const
{
    return countItems([](const ChecklistItem &item) { return item.important; });
}

int ChecklistModel::answeredCount() const
{
    // A blank answer is not an answer.
    return countItems([](const ChecklistItem &item) { return !item.answer.trimmed().isEmpty(); });
}

int ChecklistModel::rowOfText(const QString &text) const
{
    if (!m_index.hasText(text))
        return -1; // the usual answer, at once at any length
    const QString wanted = QuestionIndex::key(text);
    for (int i = 0; i < m_data.items.size(); ++i) {
        if (QuestionIndex::key(m_data.items.at(i).text) == wanted)
            return i;
    }
    return -1;
}

int ChecklistModel::rowOfQuestionId(const QString &questionId) const
{
    if (!m_index.hasQuestionId(questionId))
        return -1;
    for (int i = 0; i < m_data.items.size(); ++i) {
        if (m_data.items.at(i).questionId == questionId)
            return i;
    }
    return -1;
}

bool ChecklistModel::addSuggestedQuestion(const QString &topicId, const QString &questionId,
                                          const QString &text)
{
    return bool(addQuestion(text, topicId, questionId));
}

bool ChecklistModel::hasSuggestedQuestion(const QString &questionId, const QString &text) const
{
    return m_index.hasQuestionId(questionId) || m_index.hasText(text);
}

void ChecklistModel::insertItem(int row, const ChecklistItem &item)
{
    beginInsertRows({}, row, row);
    m_data.items.insert(row, item);
    m_index.add(item);
    endInsertRows();
    Q_EMIT changed();
}

void ChecklistModel::removeItem(int row)
{
    beginRemoveRows({}, row, row);
    m_index.remove(m_data.items.at(row));
    m_data.items.removeAt(row);
    endRemoveRows();
    Q_EMIT changed();
}

void ChecklistModel::moveItem(int from, int to)
{
    // beginMoveRows wants the row *before which* the item lands, counted before the move.
    const int destination = to > from ? to + 1 : to;
    beginMoveRows({}, from, from, {}, destination);
    m_data.items.move(from, to);
    endMoveRows();
    Q_EMIT changed();
}

void ChecklistModel::replaceItem(int row, const ChecklistItem &item)
{
    ChecklistItem &current = m_data.items[row];
    // Typing an answer leaves the index alone; only new words or a new id change it.
    if (current.text != item.text || current.questionId != item.questionId) {
        m_index.remove(current);
        m_index.add(item);
    }
    current = item;
    const QModelIndex changedIndex = index(row);
    Q_EMIT dataChanged(changedIndex, changedIndex);
    Q_EMIT changed();
}

void ChecklistModel::replaceVisit(const Visit &visit)
{
    m_data.visit = visit;
    Q_EMIT visitChanged();
    Q_EMIT changed();
}

void ChecklistModel::replaceChecklist(const ChecklistData &data)
{
    setChecklist(data);
    Q_EMIT changed();
}

void ChecklistModel::setReadOnly(bool readOnly, const QString &why)
{
    if (m_readOnly == readOnly && m_whyReadOnly == why)
        return;
    const bool flagsChange = m_readOnly != readOnly;
    m_readOnly = readOnly;
    m_whyReadOnly = why;
    // Views ask for the flags again: a read-only row cannot be edited, ticked or dragged.
    if (flagsChange && !m_data.items.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT readOnlyChanged(m_readOnly);
}

void ChecklistModel::push(QUndoCommand *command)
{
    if (m_readOnly) {
        delete command;
        return;
    }
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

} // namespace nextsteps
