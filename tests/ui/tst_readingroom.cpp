#include "LaptopScreen.h"
#include "TestSupport.h"
#include "core/checklist/ChecklistModel.h"
#include "core/guide/Guide.h"
#include "ui/ColumnFitter.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/checklist/ChecklistTabs.h"
#include "ui/reading/ReadingPane.h"
#include "ui/reading/SuggestedQuestionsView.h"
#include "ui/reading/TopicSidebar.h"
#include "ui/style/AppStyle.h"
#include "ui/style/Theme.h"
#include "ui/widgets/StatusAnnouncer.h"
#include "ui/widgets/UiFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QToolButton>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace nextsteps;

Q_DECLARE_METATYPE(nextsteps::Theme::Kind)

// Large text that leaves room to read (issue 28), measured on a 1366x768 screen: at every text
// size the topic's text has most of the window's height, above 200% one part of the window shows
// at a time with its name on screen, and the questions show at least three whole questions.
class TestReadingRoom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void textGetsTheRoom_data();
    void textGetsTheRoom();
    void questionsPane_showsThreeWholeQuestions_data();
    void questionsPane_showsThreeWholeQuestions();
    void onePartAtATime_byKeys_withTheNamesOnScreen();
    void suggestions_oneLine_openedOnDemand();
    void longStatusMessage_showsWhole_withoutMovingTheText();
    void toTellHeadings_showWhole_data();
    void toTellHeadings_showWhole();

private:
    // beforeShow: what the list holds when the window opens.
    void openWindow(int zoom, const QString &language = u"en"_s,
                    const std::function<void(ChecklistModel *)> &beforeShow = {});
    int wholeLinesInView() const;
    QTextEdit *text() const { return m_window->findChild<QTextEdit *>(u"readingText"_s); }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestReadingRoom::initTestCase()
{
    isolateSettings(m_settingsDir);
    QApplication::setStyle(new AppStyle(u"fusion"_s));
    QApplication::setFont(comfortableFont(100));
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
}

void TestReadingRoom::cleanup()
{
    m_window.reset();
    Language::apply(u"en"_s);
    Theme::apply(Theme::Kind::Light);
}

void TestReadingRoom::openWindow(int zoom, const QString &language,
                                 const std::function<void(ChecklistModel *)> &beforeShow)
{
    m_window.reset();
    Language::apply(language);
    m_window = std::make_unique<MainWindow>(m_dir.filePath(u"checklist.json"_s));
    m_window->setLanguage(language);
    m_window->setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    m_window->setZoom(zoom);
    m_window->showTopic(u"treatments"_s); // a long topic: the text fills whatever it is given
    if (beforeShow)
        beforeShow(m_window->checklistModel());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    NEXTSTEPS_DRAIN_EVENTS();
}

// Lines of the topic that show whole in the text's view, as painted.
int TestReadingRoom::wholeLinesInView() const
{
    QTextEdit *edit = text();
    const QRect view(QPoint(0, edit->verticalScrollBar()->value()), edit->viewport()->size());
    int lines = 0;
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        const QRectF blockRect = edit->document()->documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QRectF line = layout->lineAt(i).rect().translated(blockRect.topLeft());
            if (view.contains(line.toAlignedRect().adjusted(0, 1, 0, -1)) &&
                !block.text().trimmed().isEmpty())
                ++lines;
        }
    }
    return lines;
}

void TestReadingRoom::textGetsTheRoom_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<QString>("language");
    QTest::addColumn<Theme::Kind>("theme");
    QTest::addColumn<bool>("findOpen");
    const std::pair<Theme::Kind, const char *> themes[] = {{Theme::Kind::Light, "light"},
                                                           {Theme::Kind::Dark, "dark"},
                                                           {Theme::Kind::HighContrast, "high"}};
    for (int zoom : {100, 150, 200, 250, 300}) {
        for (const char *language : {"en", "es"}) {
            for (const auto &[theme, name] : themes) {
                for (bool find : {false, true})
                    QTest::addRow("%d%% %s %s%s", zoom, language, name, find ? " find" : "")
                        << zoom << QString::fromLatin1(language) << theme << find;
            }
        }
    }
}

void TestReadingRoom::textGetsTheRoom()
{
    QFETCH(int, zoom);
    QFETCH(QString, language);
    QFETCH(Theme::Kind, theme);
    QFETCH(bool, findOpen);
    Theme::apply(theme);
    openWindow(zoom, language);
    if (findOpen) {
        m_window->findChild<QAction *>(u"find"_s)->trigger();
        QTest::keyClicks(QApplication::focusWidget(), u"cancer"_s);
        NEXTSTEPS_DRAIN_EVENTS();
    }
    QTextEdit *edit = text();
    QVERIFY(edit->isVisible());
    const int windowHeight = m_window->height();
    QVERIFY(windowHeight <= 768);
    const int viewHeight = edit->viewport()->height();
    QVERIFY2(viewHeight * 100 >= 60 * windowHeight,
             qPrintable(
                 u"the text is %1 px of a window %2 px tall"_s.arg(viewHeight).arg(windowHeight)));
    const int lines = wholeLinesInView();
    // Six lines of the topic; five with the find bar open (its row comes from the text).
    const int wanted = findOpen ? 5 : 6;
    QVERIFY2(lines >= wanted,
             qPrintable(u"%1 whole lines of the topic in view, %2 px, lines %3 px"_s.arg(lines)
                            .arg(viewHeight)
                            .arg(edit->fontMetrics().lineSpacing())));
    // Nothing the window shows goes past its edges.
    const QRect window = m_window->rect();
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(m_window.get()) || widget->isWindow())
            continue;
        bool scrolled = false;
        for (QWidget *up = widget->parentWidget(); up && up != m_window.get();
             up = up->parentWidget())
            scrolled = scrolled || up->objectName() == "qt_scrollarea_viewport"_L1;
        const QRect place(widget->mapTo(m_window.get(), QPoint()), widget->size());
        QVERIFY2(scrolled || window.contains(place),
                 qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                            widget->objectName()));
    }
    // Above 200%, one part at a time, and the parts' names on screen.
    auto *names = m_window->findChild<QTabBar *>(u"paneBar"_s);
    QCOMPARE(names->isVisible(), zoom > 200);
    QCOMPARE(m_window->sidebar()->isVisible() && m_window->listTabs()->isVisible(), zoom <= 200);
}

void TestReadingRoom::questionsPane_showsThreeWholeQuestions_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<QString>("language");
    for (int zoom : {100, 150, 200, 250, 300}) {
        for (const char *language : {"en", "es"})
            QTest::addRow("%d%% %s", zoom, language) << zoom << QString::fromLatin1(language);
    }
}

void TestReadingRoom::questionsPane_showsThreeWholeQuestions()
{
    QFETCH(int, zoom);
    QFETCH(QString, language);
    // The guide's own suggested questions (as long as most questions people write), a visit
    // with its details, one question marked important and one answered. (Longer questions
    // leave room for fewer at 300%.)
    openWindow(zoom, language, [&language](ChecklistModel *model) {
        // Eight of the guide's questions of middle length, around the median.
        const Guide guide = Guide::forLanguage(language);
        QStringList all;
        for (const Topic &topic : guide.topics()) {
            for (const SuggestedQuestion &question : topic.questions)
                all << question.text;
        }
        std::stable_sort(all.begin(), all.end(),
                         [](const QString &a, const QString &b) { return a.size() < b.size(); });
        for (const QString &question : all.mid(all.size() / 2 - 4, 8))
            model->addQuestion(question);
        model->setField(1, ChecklistModel::Field::Important, true);
        model->setField(3, ChecklistModel::Field::Answer, u"Yes, a nurse can visit each week."_s);
        Visit visit;
        visit.date = QDate(2026, 12, 10);
        visit.with = u"Dr. Lee"_s;
        visit.place = u"Cancer Center, 2nd floor"_s;
        model->setVisit(visit);
    });
    ChecklistModel *model = m_window->checklistModel();
    QCOMPARE(model->rowCount(), 8);
    m_window->findChild<QAction *>(u"goQuestions"_s)->trigger();
    // The panel's parts find their places over a few rounds of the event loop.
    for (int round = 0; round < 3; ++round)
        NEXTSTEPS_DRAIN_EVENTS();
    QListView *list = m_window->checklistPanel()->list();
    QVERIFY(list->isVisible());
    // From the top of the list, as a person reading it through.
    QTest::keyClick(list, Qt::Key_Home);
    NEXTSTEPS_DRAIN_EVENTS();
    // Whole: inside the list's view, and the list's view inside what the panel shows.
    auto *scroll = m_window->findChild<QScrollArea *>(u"checklistScroll"_s);
    const QRect shown(QPoint(), scroll->viewport()->size());
    int whole = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QRect inList = list->visualRect(model->index(row, 0));
        const QRect inPanel(list->viewport()->mapTo(scroll->viewport(), inList.topLeft()),
                            inList.size());
        if (list->viewport()->rect().contains(inList) && shown.contains(inPanel))
            ++whole;
    }
    // Three when the questions are the part shown (above 200%); beside the text, at least one
    // (the panel scrolls to the rest).
    const int wanted = zoom > 200 ? 3 : 1;
    QVERIFY2(whole >= wanted, qPrintable(u"%1 whole questions"_s.arg(whole)));
    // The answer, reached by Ctrl+R, shows whole (its three lines) in what the panel shows.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->checklistPanel()->findChild<QAction *>(u"editAnswer"_s)->trigger();
    QCOMPARE(QApplication::focusWidget(), m_window->checklistPanel()->answerEdit());
    NEXTSTEPS_DRAIN_EVENTS();
    QWidget *answer = m_window->checklistPanel()->answerEdit();
    QScrollArea *holder = nullptr;
    for (QWidget *up = answer->parentWidget(); up && !holder; up = up->parentWidget())
        holder = qobject_cast<QScrollArea *>(up);
    QVERIFY(holder);
    const QRect answerPlace(answer->mapTo(holder->viewport(), QPoint()), answer->size());
    QVERIFY2(holder->viewport()->rect().contains(answerPlace),
             qPrintable(u"answer at %1,%2 %3x%4 in %5x%6"_s.arg(answerPlace.x())
                            .arg(answerPlace.y())
                            .arg(answerPlace.width())
                            .arg(answerPlace.height())
                            .arg(holder->viewport()->width())
                            .arg(holder->viewport()->height())));
    // No scroll bar inside another where the questions are a part of their own.
    if (zoom > 200)
        QVERIFY(!scroll->verticalScrollBar()->isVisible());
}

void TestReadingRoom::onePartAtATime_byKeys_withTheNamesOnScreen()
{
    openWindow(300);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *names = m_window->findChild<QTabBar *>(u"paneBar"_s);
    QVERIFY(names->isVisible());
    QCOMPARE(names->count(), 3);
    QCOMPARE(names->tabText(0), u"Topics"_s);
    QCOMPARE(names->tabText(1), u"Reading"_s);
    QCOMPARE(names->tabText(2), u"My Questions"_s);
    QCOMPARE(names->currentIndex(), 1);
    QVERIFY(!names->accessibleName().isEmpty());
    const auto shown = [this] {
        return QList<bool>{m_window->sidebar()->isVisible(), m_window->readingPane()->isVisible(),
                           m_window->listTabs()->isVisible()};
    };
    m_window->readingPane()->focusText();
    // F6: the next part, shown and with the focus; Shift+F6 back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(shown(), (QList<bool>{false, false, true}));
    QCOMPARE(names->currentIndex(), 2);
    QVERIFY(m_window->listTabs()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(shown(), (QList<bool>{true, false, false}));
    QVERIFY(m_window->sidebar()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(shown(), (QList<bool>{false, false, true}));
    // Ctrl+1, Ctrl+2, Ctrl+3, as in the View menu.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(shown(), (QList<bool>{true, false, false}));
    // A topic chosen with Enter is a topic to read: the reading shows, with it.
    auto *topics = m_window->sidebar()->findChild<QListWidget *>();
    QVERIFY(topics && topics->hasFocus());
    topics->setCurrentRow(3);
    const QString chosen = topics->currentItem()->data(Qt::AccessibleTextRole).toString();
    QTest::keyClick(topics, Qt::Key_Return);
    QCOMPARE(shown(), (QList<bool>{false, true, false}));
    QVERIFY(m_window->readingPane()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(m_window->readingPane()->currentTitle(), chosen);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(shown(), (QList<bool>{false, false, true}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(shown(), (QList<bool>{false, true, false}));
    // View > Panes' ticks say which part shows.
    QVERIFY(!m_window->findChild<QAction *>(u"showTopics"_s)->isChecked());
    m_window->findChild<QAction *>(u"showQuestions"_s)->trigger();
    QCOMPARE(shown(), (QList<bool>{false, false, true}));
    QVERIFY(m_window->findChild<QAction *>(u"showQuestions"_s)->isChecked());
    // Smaller text: the columns again, as the person had them.
    m_window->setZoom(200);
    NEXTSTEPS_DRAIN_EVENTS();
    QVERIFY(!names->isVisible());
    QCOMPARE(shown(), (QList<bool>{true, true, true}));
    // In Spanish, the names are Spanish.
    m_window->setZoom(300);
    m_window->setLanguage(u"es"_s);
    QCOMPARE(names->tabText(1), u"Lectura"_s);
}

void TestReadingRoom::suggestions_oneLine_openedOnDemand()
{
    for (int zoom : {100, 300}) {
        openWindow(zoom);
        auto *toggle = m_window->readingPane()->suggestionsToggle();
        SuggestedQuestionsView *suggestions = m_window->readingPane()->suggestions();
        QVERIFY(toggle->isVisible());
        QVERIFY(!suggestions->isVisible());
        const int count = int(suggestions->addButtons().size());
        QVERIFY(count > 0);
        QCOMPARE(toggle->accessibleName(), u"%1 questions you might ask"_s.arg(count));
        QVERIFY2(toggle->text().endsWith(u"%1 questions you might ask"_s.arg(count)) ||
                     toggle->text().endsWith(u"%1 questions to ask"_s.arg(count)),
                 qPrintable(toggle->text()));
        const int closedHeight = text()->viewport()->height();
        // Opened by the keyboard: the questions and their buttons show below the text.
        toggle->setFocus(Qt::TabFocusReason);
        QTest::keyClick(toggle, Qt::Key_Space);
        NEXTSTEPS_DRAIN_EVENTS();
        QVERIFY(suggestions->isVisible());
        QVERIFY(suggestions->addButtons().constFirst()->isVisible());
        QVERIFY(text()->viewport()->height() < closedHeight);
        QVERIFY(toggle->isChecked());
        // The choice holds for the next topic.
        m_window->showTopic(u"trials"_s);
        NEXTSTEPS_DRAIN_EVENTS();
        QVERIFY(suggestions->isVisible());
        QTest::keyClick(toggle, Qt::Key_Space);
        NEXTSTEPS_DRAIN_EVENTS();
        QVERIFY(!suggestions->isVisible());
        QCOMPARE(text()->viewport()->height() >= closedHeight - 2, true);
        // The same from View > Show the Questions You Might Ask, its tick following.
        QAction *show = m_window->findChild<QAction *>(u"showSuggestions"_s);
        QVERIFY(show && !show->isChecked());
        show->trigger();
        NEXTSTEPS_DRAIN_EVENTS();
        QVERIFY(suggestions->isVisible());
        QVERIFY(show->isChecked() && toggle->isChecked());
        show->trigger();
        NEXTSTEPS_DRAIN_EVENTS();
        QVERIFY(!suggestions->isVisible());
    }
}

void TestReadingRoom::longStatusMessage_showsWhole_withoutMovingTheText()
{
    openWindow(300);
    auto *status = m_window->findChild<StatusAnnouncer *>(u"statusMessage"_s);
    const int textHeight = text()->height();
    const int barHeight = m_window->statusBar()->height();
    const QString message =
        u"Your list for Thursday, December 10 is in File > Past Lists. Edit > Undo (Ctrl+Z) "
        "brings it back."_s;
    status->setShownFor(400);
    status->announce(message);
    NEXTSTEPS_DRAIN_EVENTS();
    // The parts of the window stay where they were.
    QCOMPARE(text()->height(), textHeight);
    QCOMPARE(m_window->statusBar()->height(), barHeight);
    // The whole message shows, in the bubble above the status bar, inside the window.
    QLabel *bubble = status->bubble();
    QVERIFY(bubble && bubble->isVisible());
    QCOMPARE(bubble->text(), message);
    QVERIFY(bubble->height() >= bubble->heightForWidth(bubble->width()));
    const QRect place(bubble->mapTo(m_window.get(), QPoint()), bubble->size());
    QVERIFY(m_window->rect().contains(place));
    QVERIFY(place.bottom() <= m_window->statusBar()->geometry().top());
    // Screen readers are told the whole of it.
    QCOMPARE(status->accessibleDescription(), message);
    // Then both go.
    QTRY_VERIFY_WITH_TIMEOUT(!bubble->isVisible(), 3000);
    QVERIFY(status->text().isEmpty());
    // Shown again, the bubble gets out of the way as soon as the person moves on.
    status->setShownFor(StatusAnnouncer::ShownFor);
    status->announce(message);
    NEXTSTEPS_DRAIN_EVENTS();
    QVERIFY(bubble->isVisible());
    m_window->findChild<QAction *>(u"goReading"_s)->trigger();
    m_window->readingPane()->suggestionsToggle()->setFocus(Qt::TabFocusReason);
    QVERIFY(!bubble->isVisible());
    QCOMPARE(status->text(), message); // the status bar keeps it for a while
}

void TestReadingRoom::toTellHeadings_showWhole_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<QString>("language");
    for (int zoom : {100, 200, 300}) {
        for (const char *language : {"en", "es"})
            QTest::addRow("%d%% %s", zoom, language) << zoom << QString::fromLatin1(language);
    }
}

void TestReadingRoom::toTellHeadings_showWhole()
{
    // "What to tell", "Since when", "How bad (0-10)", "What helps, notes": each whole, on two
    // lines where the column is narrow ("Wha" at 100% before), no word cut.
    QFETCH(int, zoom);
    QFETCH(QString, language);
    openWindow(zoom, language);
    m_window->findChild<QAction *>(u"goToTell"_s)->trigger();
    NEXTSTEPS_DRAIN_EVENTS();
    auto *table = m_window->listTabs()->findChild<QTableView *>();
    QVERIFY(table && table->isVisible());
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    for (int column = 0; column < header->count(); ++column) {
        const QString heading = table->model()->headerData(column, Qt::Horizontal).toString();
        const int width = header->sectionSize(column) - metrics.averageCharWidth();
        for (const QString &word : heading.split(u' '))
            QVERIFY2(metrics.horizontalAdvance(word) <= width, qPrintable(heading));
        const int height =
            metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, heading).height();
        QVERIFY2(height <= header->height(), qPrintable(heading));
    }
    // Nothing to scroll sideways for, unless the panel is narrower than a word a column (at
    // 200% beside the text: then the table scrolls, and its scroll bar shows).
    const int least = header->count() * header->minimumSectionSize();
    if (table->viewport()->width() >= least)
        QCOMPARE(header->length(), table->viewport()->width());
    else
        QVERIFY(table->horizontalScrollBar()->isVisible());
}

int main(int argc, char *argv[])
{
    return execOnLaptopScreen<TestReadingRoom>(argc, argv);
}

#include "tst_readingroom.moc"
