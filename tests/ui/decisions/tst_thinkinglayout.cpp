#include "LaptopScreen.h"
#include "TestSupport.h"
#include "core/decisions/DecisionOptions.h"
#include "ui/DecisionsKeeper.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/decisions/MattersPage.h"
#include "ui/decisions/OptionsPage.h"
#include "ui/decisions/ThinkingDialog.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TextSize.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// Thinking it through (issue 30) as it looks: the table read by row and column by a screen
// reader, in both languages; every page within its view from 100% to 300% on a laptop's screen,
// English and Spanish; the wheel over a choice box scrolls the page and leaves the answer alone.
class TestThinkingLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void cleanup() { resetAfterTest(); }
    void table_isReadByRowAndColumn_data();
    void table_isReadByRowAndColumn();
    void everyPage_fitsTheScreenAtLargeText_data();
    void everyPage_fitsTheScreenAtLargeText();
    void wheelOverAChoice_scrollsThePage_notTheAnswer();
    void longCell_isReadToItsEnd_byKeyboard_data();
    void longCell_isReadToItsEnd_byKeyboard();

private:
    static QString listPath(const QTemporaryDir &dir) { return dir.filePath(u"checklist.json"_s); }
    QTemporaryDir m_settingsDir;
};

void TestThinkingLayout::wheelOverAChoice_scrollsThePage_notTheAnswer()
{
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.setZoom(200);
    int before = -1, after = -1, scrolledFrom = -1, scrolledTo = -1;
    Ask::setNextDialogs({[&](QDialog *dialog) {
        auto *thinking = qobject_cast<ThinkingDialog *>(dialog);
        if (!thinking || !showActive(thinking))
            return int(QDialog::Rejected);
        thinking->showPage(ThinkingDialog::MattersTab);
        QApplication::processEvents();
        QComboBox *box = thinking->mattersPage()->myBox(2);
        thinking->mattersPage()->forTwoBox()->setFocus();
        auto *area = qobject_cast<QScrollArea *>(thinking->tabs()->currentWidget());
        before = box->currentIndex();
        scrolledFrom = area->verticalScrollBar()->value();
        const QPoint at = box->rect().center();
        QWheelEvent wheel(at, box->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(box, &wheel);
        after = box->currentIndex();
        scrolledTo = area->verticalScrollBar()->value();
        return int(QDialog::Rejected);
    }});
    window.decisionsKeeper()->show();
    QCOMPARE(after, before);
    QVERIFY2(scrolledTo > scrolledFrom,
             qPrintable(u"%1 -> %2"_s.arg(scrolledFrom).arg(scrolledTo)));
}

void TestThinkingLayout::table_isReadByRowAndColumn_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void TestThinkingLayout::table_isReadByRowAndColumn()
{
    QFETCH(QString, language);
    Language::apply(language);
    const DecisionOptions &options = DecisionOptions::bundled();
    OptionsPage page(language, false);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(page.table());
    QVERIFY(table);
    QAccessibleTableInterface *cells = table->tableInterface();
    QVERIFY(cells);
    QCOMPARE(cells->columnCount(), int(options.options.size()));
    QCOMPARE(cells->rowCount(), int(options.aspects.size()));
    for (int row = 0; row < cells->rowCount(); ++row) {
        for (int column = 0; column < cells->columnCount(); ++column) {
            QAccessibleInterface *cell = cells->cellAt(row, column);
            QVERIFY(cell);
            QAccessibleTableCellInterface *place = cell->tableCellInterface();
            QVERIFY(place);
            // A screen reader hears the choice and the aspect with the words.
            const auto headers = place->columnHeaderCells();
            QCOMPARE(headers.size(), 1);
            QCOMPARE(headers.first()->text(QAccessible::Name),
                     options.options.at(column).name.in(language));
            const auto rowHeaders = place->rowHeaderCells();
            QCOMPARE(rowHeaders.size(), 1);
            QCOMPARE(rowHeaders.first()->text(QAccessible::Name),
                     options.aspects.at(row).name.in(language));
            const QString words = cell->text(QAccessible::Name);
            const QString expected =
                options.options.at(column).cell(options.aspects.at(row).id, language);
            for (const QString &line : expected.split(u'\n'))
                QVERIFY2(words.contains(line), qPrintable(line));
        }
    }
    QCOMPARE(table->text(QAccessible::Name),
             language == u"es" ? u"Opciones lado a lado"_s : u"Choices side by side"_s);
    // Every cell whole: no row cut shorter than its words.
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        for (int column = 0; column < page.model()->columnCount(); ++column) {
            const QModelIndex index = page.model()->index(row, column);
            QVERIFY(page.table()->rowHeight(row) >= page.table()->sizeHintForIndex(index).height());
        }
    }
}

void TestThinkingLayout::everyPage_fitsTheScreenAtLargeText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("zoom");
    for (const QString &language : {u"en"_s, u"es"_s}) {
        for (const int zoom : {100, 200, 300})
            QTest::addRow("%s, %d%%", qPrintable(language), zoom) << language << zoom;
    }
}

void TestThinkingLayout::everyPage_fitsTheScreenAtLargeText()
{
    QFETCH(QString, language);
    QFETCH(int, zoom);
    Language::apply(language);
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.setZoom(zoom);
    QCOMPARE(TextSize::percent(), zoom);
    QStringList problems;
    Ask::setNextDialogs({[&](QDialog *dialog) {
        auto *thinking = qobject_cast<ThinkingDialog *>(dialog);
        if (!thinking || !showActive(thinking))
            return int(QDialog::Rejected);
        const QRect screen = thinking->screen()->availableGeometry();
        if (!screen.contains(thinking->frameGeometry().adjusted(2, 2, -2, -2)))
            problems << u"the dialog is larger than the screen"_s;
        for (int tab = 0; tab < thinking->tabs()->count(); ++tab) {
            thinking->showPage(ThinkingDialog::Page(tab));
            QApplication::processEvents();
            QWidget *page = thinking->tabs()->currentWidget();
            // Nothing wider than the page's view: a page that scrolls sideways cuts off words
            // as the focus moves.
            if (auto *area = qobject_cast<QScrollArea *>(page)) {
                const int room = area->viewport()->width();
                for (QWidget *child : area->widget()->findChildren<QWidget *>()) {
                    if (child->isVisible() && child->mapTo(area->widget(), QPoint()).x() +
                                                      child->minimumSizeHint().width() >
                                                  room)
                        problems << u"page %1: %2 \"%3\" needs %4 px of %5"_s.arg(tab)
                                        .arg(QString::fromLatin1(child->metaObject()->className()),
                                             child->objectName())
                                        .arg(child->minimumSizeHint().width())
                                        .arg(room);
                }
                if (area->widget()->width() > room)
                    problems << u"page %1 is %2 px wide in %3"_s.arg(tab)
                                    .arg(area->widget()->width())
                                    .arg(room);
            }
            // The page has room to read: at least a third of the screen's height.
            if (page->height() < screen.height() / 3)
                problems << u"page %1 is %2 px high"_s.arg(tab).arg(page->height());
            for (auto *button : thinking->findChildren<QDialogButtonBox *>()) {
                if (!button->isVisible() ||
                    button->mapTo(thinking, QPoint(0, button->height())).y() > thinking->height())
                    problems << u"the buttons are out of view"_s;
            }
        }
        // The table: one choice's words on a readable line, a few lines of them in view.
        QTableView *table = thinking->optionsPage()->table();
        thinking->showPage(ThinkingDialog::OptionsTab);
        QApplication::processEvents();
        if (table->columnWidth(0) < table->fontMetrics().averageCharWidth() * 20)
            problems << u"the table's columns are %1 px"_s.arg(table->columnWidth(0));
        if (table->viewport()->height() < table->fontMetrics().lineSpacing() * 4)
            problems << u"the table shows %1 px"_s.arg(table->viewport()->height());
        return int(QDialog::Rejected);
    }});
    window.decisionsKeeper()->show();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestThinkingLayout::longCell_isReadToItsEnd_byKeyboard_data()
{
    QTest::addColumn<int>("zoom");
    QTest::newRow("200%") << 200;
    QTest::newRow("300%") << 300;
}

void TestThinkingLayout::longCell_isReadToItsEnd_byKeyboard()
{
    QFETCH(int, zoom);
    QTemporaryDir dir;
    MainWindow window(listPath(dir));
    window.setZoom(zoom);
    QStringList problems;
    Ask::setNextDialogs({[&](QDialog *dialog) {
        auto *thinking = qobject_cast<ThinkingDialog *>(dialog);
        if (!thinking || !showActive(thinking))
            return int(QDialog::Rejected);
        QTableView *table = thinking->optionsPage()->table();
        table->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        // Whole choices side by side: the view holds a whole number of columns.
        const int room = table->viewport()->width();
        const int width = table->columnWidth(0);
        if (room - (room / width) * width > 4 * table->model()->columnCount())
            problems << u"columns of %1 px in a view of %2 px"_s.arg(width).arg(room);
        // Down reads on through the first cell until its last line is in view, and only then
        // goes on to the next row.
        table->setCurrentIndex(table->model()->index(0, 0));
        bool sawTheEnd = false;
        for (int press = 0; press < 60 && table->currentIndex().row() == 0; ++press) {
            const QRect cell = table->visualRect(table->currentIndex());
            if (cell.bottom() < table->viewport()->height() && cell.bottom() > 0)
                sawTheEnd = true;
            QTest::keyClick(table, Qt::Key_Down);
        }
        if (!sawTheEnd)
            problems << u"the first cell's end never came into view"_s;
        if (table->currentIndex().row() != 1)
            problems << u"Down never went on to the next row"_s;
        // Enter in the table does not close the dialog.
        QTest::keyClick(table, Qt::Key_Return);
        if (!thinking->isVisible())
            problems << u"Enter closed the dialog"_s;
        return int(QDialog::Rejected);
    }});
    window.decisionsKeeper()->show(ThinkingDialog::OptionsTab);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

int main(int argc, char *argv[])
{
    return execOnLaptopScreen<TestThinkingLayout>(argc, argv);
}
#include "tst_thinkinglayout.moc"
