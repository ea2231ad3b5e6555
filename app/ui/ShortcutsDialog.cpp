#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
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
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
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
    layout->addWidget(
        new QLabel(tr("Everything in Next Steps can be done with the keyboard."), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

} // namespace nextsteps
