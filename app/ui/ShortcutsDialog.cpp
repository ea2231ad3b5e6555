#include "ShortcutsDialog.h"

#include "WrappingLabel.h"

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
    // Both columns share the width and wrap: a long key description ("Down to the results,
    // then Enter") must not squeeze the names of the commands at a large text size.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
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

} // namespace nextsteps
