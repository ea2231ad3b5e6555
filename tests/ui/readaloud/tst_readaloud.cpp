#include "FakeSpeechEngine.h"
#include "TestSupport.h"
#include "core/QuestionSink.h"
#include "core/checklist/ChecklistModel.h"
#include "core/guide/Guide.h"
#include "ui/MainWindow.h"
#include "ui/TopicReader.h"
#include "ui/readaloud/ListenBar.h"
#include "ui/readaloud/ReadAloud.h"
#include "ui/reading/FindBar.h"
#include "ui/reading/GuideBrowser.h"
#include "ui/reading/ReadingPane.h"
#include "ui/widgets/ExtraSelections.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {
class NoSink : public QuestionSink
{
public:
    bool addSuggestedQuestion(const QString &, const QString &, const QString &) override
    {
        return false;
    }
    bool hasSuggestedQuestion(const QString &, const QString &) const override { return false; }
};

// The text the reading highlight covers now, or nothing.
QString highlighted(const GuideBrowser *browser)
{
    const auto mine = ownedExtraSelections(browser, HighlightOwner::ReadAloud);
    return mine.size() == 1 ? mine.first().cursor.selectedText() : QString();
}
} // namespace

class TestReadAloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(m_settingsDir);
        m_guide = Guide::load(Guide::bundledDirectory());
    }
    void init() { QSettings().clear(); }
    void topic_isSentAsThePageReads();
    void selection_isReadAlone();
    void highlight_followsTheSentenceAndStaysInView();
    void pauseResumeStop();
    void findHighlights_andReadingHighlight_keepEachOther();
    void speed_isRemembered();
    void switchingTopics_stopsReading();
    void engineError_stopsAndSaysWhy();
    void noEngine_disablesListenAndSaysWhy();
    void noVoiceForTheLanguage_saysSo();
    void sentences_ofPlainText();
    void questionList_isReadAloud();
    void closingTheWindow_stopsReading();
    void listenAndSpeed_areReachedWithTab();

private:
    struct Setup
    {
        FakeSpeechEngine engine;
        NoSink sink;
        std::unique_ptr<ReadingPane> pane;
        std::unique_ptr<TopicReader> reader;
    };
    void open(Setup &setup, const QString &topic)
    {
        setup.pane = std::make_unique<ReadingPane>(m_guide, &setup.sink);
        setup.reader = std::make_unique<TopicReader>(setup.pane.get(), m_guide.language());
        setup.pane->resize(800, 600);
        setup.reader->readAloud()->setEngine(&setup.engine);
        setup.pane->showTopic(topic);
        setup.pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(setup.pane.get()));
    }

    QTemporaryDir m_settingsDir;
    Guide m_guide;
};

void TestReadAloud::topic_isSentAsThePageReads()
{
    Setup s;
    open(s, u"hospice"_s);
    ReadAloud *reader = s.reader->readAloud();
    s.reader->listenBar()->listenAction()->trigger();
    QCOMPARE(reader->state(), ReadAloud::State::Reading);
    // One sentence at a time, starting with the title.
    QCOMPARE(s.engine.said, QStringList{m_guide.topic(u"hospice"_s)->title});

    // Let the engine say every sentence, and collect what it was asked to say.
    for (int i = 0; i < 2000 && reader->state() == ReadAloud::State::Reading; ++i) {
        const qsizetype before = s.engine.said.size();
        s.engine.finishSentence();
        QTRY_VERIFY(s.engine.said.size() > before || reader->state() == ReadAloud::State::Idle);
    }
    QCOMPARE(reader->state(), ReadAloud::State::Idle);
    const QStringList said = s.engine.said;
    QVERIFY(said.size() > 20);

    // No Markdown marks, no link targets, nothing from the buttons.
    for (const QString &sentence : said) {
        QVERIFY2(!sentence.contains(u"]("_s), qPrintable(sentence));
        QVERIFY2(!sentence.contains(u"glossary:"_s), qPrintable(sentence));
        QVERIFY2(!sentence.contains(u"topic:"_s), qPrintable(sentence));
        QVERIFY2(!sentence.contains(u"**"_s), qPrintable(sentence));
        QVERIFY2(!sentence.contains(u"://"_s), qPrintable(sentence)); // web addresses
        QVERIFY2(!sentence.contains(u"  "_s), qPrintable(sentence));
        QVERIFY2(!sentence.startsWith(u'#'), qPrintable(sentence));
        QVERIFY2(!sentence.startsWith(u"- "_s), qPrintable(sentence));
        QVERIFY2(!sentence.contains(tr("Add to my questions")), qPrintable(sentence));
        QVERIFY2(sentence == sentence.trimmed(), qPrintable(sentence));
    }
    // Link words are read as words: "[Hospice care](glossary:hospice-care) is care for…".
    QVERIFY(said.contains(u"Hospice care is care for comfort near the end of life."_s));
    // Every heading and every list item of the page, each beginning a sentence of its own.
    const QTextDocument *page = s.pane->browser()->document();
    int headings = 0;
    int items = 0;
    for (QTextBlock block = page->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text().trimmed();
        if (text.isEmpty())
            continue;
        if (block.blockFormat().headingLevel() > 0) {
            ++headings;
            QVERIFY2(said.contains(text), qPrintable(text));
        } else if (block.textList()) {
            ++items;
            const bool begins = std::any_of(said.begin(), said.end(), [&](const QString &x) {
                return text.startsWith(x.left(20));
            });
            QVERIFY2(begins, qPrintable(text));
        }
    }
    QVERIFY(headings >= 4);
    QVERIFY(items >= 4);
    QVERIFY(said.contains(u"American Society of Clinical Oncology (Cancer.Net)."_s));
    QVERIFY(said.contains(u"Doctors sign that they expect you to live six months or less, if "
                          "the illness runs its usual course."_s));
    // Then the suggested questions, after the page.
    const Topic *topic = m_guide.topic(u"hospice"_s);
    QVERIFY(!topic->questions.isEmpty());
    const qsizetype intro = said.indexOf(u"Questions you might ask."_s);
    QVERIFY(intro > 0);
    for (const SuggestedQuestion &question : topic->questions)
        QVERIFY2(said.indexOf(question.text) > intro, qPrintable(question.text));
    // And the highlight is gone when it is done.
    QCOMPARE(highlighted(s.pane->browser()), QString());
}

void TestReadAloud::selection_isReadAlone()
{
    Setup s;
    open(s, u"hospice"_s);
    GuideBrowser *browser = s.pane->browser();
    const QString target = u"These are the rules that Medicare uses."_s;
    QTextCursor cursor = browser->document()->find(target);
    QVERIFY(!cursor.isNull());
    cursor.movePosition(QTextCursor::NextWord, QTextCursor::KeepAnchor, 3); // into the next one
    browser->setTextCursor(cursor);
    s.reader->listenBar()->listenButton()->click();
    QCOMPARE(s.engine.said, QStringList{target});
    s.engine.finishSentence();
    QTRY_COMPARE(s.engine.said.size(), 2);
    QCOMPARE(s.engine.said.at(1), u"Other health"_s); // only what was chosen
    s.engine.finishSentence();
    QTRY_COMPARE(s.reader->readAloud()->state(), ReadAloud::State::Idle);
    QCOMPARE(s.engine.said.size(), 2); // no suggested questions after a selection
}

void TestReadAloud::highlight_followsTheSentenceAndStaysInView()
{
    Setup s;
    open(s, u"treatments"_s); // the longest topic: it scrolls
    GuideBrowser *browser = s.pane->browser();
    ReadAloud *reader = s.reader->readAloud();
    s.reader->listen();
    QCOMPARE(highlighted(browser), s.engine.said.last());
    QCOMPARE(reader->currentIndex(), 0);
    QVERIFY(browser->document()->size().height() > 3 * browser->viewport()->height());
    const QList<SpokenSentence> sentences = reader->sentences();
    const int onPage = int(std::count_if(sentences.begin(), sentences.end(),
                                         [](const SpokenSentence &x) { return x.start >= 0; }));
    for (int i = 1; i < onPage; ++i) {
        s.engine.finishSentence();
        QTRY_COMPARE(reader->currentIndex(), i);
        QCOMPARE(highlighted(browser), s.engine.said.last());
        // In view: the sentence's first line is on the screen.
        const auto selection = ownedExtraSelections(browser, HighlightOwner::ReadAloud).first();
        QTextCursor start(browser->document());
        start.setPosition(selection.cursor.selectionStart());
        const QRect where = browser->cursorRect(start);
        QVERIFY2(where.top() >= 0 && where.bottom() <= browser->viewport()->height(),
                 qPrintable(s.engine.said.last()));
    }
    QVERIFY(browser->verticalScrollBar()->value() > 0);
    // The suggested questions are not on the page: nothing is highlighted while they are read.
    s.engine.finishSentence();
    QTRY_COMPARE(reader->currentIndex(), onPage);
    QCOMPARE(highlighted(browser), QString());
    // Colours readable as the find highlight's.
}

void TestReadAloud::pauseResumeStop()
{
    Setup s;
    open(s, u"hospice"_s);
    ListenBar *bar = s.reader->listenBar();
    ReadAloud *reader = s.reader->readAloud();
    QVERIFY(!bar->pauseButton()->isEnabled());
    QVERIFY(!bar->stopButton()->isEnabled());
    bar->listenAction()->trigger();
    QVERIFY(bar->pauseButton()->isEnabled());
    QVERIFY(bar->stopButton()->isEnabled());

    bar->pauseAction()->trigger();
    QCOMPARE(reader->state(), ReadAloud::State::Paused);
    QCOMPARE(s.engine.pauses, 1);
    QCOMPARE(bar->pauseButton()->text(), tr("Resume"));
    bar->pauseAction()->trigger();
    QCOMPARE(reader->state(), ReadAloud::State::Reading);
    QCOMPARE(s.engine.resumes, 1);
    QCOMPARE(bar->pauseButton()->text(), tr("Pause"));

    // A sentence that ends while paused: the next one waits for Resume.
    bar->pauseAction()->trigger();
    s.engine.finishSentence();
    NEXTSTEPS_DRAIN_EVENTS();
    QCOMPARE(s.engine.said.size(), 1);
    bar->pauseAction()->trigger();
    QCOMPARE(s.engine.said.size(), 2);
    QCOMPARE(reader->currentIndex(), 1);

    bar->stopButton()->click();
    QCOMPARE(reader->state(), ReadAloud::State::Idle);
    QCOMPARE(s.engine.stops, 1);
    QCOMPARE(highlighted(s.pane->browser()), QString());
    QVERIFY(!bar->pauseButton()->isEnabled());
    // The engine's "ready" after the stop does not start the next sentence.
    s.engine.finishSentence();
    NEXTSTEPS_DRAIN_EVENTS();
    QCOMPARE(s.engine.said.size(), 2);
    // Listen again starts from the top.
    bar->listenAction()->trigger();
    QCOMPARE(s.engine.said.last(), m_guide.topic(u"hospice"_s)->title);
}

void TestReadAloud::findHighlights_andReadingHighlight_keepEachOther()
{
    Setup s;
    open(s, u"hospice"_s);
    GuideBrowser *browser = s.pane->browser();
    s.pane->findBar()->show();
    s.pane->findBar()->setQuery(u"hospice"_s);
    const qsizetype matches = browser->extraSelections().size();
    QVERIFY(matches > 3);
    s.reader->listen();
    QCOMPARE(browser->extraSelections().size(), matches + 1);
    s.pane->findBar()->setQuery(u"Medicare"_s);
    QCOMPARE(highlighted(browser), s.engine.said.last());
    s.reader->readAloud()->stop();
    QCOMPARE(ownedExtraSelections(browser, HighlightOwner::Find).size(),
             browser->extraSelections().size());
    QVERIFY(!browser->extraSelections().isEmpty());
}

void TestReadAloud::speed_isRemembered()
{
    {
        Setup s;
        open(s, u"hospice"_s);
        QComboBox *speed = s.reader->listenBar()->speedBox();
        QCOMPARE(speed->currentData().toInt(), 0);
        QCOMPARE(s.engine.rate, 0.0);
        speed->setFocus();
        QTest::keyClick(speed, Qt::Key_Down); // one step faster
        QCOMPARE(s.reader->readAloud()->speed(), 1);
        QVERIFY(s.engine.rate > 0);
        s.reader->readAloud()->setSpeed(-2);
        QCOMPARE(speed->currentText(), tr("Much slower"));
        QCOMPARE(s.engine.rate, -0.5);
        s.reader->readAloud()->setSpeed(-9);
        QCOMPARE(s.reader->readAloud()->speed(), ReadAloud::SlowestSpeed);
    }
    Setup again;
    open(again, u"hospice"_s);
    QCOMPARE(again.reader->readAloud()->speed(), -2);
    QCOMPARE(again.reader->listenBar()->speedBox()->currentText(), tr("Much slower"));
    QCOMPARE(again.engine.rate, -0.5);
}

void TestReadAloud::switchingTopics_stopsReading()
{
    Setup s;
    open(s, u"hospice"_s);
    s.reader->listen();
    s.engine.finishSentence();
    QTRY_COMPARE(s.engine.said.size(), 2);
    s.pane->showTopic(u"trials"_s);
    QCOMPARE(s.reader->readAloud()->state(), ReadAloud::State::Idle);
    QCOMPARE(s.engine.stops, 1);
    QCOMPARE(highlighted(s.pane->browser()), QString());
    s.engine.finishSentence();
    NEXTSTEPS_DRAIN_EVENTS();
    QCOMPARE(s.engine.said.size(), 2);
    // Back too.
    s.reader->listen();
    s.pane->goBack();
    QCOMPARE(s.reader->readAloud()->state(), ReadAloud::State::Idle);
}

void TestReadAloud::engineError_stopsAndSaysWhy()
{
    Setup s;
    open(s, u"hospice"_s);
    QSignalSpy messages(s.pane.get(), &ReadingPane::message);
    s.reader->listen();
    s.engine.fail(u"the sound device is busy"_s);
    QCOMPARE(s.reader->readAloud()->state(), ReadAloud::State::Idle);
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.last().first().toString().contains(u"the sound device is busy"_s));
    QCOMPARE(highlighted(s.pane->browser()), QString());

    // An engine that fails at once, from inside say().
    s.engine.failOnSay = true;
    s.reader->listen();
    QCOMPARE(s.reader->readAloud()->state(), ReadAloud::State::Idle);
    QVERIFY(messages.last().first().toString().contains(u"cannot speak"_s));
    s.engine.failOnSay = false;
    s.reader->listen();
    QCOMPARE(s.reader->readAloud()->state(), ReadAloud::State::Reading);
}

void TestReadAloud::noEngine_disablesListenAndSaysWhy()
{
    Setup s;
    s.engine.available = false;
    s.engine.why = u"No voice for reading aloud is installed on this computer."_s;
    open(s, u"hospice"_s);
    ListenBar *bar = s.reader->listenBar();
    QVERIFY(!bar->listenButton()->isEnabled());
    // The command stays reachable by keyboard, and says why when chosen (below).
    QVERIFY(bar->listenAction()->isEnabled());
    QVERIFY(bar->listenButton()->isVisible());
    QVERIFY(bar->listenButton()->toolTip().contains(s.engine.why));
    QVERIFY(bar->listenButton()->accessibleDescription().contains(s.engine.why));
    // Chosen from the menu or with its keys: nothing is said, and why is told.
    QSignalSpy messages(s.pane.get(), &ReadingPane::message);
    bar->listenAction()->trigger();
    QVERIFY(s.engine.said.isEmpty());
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(s.engine.why));
    // The rest works as before.
    s.pane->showTopic(u"trials"_s);
    QCOMPARE(s.pane->currentTopicId(), u"trials"_s);
}

void TestReadAloud::noVoiceForTheLanguage_saysSo()
{
    Setup s;
    s.engine.voices = {QLocale(QLocale::French, QLocale::France)};
    open(s, u"hospice"_s);
    ListenBar *bar = s.reader->listenBar();
    QVERIFY(!bar->listenButton()->isEnabled());
    QVERIFY2(bar->listenButton()->toolTip().contains(u"no English voice"_s),
             qPrintable(bar->listenButton()->toolTip()));
    // A voice for the guide's language, where there is one.
    s.engine.voices << QLocale(QLocale::English, QLocale::UnitedKingdom);
    s.reader->readAloud()->setLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(bar->listenButton()->isEnabled());
    QCOMPARE(s.engine.language.language(), QLocale::English);
}

void TestReadAloud::sentences_ofPlainText()
{
    const auto sentences =
        spokenSentences(u"Is this normal? Ask your team.\u2028Call 911 right away."_s);
    QCOMPARE(sentences.size(), 3);
    QCOMPARE(sentences.at(0).text, u"Is this normal?"_s);
    QCOMPARE(sentences.at(1).text, u"Ask your team."_s);
    QCOMPARE(sentences.at(2).text, u"Call 911 right away."_s);
    QCOMPARE(sentences.at(0).start, -1);
    QVERIFY(spokenSentences(u" — \u2022 "_s).isEmpty()); // no words, nothing to say
}

void TestReadAloud::questionList_isReadAloud()
{
    QTemporaryDir dir;
    FakeSpeechEngine engine;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    window.readAloud()->setEngine(&engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *readQuestions = window.findChild<QAction *>(u"readQuestions"_s);
    QVERIFY(readQuestions);
    readQuestions->trigger(); // an empty list: nothing to read, and it says so
    QVERIFY(engine.said.isEmpty());

    ChecklistModel *model = window.checklistModel();
    model->addQuestion(u"Is hospice care right for me now?"_s);
    model->addQuestion(u"Can I join a clinical trial?"_s);
    model->setField(1, ChecklistModel::Field::Answer, u"Maybe. Ask the trial nurse."_s);
    readQuestions->trigger();
    for (int i = 0; i < 20 && window.readAloud()->state() != ReadAloud::State::Idle; ++i) {
        const qsizetype before = engine.said.size();
        engine.finishSentence();
        QTRY_VERIFY(engine.said.size() > before ||
                    window.readAloud()->state() == ReadAloud::State::Idle);
    }
    QCOMPARE(engine.said, (QStringList{u"Question 1."_s, u"Is hospice care right for me now?"_s,
                                       u"Question 2."_s, u"Can I join a clinical trial?"_s,
                                       u"Answer:"_s, u"Maybe."_s, u"Ask the trial nurse."_s}));
    // Nothing on the page was highlighted for words that are not on it.
    QCOMPARE(highlighted(window.readingPane()->browser()), QString());
}

void TestReadAloud::closingTheWindow_stopsReading()
{
    QTemporaryDir dir;
    FakeSpeechEngine engine;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    window.readAloud()->setEngine(&engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *readAloud = window.findChild<QAction *>(u"readAloud"_s);
    QVERIFY(readAloud);
    QCOMPARE(readAloud->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    readAloud->trigger();
    QCOMPARE(window.readAloud()->state(), ReadAloud::State::Reading);
    QVERIFY(window.close());
    QCOMPARE(window.readAloud()->state(), ReadAloud::State::Idle);
    QCOMPARE(engine.stops, 1);
}

void TestReadAloud::listenAndSpeed_areReachedWithTab()
{
    QTemporaryDir dir;
    FakeSpeechEngine engine;
    MainWindow window(dir.filePath(u"checklist.json"_s));
    window.readAloud()->setEngine(&engine);
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
    QVERIFY(reached.contains(u"listenButton"_s));
    QVERIFY(reached.contains(u"speechSpeed"_s));
    // Space on the button reads, as a click does.
    window.listenBar()->listenButton()->setFocus();
    QTest::keyClick(window.listenBar()->listenButton(), Qt::Key_Space);
    QCOMPARE(window.readAloud()->state(), ReadAloud::State::Reading);
}

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
