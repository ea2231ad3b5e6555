#include "PdfText.h"
#include "SampleLists.h"
#include "TestFiles.h"
#include "core/checklist/ChecklistModel.h"
#include "core/print/ChecklistPrintout.h"
#include "core/print/PagedPrinter.h"
#include "ui/Language.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/print/PrintController.h"
#include "ui/print/PrintPreviewDialog.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TextSize.h"
#include "ui/widgets/UiFonts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QMenu>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace nextsteps;
using namespace nextsteps::testfiles;

namespace {

// Runs `check` on the preview dialog once it is open (it is modal), then closes it.
void whenPreviewOpens(const std::function<void(PrintPreviewDialog *)> &check)
{
    QTimer::singleShot(0, [check] {
        PrintPreviewDialog *dialog = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<PrintPreviewDialog *>(widget);
                found && found->isVisible())
                dialog = found;
        }
        if (!dialog) {
            QFAIL("The preview did not open.");
            return;
        }
        check(dialog);
        dialog->reject();
    });
}

} // namespace

class TestPrintController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void savePdf_holdsEveryQuestion_data();
    void savePdf_holdsEveryQuestion();
    void savePdf_largePrint_isRememberedAndLarger();
    void savePdf_failure_isAProblemNotASuccess();
    void saveText_holdsEveryQuestion();
    void preview_opensReadableWithButtonsTheKeyboardReaches();
    void preview_showsThePagesThatPrint();
    void preview_growsWithTheText_andEveryAltKeyWorks_data();
    void preview_growsWithTheText_andEveryAltKeyWorks();
    void panelButton_offersEveryChoice();

private:
    ChecklistModel *m_model = nullptr;
    QWidget *m_window = nullptr;
    PrintController *m_print = nullptr;
    QTemporaryDir m_dir;
};

void TestPrintController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(u"en_US"_s));
}

void TestPrintController::init()
{
    QSettings().clear();
    m_window = new QWidget;
    m_window->resize(1000, 700);
    m_model = new ChecklistModel(m_window);
    m_print = new PrintController(m_model, m_window);
}

void TestPrintController::cleanup()
{
    delete m_window;
    Ask::resetForTesting();
}

void TestPrintController::savePdf_holdsEveryQuestion_data()
{
    QTest::addColumn<int>("count");
    for (const int count : {1, 28, 41, 200})
        QTest::addRow("%d questions", count) << count;
}

void TestPrintController::savePdf_holdsEveryQuestion()
{
    QFETCH(int, count);
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    const ChecklistData data = samples::list(count);
    m_model->setChecklist(data);
    const QString path = m_dir.filePath(u"list-%1.pdf"_s.arg(count));
    QSignalSpy saved(m_print, &PrintController::message);
    Ask::setNextFileNames({path});
    m_print->savePdfList();
    QCOMPARE(saved.size(), 1);
    QVERIFY(saved.first().first().toString().contains(u"Saved the PDF"_s));
    const QString text = nextsteps::testprint::pdfPages(path).join(u'\n');
    for (const ChecklistItem &item : data.items) {
        // "Question 7:" is also the start of "Question 70:": match the number with its colon.
        QCOMPARE(text.count(item.text.section(u':', 0, 0) + u':'), 1);
        if (!item.answer.isEmpty())
            QVERIFY2(text.contains(item.answer), qPrintable(item.answer));
    }
}

void TestPrintController::savePdf_largePrint_isRememberedAndLarger()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    m_model->setChecklist(samples::list(60));
    const QString regular = m_dir.filePath(u"regular.pdf"_s);
    Ask::setNextFileNames({regular});
    m_print->savePdfList();
    m_print->largePrintAction()->setChecked(true);
    QCOMPARE(PrintController(m_model, m_window).bodyPointSize(), PagedPrinter::LargeBodyPointSize);
    const QString large = m_dir.filePath(u"large.pdf"_s);
    Ask::setNextFileNames({large});
    m_print->savePdfList();
    const QStringList regularPages = nextsteps::testprint::pdfPages(regular);
    const QStringList largePages = nextsteps::testprint::pdfPages(large);
    QVERIFY(!regularPages.isEmpty());
    QVERIFY2(largePages.size() > regularPages.size(),
             qPrintable(u"%1 / %2"_s.arg(largePages.size()).arg(regularPages.size())));
    QVERIFY(largePages.join(u'\n').contains(u"Question 60:"_s));
}

void TestPrintController::savePdf_failure_isAProblemNotASuccess()
{
    m_model->setChecklist(samples::list(3));
    QSignalSpy saved(m_print, &PrintController::message);
    QSignalSpy problems(m_print, &PrintController::problem);
    Ask::setNextFileNames({m_dir.filePath(u"no/such/folder/list.pdf"_s)});
    m_print->savePdfList();
    QCOMPARE(saved.size(), 0);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().first().toString().startsWith(u"The PDF could not be saved."_s));
}

void TestPrintController::saveText_holdsEveryQuestion()
{
    const ChecklistData data = samples::list(41);
    m_model->setChecklist(data);
    const QString path = m_dir.filePath(u"list.txt"_s);
    Ask::setNextFileNames({path});
    m_print->saveTextList();
    const QString text = QString::fromUtf8(readAll(path));
    for (const ChecklistItem &item : data.items) {
        QCOMPARE(text.count(item.text + u'\n'), 1);
        if (!item.answer.isEmpty())
            QVERIFY(text.contains(u"Answer: "_s + item.answer));
    }
}

void TestPrintController::preview_opensReadableWithButtonsTheKeyboardReaches()
{
    m_model->setChecklist(samples::list(12));
    m_window->show();
    bool checked = false;
    whenPreviewOpens([&checked](PrintPreviewDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QPrintPreviewWidget *view = dialog->view();
        QCOMPARE(view->zoomMode(), QPrintPreviewWidget::FitToWidth);
        // Fit to the width of a window this size shows the page near its printed size, not at
        // the preview's usual thumbnail size.
        QVERIFY2(view->zoomFactor() > 0.6, qPrintable(QString::number(view->zoomFactor())));
        for (const char *name : {"printPagesButton", "savePdfButton", "closePreviewButton",
                                 "zoomInButton", "zoomOutButton", "fitWidthButton"}) {
            auto *button = dialog->findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY2(button, name);
            QVERIFY2(button->focusPolicy() & Qt::TabFocus, name);
            QVERIFY2(!button->text().isEmpty(), name);
        }
        // Ctrl+P prints from the preview, and Save as PDF's underlined letter works with Alt
        // (a shortcut set on the button itself used to take its Alt key away).
        bool printKey = false;
        for (QAction *action : dialog->actions())
            printKey = printKey || action->shortcut() == QKeySequence(QKeySequence::Print);
        QVERIFY(printKey);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        Ask::setNextFileNames({}); // the save dialog that follows is cancelled
        QSignalSpy pdf(dialog, &PrintPreviewDialog::savePdfRequested);
        const QString pdfText = dialog->findChild<QPushButton *>(u"savePdfButton"_s)->text();
        const QChar altKey = pdfText.at(pdfText.indexOf(u'&') + 1).toLower();
        QTest::keyClick(QApplication::focusWidget(), altKey.toLatin1(), Qt::AltModifier);
        QTRY_COMPARE(pdf.count(), 1); // a button pressed by its key shows itself pressed first
        QVERIFY(dialog->findChild<QCheckBox *>(u"largePrintCheck"_s)->focusPolicy() & Qt::TabFocus);
        // Tab from the pages reaches the buttons.
        QWidget *start = QApplication::focusWidget();
        QSet<QString> reached;
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget())
                reached.insert(QApplication::focusWidget()->objectName());
        }
        QVERIFY(start);
        QVERIFY2(reached.contains(u"printPagesButton"_s), qPrintable(reached.values().join(u' ')));
        QVERIFY(reached.contains(u"savePdfButton"_s));
        checked = true;
    });
    m_print->previewList();
    QVERIFY(checked);
}

void TestPrintController::preview_growsWithTheText_andEveryAltKeyWorks_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<QString>("language");
    for (int zoom : {100, 200, 300}) {
        for (const char *language : {"en", "es"})
            QTest::addRow("%d%% %s", zoom, language) << zoom << QString::fromLatin1(language);
    }
}

void TestPrintController::preview_growsWithTheText_andEveryAltKeyWorks()
{
    // At 200-300% the preview's buttons are the size of the text, every one inside the dialog
    // and the dialog inside the screen; each button's underlined letter with Alt presses it.
    QFETCH(int, zoom);
    QFETCH(QString, language);
    Language::apply(language);
    TextSize::set(zoom);
    const auto restore = qScopeGuard([] {
        TextSize::set(100);
        Language::apply(u"en"_s);
    });
    m_model->setChecklist(samples::list(12));
    m_window->show();
    bool checked = false;
    whenPreviewOpens([&checked, zoom](PrintPreviewDialog *dialog) {
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        const QRect screen = dialog->screen()->availableGeometry();
        QVERIFY(screen.contains(dialog->frameGeometry()) ||
                dialog->size().width() <= screen.width());
        QSet<QChar> keys;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (!button->isVisible())
                continue;
            QCOMPARE(button->font().pointSize(), comfortableFont(zoom).pointSize());
            const QRect place(button->mapTo(dialog, QPoint()), button->size());
            QVERIFY2(dialog->rect().contains(place), qPrintable(button->text()));
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            const qsizetype amp = button->text().indexOf(u'&');
            QVERIFY2(amp >= 0, qPrintable(button->text()));
            const QChar key = button->text().at(amp + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(button->text())); // no two alike
            keys.insert(key);
        }
        // Zoom In by its Alt key: the pages grow.
        const qreal before = dialog->view()->zoomFactor();
        const QString zoomIn = dialog->findChild<QPushButton *>(u"zoomInButton"_s)->text();
        const QChar key = zoomIn.at(zoomIn.indexOf(u'&') + 1).toLower();
        QTest::keyClick(QApplication::focusWidget(), key.toLatin1(), Qt::AltModifier);
        QTRY_VERIFY(dialog->view()->zoomFactor() > before);
        checked = true;
    });
    m_print->previewList();
    QVERIFY(checked);
}

void TestPrintController::preview_showsThePagesThatPrint()
{
    const ChecklistData data = samples::list(90);
    m_model->setChecklist(data);
    m_window->show();
    int shown = 0;
    whenPreviewOpens([&shown](PrintPreviewDialog *dialog) { shown = dialog->pageCount(); });
    m_print->previewList();
    QPrinter printer(QPrinter::HighResolution); // the printer's own paper, as the preview's
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    auto document = ChecklistPrintout::build(data);
    PagedPrinter pages(document.get(), ChecklistPrintout::title());
    QVERIFY(pages.paginate(&printer));
    QVERIFY(shown > 1);
    QCOMPARE(shown, pages.pageCount());
}

void TestPrintController::panelButton_offersEveryChoice()
{
    // The main window gives the panel its File menu's actions; here, stand-ins with the same
    // object names.
    ChecklistPanel panel(m_model);
    QList<QAction *> actions;
    for (const QString &name : {u"print"_s, u"printPreview"_s, u"exportPdf"_s, u"exportText"_s}) {
        auto *action = new QAction(name, &panel);
        action->setObjectName(name);
        actions << action;
    }
    actions << m_print->largePrintAction();
    panel.setPrintActions(actions);
    auto *button = panel.findChild<QPushButton *>(u"printButton"_s);
    QVERIFY(button);
    QVERIFY(button->menu());
    QStringList names;
    for (QAction *action : button->menu()->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    QCOMPARE(names, (QStringList{u"print"_s, u"printPreview"_s, u"exportPdf"_s, u"exportText"_s,
                                 u"largePrint"_s}));
}

QTEST_MAIN(TestPrintController)
#include "tst_printcontroller.moc"
