#include "LaptopScreen.h"
#include "TestSupport.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/reading/ReadingPane.h"
#include "ui/style/AppStyle.h"
#include "ui/widgets/UiFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// The page for help right away, opened from Help in the real window on a 1366x768 laptop
// screen at 100%: its first "call 911" item shows without scrolling, in English and Spanish.
class TestUrgentPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void first911Item_showsWithoutScrolling_data();
    void first911Item_showsWithoutScrolling();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestUrgentPage::initTestCase()
{
    isolateSettings(m_settingsDir);
    // The app's style and text size, as Application::configure sets them.
    QApplication::setStyle(new AppStyle(u"fusion"_s));
    QApplication::setFont(comfortableFont(100));
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
}

void TestUrgentPage::cleanup()
{
    m_window.reset();
    Language::apply(u"en"_s);
}

void TestUrgentPage::first911Item_showsWithoutScrolling_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("firstItem");
    QTest::newRow("English") << u"en"_s << u"Call 911 right away for these"_s
                             << u"Heavy bleeding from the mouth"_s;
    QTest::newRow("Spanish") << u"es"_s << u"Llame al 911 de inmediato en estos casos"_s
                             << u"Mucho sangrado de la boca"_s;
}

void TestUrgentPage::first911Item_showsWithoutScrolling()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    QFETCH(QString, firstItem);
    Language::apply(language);
    m_window = std::make_unique<MainWindow>(m_dir.filePath(u"checklist.json"_s));
    m_window->setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    m_window->setZoom(100);
    m_window->showTopic(u"welcome"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::processEvents();

    // The way a reader gets there: one key from wherever the focus is (here the question
    // field), as Help > When to Get Help Right Away says.
    QAction *helpRightAway = m_window->findChild<QAction *>(u"helpRightAway"_s);
    QCOMPARE(helpRightAway->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QWidget *field = m_window->findChild<QLineEdit *>();
    QVERIFY(field);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->readingPane()->currentTopicId(), u"urgent"_s);
    auto *text = m_window->findChild<QTextEdit *>(u"readingText"_s);
    QVERIFY(text && text->isVisible());
    QTextDocument *page = text->document();
    QTRY_VERIFY(page->toPlainText().contains(firstItem));
    page->documentLayout()->documentSize(); // finish the layout before reading positions
    QApplication::processEvents();
    QCOMPARE(text->verticalScrollBar()->value(), 0); // a page opens at its top

    // The heading of the first 911 list, and the list's first item, as laid out.
    QTextBlock headingBlock;
    QTextBlock itemBlock;
    for (QTextBlock block = page->begin(); block.isValid(); block = block.next()) {
        if (!headingBlock.isValid() && block.text().contains(heading))
            headingBlock = block;
        else if (headingBlock.isValid() && block.text().startsWith(firstItem)) {
            itemBlock = block;
            break;
        }
    }
    QVERIFY2(headingBlock.isValid(), qPrintable(heading));
    QVERIFY2(itemBlock.isValid(), qPrintable(firstItem));
    QVERIFY(itemBlock.textList()); // a list item, not a paragraph

    // Inside the visible part of the reading text: the whole item, every line of it.
    const QRectF place = page->documentLayout()->blockBoundingRect(itemBlock);
    const int scrolled = text->verticalScrollBar()->value();
    const QRect shown(0, scrolled, text->viewport()->width(), text->viewport()->height());
    const QString report = u"item at %1..%2, view %3..%4 (%5)"_s.arg(place.top())
                               .arg(place.bottom())
                               .arg(shown.top())
                               .arg(shown.bottom())
                               .arg(language);
    qInfo().noquote() << report;
    QVERIFY2(place.top() >= shown.top(), qPrintable(report));
    QVERIFY2(place.bottom() <= shown.bottom(), qPrintable(report));
    // And the cursor rectangle of its last character agrees with the layout.
    QTextCursor end(itemBlock);
    end.movePosition(QTextCursor::EndOfBlock);
    const QRect endRect = text->cursorRect(end);
    QVERIFY2(text->viewport()->rect().contains(endRect), qPrintable(report));
}

int main(int argc, char *argv[])
{
    return execOnLaptopScreen<TestUrgentPage>(argc, argv);
}
#include "tst_urgentpage.moc"
