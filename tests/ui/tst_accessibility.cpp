#include "TestSupport.h"
#include "core/checklist/ChecklistModel.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/NewListDialog.h"
#include "ui/checklist/PastListsDialog.h"
#include "ui/checklist/VisitDialog.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/SaveLocationDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/help/WelcomeDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

bool isInteractive(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
           qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTextEdit *>(widget) ||
           qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
           qobject_cast<QAbstractSpinBox *>(widget);
}

// Every interactive widget a person can reach must say what it is to a screen reader.
QStringList unnamed(QWidget *root)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!isInteractive(widget) || !widget->isVisibleTo(root))
            continue;
        // Internal parts of composite widgets (the line edit inside a spin box) are named by
        // their owner.
        if (widget->parentWidget() && qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        if (qobject_cast<QAbstractButton *>(widget) &&
            widget->objectName() == u"qt_spinbox_lineedit")
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            missing << (QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                        widget->objectName());
    }
    return missing;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void mainWindow_everyControlHasAName();
    void dialogs_everyControlHasAName();
    void mainWindow_tabReachesEveryPart();
    void everyMenuCommand_isReachableByKeyboard();
    void shortcutsPage_listsTheShortcuts();

private:
    QTemporaryDir m_settingsDir;
};

void TestAccessibility::mainWindow_everyControlHasAName()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    window.checklistModel()->addQuestion(u"A question?"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const char *topic : {"welcome", "treatments", "glossary"}) {
        window.showTopic(QString::fromLatin1(topic));
        const QStringList missing = unnamed(&window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }
    // The question list's rows say whether they were asked and whether they are important.
    QAccessibleInterface *list =
        QAccessible::queryAccessibleInterface(window.checklistPanel()->list());
    QVERIFY(list);
    QString rows;
    for (int i = 0; i < list->childCount(); ++i)
        rows += list->child(i)->text(QAccessible::Name) + u'|';
    QVERIFY2(rows.contains(u"A question?, not asked yet"_s), qPrintable(rows));
}

void TestAccessibility::dialogs_everyControlHasAName()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    ArchivedList past{QDateTime::currentDateTimeUtc(), {}, {}};
    past.items.append(ChecklistItem{u"Old?"_s, true, false, {}, {}, {}, {}});
    QList<QDialog *> dialogs{new AboutDialog(window.guide(), &window),
                             new WelcomeDialog(dir.filePath(u"checklist.json"_s), &window),
                             new ShortcutsDialog(&window),
                             new SaveLocationDialog(dir.filePath(u"checklist.json"_s), &window),
                             new VisitDialog({}, &window),
                             new PastListsDialog({past}, &window),
                             new NewListDialog(u"December 3, 2026"_s, 2, &window)};
    for (QDialog *dialog : dialogs) {
        dialog->show();
        const QStringList missing = unnamed(dialog);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(dialog->objectName() + u": "_s + missing.join(u", "_s)));
        delete dialog;
    }
}

void TestAccessibility::mainWindow_tabReachesEveryPart()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    window.checklistModel()->addQuestion(u"Something to answer?"_s);
    window.resize(1280, 700); // room for the three areas (the test screen is 800x600)
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == &window);
    window.findChild<QAction *>(u"goTopics"_s)->trigger();
    QSet<QString> reached;
    for (int i = 0; i < 60; ++i) {
        if (QWidget *focus = QApplication::focusWidget())
            reached.insert(focus->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (const char *name : {"topicSearch", "topicList", "readingText", "newQuestion",
                             "checklistView", "answerEdit", "printButton"})
        QVERIFY2(reached.contains(QString::fromLatin1(name)), name);
}

void TestAccessibility::everyMenuCommand_isReachableByKeyboard()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    // Each top menu has an Alt+letter; each command has a mnemonic in its menu.
    for (QAction *top : window.menuBar()->actions()) {
        QVERIFY2(top->text().contains(u'&'), qPrintable(top->text()));
        QSet<QChar> used;
        for (QAction *action : top->menu()->actions()) {
            if (action->isSeparator())
                continue;
            const QString text = action->text();
            const auto amp = text.indexOf(u'&');
            QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!used.contains(key),
                     qPrintable(u"Two commands share &"_s + key + u" in "_s + top->text()));
            used.insert(key);
        }
    }
}

void TestAccessibility::shortcutsPage_listsTheShortcuts()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    ShortcutsDialog dialog(&window);
    QStringList rows;
    for (int i = 0; i < dialog.table()->rowCount(); ++i)
        rows << dialog.table()->item(i, 0)->text() + u" = "_s + dialog.table()->item(i, 1)->text();
    const QString all = rows.join(u'\n');
    for (const QString &expected :
         {u"New Question = Ctrl+N"_s, u"Print = Ctrl+P"_s, u"Find in Page = Ctrl+F"_s,
          u"Zoom In = Ctrl++"_s, u"Actual Size = Ctrl+0"_s, u"Move Up = Ctrl+Up"_s,
          u"Undo = Ctrl+Z"_s, u"Mark as Important or Not Important = Ctrl+I"_s})
        QVERIFY2(all.contains(expected), qPrintable(all));
    QVERIFY2(!all.contains(u"Ctrl+Shift+Z or Ctrl+Shift+Z"_s), qPrintable(all));
    // U.S. words: a question is checked off, not ticked.
    QVERIFY2(all.contains(u"Check off the chosen question as asked = Space"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"tick"_s, Qt::CaseInsensitive), qPrintable(all));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
