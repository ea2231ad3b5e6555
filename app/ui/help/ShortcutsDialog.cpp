#include "ui/help/ShortcutsDialog.h"

#include "ui/widgets/WrappingLabel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

ShortcutsDialog::ShortcutsDialog(QWidget *window) : QDialog(window)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(560, 600);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    // The commands take the width the keys leave (fitKeysColumn) and wrap.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    // The keys follow the table's width; the rows follow the columns' widths.
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableView::resizeRowsToContents, Qt::QueuedConnection);
    m_table->verticalHeader()->hide();
    // Long names wrap onto more lines, and each row is as tall as its text at any text size.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setAccessibleName(tr("Column headings"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto addRow = [this](const QString &action, const QString &keys) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(action));
        m_table->setItem(row, 1, new QTableWidgetItem(keys));
    };
    QSet<QAction *> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        const auto menus =
            main->menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly);
        for (QMenu *menu : menus) {
            for (QAction *action : menu->actions()) {
                if (action->shortcuts().isEmpty() || seen.contains(action))
                    continue;
                seen.insert(action);
                QStringList keys;
                for (const QKeySequence &key : action->shortcuts()) {
                    const QString text = key.toString(QKeySequence::NativeText);
                    if (!keys.contains(text)) // Redo is Ctrl+Shift+Z twice over on Linux
                        keys << text;
                }
                // Commands whose words change ("Mark as Not Asked") name both sides here.
                const QString label = action->property("shortcutsLabel").toString();
                addRow(label.isEmpty() ? action->text().remove(u'&').remove(u'…') : label,
                       keys.join(tr(" or ")));
            }
        }
    }
    // Keys that belong to widgets rather than menu commands.
    addRow(tr("Move between the parts of the window"), tr("Tab, Shift+Tab"));
    addRow(tr("Open a topic: move to it in the list (it opens as you move), or press Enter"),
           tr("Up, Down, Enter"));
    addRow(tr("Open a search result"), tr("Down to the results, then Enter"));
    addRow(tr("Check off the chosen question as asked"), tr("Space"));
    addRow(tr("Follow the chosen link, or show what a word means"), tr("Enter"));
    addRow(tr("Close the find bar"), tr("Esc"));
    addRow(tr("Go to the next or previous area: topics, reading, my questions"),
           tr("F6, Shift+F6"));
    addRow(tr("Move from link to link in the topic"), tr("Tab, Shift+Tab"));
    addRow(tr("Close the meaning of a word"), tr("Esc"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new WrappingLabel(tr("Everything in Next Steps can be done with the keyboard."), this);
    intro->setObjectName(u"shortcutsIntro"_s);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

bool ShortcutsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitKeysColumn();
    return QDialog::eventFilter(watched, event);
}

// The keys on one line where there is room (up to half the table), and never narrower than the
// widest key that cannot wrap ("Control+Mayúsculas+E" at 200%): a key is never cut, and a long
// description ("Down to the results, then Enter") does not squeeze the commands.
void ShortcutsDialog::fitKeysColumn()
{
    const QFontMetrics metrics(m_table->font());
    // The cell's own margins on both sides, and room for the focus frame.
    const int margins = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 8;
    int widestLine = 0;
    int widestWord = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString keys = m_table->item(row, 1)->text();
        widestLine = std::max(widestLine, metrics.horizontalAdvance(keys));
        for (const QString &word : keys.split(u' '))
            widestWord = std::max(widestWord, metrics.horizontalAdvance(word));
    }
    const int half = m_table->viewport()->width() / 2;
    const int width = std::max(widestWord, std::min(widestLine, half - margins)) + margins;
    m_table->setColumnWidth(1, width);
}

} // namespace nextsteps
