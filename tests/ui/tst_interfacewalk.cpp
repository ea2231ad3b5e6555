#include "LaptopScreen.h"
#include "TestSupport.h"
#include "core/checklist/ChecklistModel.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistTabs.h"
#include "ui/style/AppStyle.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/UiFonts.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// Every screen as a person meets it (issue 28): in Spanish, no English word the app has a
// translation for; in both languages, no two things reachable at once with the same Alt key.
class TestInterfaceWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyScreen_data();
    void everyScreen();

private:
    struct Screen
    {
        QString name;
        QWidget *top;
    };
    struct English
    {
        QSet<QString> whole;
        QList<QRegularExpression> patterns;
    };
    static English untranslatedEnglish();
    static QStringList textsOf(QWidget *top);
    static QString clashesIn(QWidget *top, bool withMenuBar);
    static QString clashesInMenus(QWidget *top);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
};

void TestInterfaceWalk::initTestCase()
{
    isolateSettings(m_settingsDir);
    QApplication::setStyle(new AppStyle(u"fusion"_s));
    QApplication::setFont(comfortableFont(100));
}

void TestInterfaceWalk::cleanup()
{
    Language::apply(u"en"_s);
    Ask::setNextAnswers({});
}

TestInterfaceWalk::English TestInterfaceWalk::untranslatedEnglish()
{
    // The English sources that have a different Spanish translation: whole, with and without
    // their Alt-key marks; with placeholders, as patterns.
    English english;
    QFile file(QStringLiteral(NEXTSTEPS_TEST_DATA "/../../resources/translations/nextsteps_es.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return english;
    static const QRegularExpression placeholder(u"%(\\d+|n)"_s);
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message")
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        if (xml.name() == u"source")
            source = xml.readElementText();
        if (xml.name() != u"translation" || numerus)
            continue;
        const QString translation = xml.readElementText();
        // Words that are the same in both (a name) are not a sign of anything.
        if (translation == source)
            continue;
        if (!source.contains(u'%')) {
            if (source.size() > 2)
                english.whole << source << QString(source).remove(u'&');
            continue;
        }
        // Enough words of its own to be recognised.
        if (QString(source).remove(placeholder).size() < 16)
            continue;
        QStringList parts;
        for (const QString &part : source.split(placeholder))
            parts << QRegularExpression::escape(part);
        english.patterns << QRegularExpression(u"^"_s + parts.join(u"(.+)"_s) + u"$"_s,
                                               QRegularExpression::DotMatchesEverythingOption);
    }
    return english;
}

QStringList TestInterfaceWalk::textsOf(QWidget *top)
{
    QStringList texts;
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *widget : std::as_const(widgets)) {
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription()
              << widget->statusTip() << widget->windowTitle();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *field = qobject_cast<QLineEdit *>(widget))
            texts << field->placeholderText();
        if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts << box->title();
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        if (auto *menu = qobject_cast<QMenu *>(widget))
            texts << menu->title();
        for (QAction *action : widget->actions())
            texts << action->text() << action->toolTip() << action->statusTip();
    }
    texts.removeAll(QString());
    return texts;
}

namespace {

QChar altKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

// Alt keys of everything that shows in top at once (and, for the window, its menu bar's).
QString TestInterfaceWalk::clashesIn(QWidget *top, bool withMenuBar)
{
    QMultiMap<QChar, QString> keys;
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(top) || widget->window() != top)
            continue;
        QStringList texts;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            texts << label->text();
        if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts << box->title();
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
        for (const QString &text : std::as_const(texts)) {
            if (const QChar key = altKey(text); !key.isNull())
                keys.insert(key, text);
        }
    }
    if (withMenuBar) {
        if (auto *window = qobject_cast<QMainWindow *>(top)) {
            for (QAction *menu : window->menuBar()->actions())
                if (const QChar key = altKey(menu->text()); !key.isNull())
                    keys.insert(key, menu->text());
        }
    }
    QStringList found;
    for (const QChar key : keys.uniqueKeys()) {
        if (keys.count(key) > 1)
            found << u"Alt+%1: %2"_s.arg(key.toUpper(),
                                         QStringList(keys.values(key)).join(u" / "_s));
    }
    return found.join(u"; "_s);
}

QString TestInterfaceWalk::clashesInMenus(QWidget *top)
{
    QStringList found;
    for (QMenu *menu : top->findChildren<QMenu *>()) {
        QMultiMap<QChar, QString> keys;
        for (QAction *action : menu->actions()) {
            if (!action->isVisible() || action->isSeparator())
                continue;
            if (const QChar key = altKey(action->text()); !key.isNull())
                keys.insert(key, action->text());
        }
        for (const QChar key : keys.uniqueKeys()) {
            if (keys.count(key) > 1)
                found << u"%1, Alt+%2: %3"_s.arg(menu->title(), key.toUpper(),
                                                 QStringList(keys.values(key)).join(u" / "_s));
        }
    }
    return found.join(u"; "_s);
}

void TestInterfaceWalk::everyScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void TestInterfaceWalk::everyScreen()
{
    QFETCH(QString, language);
    const English found = untranslatedEnglish();
    const QSet<QString> &english = found.whole;
    const QList<QRegularExpression> &patterns = found.patterns;
    QVERIFY(english.size() > 300);
    QVERIFY(patterns.size() > 30);
    // The window opened in English with a list, a new list started (its notice shows), then
    // the language chosen: what was on screen must follow.
    Language::apply(u"en"_s);
    MainWindow window(m_dir.filePath(u"walk-%1.json"_s.arg(language)));
    window.checklistModel()->addQuestion(u"Is there a clinical trial that fits me?"_s);
    window.checklistModel()->setVisit({QDate(2026, 12, 10), u"Dr. Lee"_s});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ask::setNextDialogs({[](QDialog *) {
        return int(QDialog::Accepted);
    }});
    window.findChild<QAction *>(u"startNewList"_s)->trigger();
    window.setLanguage(language);
    QApplication::processEvents(); // a change of language reaches the widgets as posted events
    // The notice about the list put away, in the language now chosen, its date too.
    const QString notice = window.findChild<QLabel *>(u"checklistNotice"_s)->text();
    QVERIFY2(notice.contains(language == u"es" ? u"diciembre"_s : u"December"_s),
             qPrintable(notice));
    window.showTopic(u"trials"_s);
    QApplication::processEvents();

    QStringList problems;
    const auto walk = [&](const QString &where, QWidget *top, bool withMenuBar) {
        if (language == u"es") {
            QStringList ownNames; // the Language menu: each language by its own name
            for (const QString &code : Language::available())
                ownNames << Language::nativeName(code);
            for (const QString &text : textsOf(top)) {
                if (ownNames.contains(text))
                    continue;
                if (english.contains(text))
                    problems << u"%1: English \"%2\""_s.arg(where, text);
                for (const QRegularExpression &pattern : patterns) {
                    if (pattern.match(text).hasMatch())
                        problems << u"%1: English \"%2\""_s.arg(where, text);
                }
                // A language named in English inside a Spanish sentence.
                // (The Language menu names each language in its own words: "English".)
                for (const QString &name : {u"Spanish"_s, u"English"_s})
                    if (text.contains(name) && text != name)
                        problems << u"%1: \"%2\""_s.arg(where, text);
            }
        }
        if (const QString clash = clashesIn(top, withMenuBar); !clash.isEmpty())
            problems << where + u": "_s + clash;
        if (const QString clash = clashesInMenus(top); !clash.isEmpty())
            problems << where + u" menus: "_s + clash;
    };
    // The window, with each tab of the questions in turn.
    for (int tab = 0; tab < window.listTabs()->count(); ++tab) {
        window.listTabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        walk(u"window, tab %1"_s.arg(tab), &window, true);
    }
    window.listTabs()->setCurrentIndex(0);
    // Every dialog a command opens, walked as it opens.
    const QStringList commands = {u"editVisit"_s,     u"printWalletCard"_s,  u"careTeam"_s,
                                  u"myMedicines"_s,   u"pastLists"_s,        u"shortcuts"_s,
                                  u"whereSaved"_s,    u"printPreview"_s,     u"startNewList"_s,
                                  u"about"_s,         u"myTreatments"_s,     u"speakForMe"_s,
                                  u"emergencyInfo"_s, u"thinkingItThrough"_s};
    for (const QString &command : commands) {
        QAction *action = window.findChild<QAction *>(command);
        QVERIFY2(action, qPrintable(command));
        bool opened = false;
        Ask::setNextDialogs({[&](QDialog *dialog) {
            opened = true;
            walk(command, dialog, false);
            return int(QDialog::Rejected);
        }});
        action->trigger();
        QVERIFY2(opened, qPrintable(command));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

int main(int argc, char *argv[])
{
    return execOnLaptopScreen<TestInterfaceWalk>(argc, argv);
}

#include "tst_interfacewalk.moc"
