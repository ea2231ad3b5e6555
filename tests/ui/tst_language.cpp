#include "PaintedText.h"
#include "TestSupport.h"
#include "core/checklist/ChecklistModel.h"
#include "core/guide/Guide.h"
#include "core/print/ChecklistPrintout.h"
#include "core/print/PagedPrinter.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/readaloud/ReadAloud.h"
#include "ui/reading/ReadingPane.h"
#include "ui/reading/SuggestedQuestionsView.h"
#include "ui/reading/TopicSidebar.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files))
        QVERIFY(QFile::copy(source.filePath(name), to + u'/' + name));
    for (const QString &name : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (name != u"es")
            copyTree(source.filePath(name), to + u'/' + name);
    }
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QString actionText(const MainWindow &window, const QString &name)
{
    // The window's own actions are in its menus and their submenus; the panels have actions of
    // the same names.
    QList<QMenu *> menus;
    for (QAction *top : window.menuBar()->actions())
        menus << top->menu();
    for (qsizetype i = 0; i < menus.size(); ++i) {
        for (QAction *action : menus.at(i)->actions()) {
            if (action->objectName() == name)
                return action->text();
            if (action->menu())
                menus << action->menu();
        }
    }
    return {};
}

} // namespace

// The language of everything: the interface, Qt's own words, the guide, the printout and dates.
class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void initial_isTheSystemsLanguageThenTheChoice();
    void apply_translatesTheAppQtAndDates();
    void everyMenu_hasItsOwnAccessKeys_data();
    void everyMenu_hasItsOwnAccessKeys();
    void switching_retranslatesMenusPaneAndSidebarAtOnce();
    void switching_retranslatesTheQuestionPanel();
    void questions_stayAsWrittenAndNewOnesComeInSpanish();
    void printedPage_isInSpanish();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_guideRoot;
    QTemporaryDir m_lists;
    QString m_spanishWelcome;
};

void TestLanguage::initTestCase()
{
    isolateSettings(m_settings);
    // The real Spanish guide where it is compiled in; until then the fixture, beside the
    // bundled English guide.
    if (!QFileInfo::exists(u":/guide/es/guide.json"_s)) {
        copyTree(Guide::bundledDirectory(), m_guideRoot.path());
        copyTree(QStringLiteral(NEXTSTEPS_TEST_DATA "/guide-es"), m_guideRoot.path() + u"/es"_s);
        Guide::setBundledDirectory(m_guideRoot.path());
    }
    m_spanishWelcome = Guide::forLanguage(u"es"_s).topic(u"welcome"_s)->title;
    QVERIFY(m_spanishWelcome != Guide::load(Guide::bundledDirectory()).topic(u"welcome"_s)->title);
}

void TestLanguage::init()
{
    QSettings().clear();
    Language::apply(u"en"_s);
}

void TestLanguage::cleanupTestCase()
{
    Language::apply(u"en"_s);
    Guide::setBundledDirectory({});
}

void TestLanguage::initial_isTheSystemsLanguageThenTheChoice()
{
    // The tests run with LANG=en_US.UTF-8.
    QCOMPARE(Language::initial(), u"en"_s);
    Language::remember(u"es"_s);
    QCOMPARE(Language::initial(), u"es"_s);
    Language::remember(u"xx"_s); // a setting from who knows where: the system's again
    QCOMPARE(Language::initial(), u"en"_s);
    QCOMPARE(Language::available(), QStringList({u"en"_s, u"es"_s}));
    QCOMPARE(Language::nativeName(u"es"_s), u"Español"_s);
}

void TestLanguage::apply_translatesTheAppQtAndDates()
{
    Language::apply(u"es"_s);
    QCOMPARE(Language::current(), u"es"_s);
    QCOMPARE(QCoreApplication::translate("nextsteps::MainMenus", "&File"), u"&Archivo"_s);
    // Plural forms.
    const auto found = [](int n) {
        return QCoreApplication::translate("nextsteps::TopicSidebar", "%n topic(s) found", nullptr,
                                           n);
    };
    QCOMPARE(found(1), u"Se encontró 1 tema"_s);
    QCOMPARE(found(3), u"Se encontraron 3 temas"_s);
    // Dates in Spanish, whatever the system's language.
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    QVERIFY(QLocale()
                .toString(QDate(2026, 11, 27), QLocale::LongFormat)
                .contains(u"27 de noviembre de 2026"_s));
    // Qt's own words (standard buttons), from qtbase_es.qm in Qt's translations folder.
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    if (cancel == u"Cancel") {
        if (qgetenv("CI") == "true")
            QFAIL("qtbase_es.qm is missing: install qt6-translations-l10n");
        qWarning("Qt's own Spanish translations are not installed (qt6-translations-l10n)");
    } else {
        QCOMPARE(cancel, u"Cancelar"_s);
    }

    Language::apply(u"en"_s);
    QCOMPARE(found(1), u"1 topic found"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguage::everyMenu_hasItsOwnAccessKeys_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("es") << u"es"_s;
}

void TestLanguage::everyMenu_hasItsOwnAccessKeys()
{
    QFETCH(QString, language);
    Language::apply(language);
    MainWindow window(m_lists.filePath(u"keys.json"_s));
    const auto accessKey = [](const QString &text) {
        const qsizetype at = text.indexOf(u'&');
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    QList<QMenu *> menus;
    QSet<QChar> barKeys;
    for (QAction *top : window.menuBar()->actions()) {
        const QChar key = accessKey(top->text());
        QVERIFY2(!key.isNull() && !barKeys.contains(key), qPrintable(top->text()));
        barKeys.insert(key);
        menus << top->menu();
    }
    menus << window.findChild<QMenu *>(u"languageMenu"_s);
    for (QMenu *menu : std::as_const(menus)) {
        QHash<QChar, QString> seen;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QChar key = accessKey(action->text());
            if (key.isNull())
                continue;
            QVERIFY2(!seen.contains(key), qPrintable(menu->title() + u": "_s + seen.value(key) +
                                                     u" / "_s + action->text()));
            seen.insert(key, action->text());
        }
    }
}

void TestLanguage::switching_retranslatesMenusPaneAndSidebarAtOnce()
{
    MainWindow window(m_lists.filePath(u"switch.json"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(menuTitles(window), QStringList({u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s}));
    const QString englishWelcome = window.readingPane()->currentTitle();

    auto *spanish = window.findChild<QAction *>(u"language_es"_s);
    QVERIFY(spanish);
    QCOMPARE(spanish->text(), u"Español"_s);
    spanish->trigger();

    QCOMPARE(window.language(), u"es"_s);
    QCOMPARE(menuTitles(window),
             QStringList({u"&Archivo"_s, u"&Editar"_s, u"&Ver"_s, u"Ay&uda"_s}));
    QCOMPARE(actionText(window, u"print"_s), u"&Imprimir…"_s);
    QCOMPARE(actionText(window, u"helpRightAway"_s), u"Cuándo buscar a&yuda de inmediato"_s);
    QCOMPARE(window.findChild<QMenu *>(u"languageMenu"_s)->title(), u"&Idioma"_s);
    // The panels hear of it from Qt's LanguageChange event, which Qt posts to every widget.
    QTRY_COMPARE(window.readingPane()->backAction()->text(), u"At&rás"_s);
    QCOMPARE(window.readingPane()->findAction()->text(), u"B&uscar en la página…"_s);
    QCOMPARE(window.findChild<QAction *>(u"undo"_s)->text(), u"&Deshacer"_s);
    // Listen too: its commands in the View menu and its buttons.
    QCOMPARE(actionText(window, u"readAloud"_s), u"Leer en &voz alta"_s);
    QCOMPARE(window.findChild<QToolButton *>(u"listenButton"_s)->text(), u"Escuchar"_s);
    QCOMPARE(window.findChild<QComboBox *>(u"speechSpeed"_s)->itemText(2), u"Normal"_s);
    QCOMPARE(window.findChild<QComboBox *>(u"speechSpeed"_s)->itemText(0), u"Mucho más lento"_s);
    // and the voice reads the guide's language.
    QCOMPARE(window.readAloud()->language().language(), QLocale::Spanish);
    QVERIFY(spanish->isChecked());
    // The reading pane shows the same topic, in Spanish, and the title follows.
    QCOMPARE(window.readingPane()->currentTopicId(), u"welcome"_s);
    QCOMPARE(window.readingPane()->currentTitle(), m_spanishWelcome);
    QVERIFY(window.windowTitle().startsWith(m_spanishWelcome));
    QVERIFY(window.readingPane()->printableMarkdown().startsWith(u"# "_s + m_spanishWelcome));
    // The sidebar lists the Spanish topics and searches them, accents or not.
    QCOMPARE(window.sidebar()->list()->item(0)->text(),
             Guide::forLanguage(u"es"_s).topic(u"welcome"_s)->shortTitle);
    QTRY_COMPARE(window.sidebar()->searchField()->toolTip(), u"Buscar en la guía"_s);
    QVERIFY(window.sidebar()->searchField()->placeholderText().startsWith(u"Buscar"_s));
    window.sidebar()->searchField()->setText(u"ensayo clinico"_s);
    QVERIFY(window.sidebar()->list()->count() >= 1);
    window.sidebar()->searchField()->clear();
    // Remembered for the next start.
    QCOMPARE(QSettings().value(u"view/language"_s).toString(), u"es"_s);
    QCOMPARE(Language::initial(), u"es"_s);

    window.findChild<QAction *>(u"language_en"_s)->trigger();
    QCOMPARE(menuTitles(window), QStringList({u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s}));
    QCOMPARE(window.readingPane()->currentTitle(), englishWelcome);
    QCOMPARE(window.sidebar()->list()->item(0)->text(),
             window.guide().topic(u"welcome"_s)->shortTitle);
    QCOMPARE(QSettings().value(u"view/language"_s).toString(), u"en"_s);
}

// Every text the question panel shows, read as the person gets it, before and after a switch.
static QStringList panelTexts(ChecklistPanel *panel)
{
    const auto button = [panel](const char *name) {
        return panel->findChild<QPushButton *>(QString::fromLatin1(name));
    };
    const auto action = [panel](const char *name) {
        return panel->findChild<QAction *>(QString::fromLatin1(name));
    };
    return {
        panel->findChild<QLabel *>(u"checklistTitle"_s)->text(), button("visitButton")->text(),
        button("visitButton")->accessibleName(),
        // The whole placeholder (the field shows shorter words when it is narrow).
        panel->newQuestionField()->toolTip(), panel->newQuestionField()->accessibleName(),
        panel->newQuestionField()->accessibleDescription(), button("addQuestionButton")->text(),
        button("addQuestionButton")->accessibleName(), panel->list()->accessibleName(),
        panel->list()->accessibleDescription(), panel->askedBox()->text(),
        panel->importantBox()->text(), panel->findChild<QLabel *>(u"answerLabel"_s)->text(),
        panel->answerEdit()->placeholderText(), panel->answerEdit()->accessibleName(),
        button("printButton")->text(), button("printButton")->toolTip(),
        button("checklistNoticeClose")->text(), button("checklistNoticeClose")->accessibleName(),
        panel->summaryLabel()->text(), panel->visitLabel()->text(), action("newQuestion")->text(),
        action("startNewList")->text(), action("pastLists")->text(), action("editQuestion")->text(),
        action("editAnswer")->text(), action("toggleAsked")->text(),
        action("toggleAsked")->property("shortcutsLabel").toString(),
        action("toggleImportant")->text(),
        action("toggleImportant")->property("shortcutsLabel").toString(), action("moveUp")->text(),
        action("moveDown")->text(), action("deleteQuestion")->text(), action("editVisit")->text()};
}

void TestLanguage::switching_retranslatesTheQuestionPanel()
{
    MainWindow window(m_lists.filePath(u"panel.json"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ChecklistPanel *panel = window.checklistPanel();
    const QStringList english = panelTexts(panel);
    QCOMPARE(english.first(), u"Questions for my doctor"_s);
    QCOMPARE(english.at(6), u"Add"_s);

    window.findChild<QAction *>(u"language_es"_s)->trigger();
    // Qt posts LanguageChange to every widget: the panel hears of it from the event loop.
    QTRY_COMPARE(panel->findChild<QLabel *>(u"checklistTitle"_s)->text(),
                 u"Preguntas para mi médico"_s);
    const QStringList spanish = panelTexts(panel);
    QCOMPARE(spanish.at(1), u"Editar visita…"_s);
    QCOMPARE(spanish.at(3), u"Escriba su propia pregunta"_s);
    QCOMPARE(spanish.at(6), u"Agregar"_s);
    QCOMPARE(spanish.at(10), u"Preguntada"_s);
    QCOMPARE(spanish.at(12), u"Respuesta o notas:"_s);
    QCOMPARE(spanish.at(15), u"Imprimir o guardar…"_s);
    QVERIFY(spanish.at(19).startsWith(u"Todavía no hay preguntas"_s));
    QCOMPARE(spanish.at(20), u"Visita: sin fecha todavía"_s);
    QCOMPARE(spanish.at(22), u"&Empezar una lista nueva…"_s);
    QCOMPARE(spanish.at(27), u"Marcar como preguntada o no preguntada"_s);
    // Not one text stayed in English.
    for (int i = 0; i < english.size(); ++i)
        QVERIFY2(spanish.at(i) != english.at(i), qPrintable(english.at(i)));
    // The File menu shows the panel's actions, now in Spanish.
    QCOMPARE(actionText(window, u"startNewList"_s), u"&Empezar una lista nueva…"_s);

    window.findChild<QAction *>(u"language_en"_s)->trigger();
    QTRY_COMPARE(panelTexts(panel), english);
}

void TestLanguage::questions_stayAsWrittenAndNewOnesComeInSpanish()
{
    MainWindow window(m_lists.filePath(u"questions.json"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTopic(u"trials"_s);
    QTest::mouseClick(window.readingPane()->suggestions()->addButtons().first(), Qt::LeftButton);
    QCOMPARE(window.checklistModel()->rowCount(), 1);
    const QString english = window.checklistModel()->item(0).text;

    window.findChild<QAction *>(u"language_es"_s)->trigger();
    QCOMPARE(window.readingPane()->currentTopicId(), u"trials"_s);
    // The English question stays as it was written; the topic knows it is on the list.
    QCOMPARE(window.checklistModel()->item(0).text, english);
    window.readingPane()->setSuggestionsOpen(true); // one line until opened
    const Topic *trials = window.guide().topic(u"trials"_s);
    const auto buttons = window.readingPane()->suggestions()->addButtons();
    QCOMPARE(buttons.size(), trials->questions.size());
    int firstToAdd = -1;
    for (int i = 0; i < buttons.size() && firstToAdd < 0; ++i) {
        if (!buttons.at(i)->isHidden())
            firstToAdd = i;
    }
    // The question added in English is on the list in Spanish too: the ids are the same.
    QVERIFY(buttons.first()->isHidden());
    QVERIFY(window.readingPane()->suggestions()->onListMarks().first()->isVisible());
    QVERIFY(firstToAdd > 0);
    QTRY_COMPARE(buttons.at(firstToAdd)->text(), u"Agregar a mis preguntas"_s);
    QTest::mouseClick(buttons.at(firstToAdd), Qt::LeftButton);
    QCOMPARE(window.checklistModel()->rowCount(), 2);
    QCOMPARE(window.checklistModel()->item(1).text, trials->questions.at(firstToAdd).text);
    QCOMPARE(window.checklistModel()->item(1).questionId, trials->questions.at(firstToAdd).id);
    QCOMPARE(window.checklistModel()->item(0).text, english);
}

void TestLanguage::printedPage_isInSpanish()
{
    Language::apply(u"es"_s);
    ChecklistData data;
    data.visit.date = QDate(2026, 12, 1);
    data.visit.with = u"Dra. Lee"_s;
    ChecklistItem item;
    item.text = u"¿Hay un ensayo clínico para mí?"_s;
    item.important = true;
    data.items << item;
    auto document = ChecklistPrintout::build(data);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setPageSize(PagedPrinter::defaultPageSize(QLocale()));
    PagedPrinter printer(document.get(), ChecklistPrintout::title(),
                         QDateTime(QDate(2026, 11, 27), QTime(9, 0)));
    QVERIFY2(printer.paginate(&writer), qPrintable(printer.error()));
    testprint::PaintedText page(writer);
    QPainter painter(&page);
    printer.paintPage(&painter, 0);
    painter.end();
    const QString text = page.text();
    for (const QString &expected :
         {u"Preguntas para mi médico"_s, u"Página 1 de 1"_s, u"27 de noviembre de 2026"_s,
          u"Visita: "_s, u"1 de diciembre de 2026, con Dra. Lee"_s, u"Mi nombre: "_s,
          u"IMPORTANTE: "_s, u"¿Hay un ensayo clínico para mí?"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text));
    QVERIFY2(!text.contains(u"Page 1"_s) && !text.contains(u"November"_s), qPrintable(text));
    // The text export too.
    const QString plain = ChecklistPrintout::toPlainText(data);
    QVERIFY2(plain.contains(u"Preguntas para mi médico"_s) && plain.contains(u"IMPORTANTE"_s),
             qPrintable(plain));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
