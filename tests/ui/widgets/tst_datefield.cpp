#include "TestSupport.h"
#include "ui/checklist/VisitDialog.h"
#include "ui/checklist/WalletCardDialog.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/DateField.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// Dates and times typed by keyboard (issue 28): what is typed is what is kept, said in full as
// it is typed; a calendar by Alt+Down or F4; nothing kept that was not typed.
class TestDateField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void typedDate_landsAsTyped_data();
    void typedDate_landsAsTyped();
    void typedTime_landsAsTyped_data();
    void typedTime_landsAsTyped();
    void calendar_byKeyboard();
    void visitDialog_tabFollowsTheScreen_andRefusesWhatItCannotRead();
    void walletCard_datesStartEmpty_andTakeATypedYear();

private:
    QTemporaryDir m_settingsDir;
};

void TestDateField::initTestCase()
{
    isolateSettings(m_settingsDir);
}

void TestDateField::cleanup()
{
    QLocale::setDefault(QLocale(u"en_US"_s));
    Ask::setNextAnswers({});
}

void TestDateField::typedDate_landsAsTyped_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected"); // invalid: not a date, and said so
    const QDate dec10(2026, 12, 10);
    // The locale's order of day and month, the year in full or in two digits, any usual sign.
    QTest::newRow("us slashes") << u"en_US"_s << u"12/10/2026"_s << dec10;
    QTest::newRow("us short year") << u"en_US"_s << u"12/10/26"_s << dec10;
    QTest::newRow("us dashes") << u"en_US"_s << u"12-10-2026"_s << dec10;
    QTest::newRow("us spaces") << u"en_US"_s << u" 12 / 10 / 2026 "_s << dec10;
    QTest::newRow("us one digit") << u"en_US"_s << u"1/5/2027"_s << QDate(2027, 1, 5);
    QTest::newRow("mx day first") << u"es_MX"_s << u"10/12/2026"_s << dec10;
    QTest::newRow("es day first") << u"es_ES"_s << u"10/12/2026"_s << dec10;
    QTest::newRow("de dots") << u"de_DE"_s << u"10.12.2026"_s << dec10;
    QTest::newRow("iso anywhere") << u"es_MX"_s << u"2026-12-10"_s << dec10;
    QTest::newRow("written out") << u"en_US"_s << u"December 10, 2026"_s << dec10;
    QTest::newRow("leap day") << u"en_US"_s << u"2/29/2028"_s << QDate(2028, 2, 29);
    // Not dates: nothing is made up for them.
    QTest::newRow("no such day") << u"en_US"_s << u"2/30/2026"_s << QDate();
    QTest::newRow("month 13") << u"en_US"_s << u"13/10/2026"_s << QDate();
    QTest::newRow("day only") << u"en_US"_s << u"10"_s << QDate();
    QTest::newRow("year only") << u"en_US"_s << u"2025"_s << QDate();
    QTest::newRow("three-digit year") << u"en_US"_s << u"12/10/202"_s << QDate();
    QTest::newRow("words") << u"es_MX"_s << u"el martes"_s << QDate();
}

void TestDateField::typedDate_landsAsTyped()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    QLocale::setDefault(QLocale(locale));
    DateField field(DateField::Kind::Date);
    field.show();
    // Typed key by key into the real field.
    QTest::keyClicks(field.lineEdit(), typed);
    QCOMPARE(field.lineEdit()->text(), typed);
    QCOMPARE(field.date(), expected);
    // While typing, what is not a date yet gets a hint, not a warning ("12/" on the way).
    if (!expected.isValid())
        QVERIFY(!field.understood()->text().startsWith(u"⚠"_s));
    QTest::keyClick(field.lineEdit(), Qt::Key_Return); // done with the field
    const QString said = field.understood()->text();
    if (expected.isValid()) {
        QCOMPARE(said, QLocale().toString(expected, QLocale::LongFormat));
        QVERIFY(field.problem().isEmpty());
    } else {
        QVERIFY2(said.startsWith(u"⚠"_s) && said.contains(typed.trimmed()), qPrintable(said));
        QVERIFY(!field.problem().isEmpty());
    }
    // A screen reader hears the same.
    QCOMPARE(field.lineEdit()->accessibleDescription(), said);
    // What the field shows for a date it was given, read back, is that date.
    if (expected.isValid()) {
        DateField shown(DateField::Kind::Date);
        shown.setDate(expected);
        QCOMPARE(DateField::parseDate(shown.lineEdit()->text(), QLocale()), expected);
    }
}

void TestDateField::typedTime_landsAsTyped_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QTime>("expected");
    QTest::newRow("us pm") << u"en_US"_s << u"2:30 pm"_s << QTime(14, 30);
    QTest::newRow("us PM dots") << u"en_US"_s << u"2:30 P.M."_s << QTime(14, 30);
    QTest::newRow("us noon") << u"en_US"_s << u"12:00 pm"_s << QTime(12, 0);
    QTest::newRow("us midnight") << u"en_US"_s << u"12:00 am"_s << QTime(0, 0);
    QTest::newRow("us hour pm") << u"en_US"_s << u"9 am"_s << QTime(9, 0);
    QTest::newRow("us 24h") << u"en_US"_s << u"14:30"_s << QTime(14, 30);
    QTest::newRow("us hour alone") << u"en_US"_s << u"10"_s << QTime();
    QTest::newRow("es 24h") << u"es_ES"_s << u"16:45"_s << QTime(16, 45);
    QTest::newRow("es hour alone") << u"es_ES"_s << u"10"_s << QTime(10, 0);
    QTest::newRow("mx p. m.") << u"es_MX"_s << u"4:45 p. m."_s << QTime(16, 45);
    QTest::newRow("no such time") << u"en_US"_s << u"25:00"_s << QTime();
    QTest::newRow("no such minute") << u"en_US"_s << u"10:75"_s << QTime();
    QTest::newRow("words") << u"en_US"_s << u"morning"_s << QTime();
}

void TestDateField::typedTime_landsAsTyped()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QTime, expected);
    QLocale::setDefault(QLocale(locale));
    DateField field(DateField::Kind::Time);
    QTest::keyClicks(field.lineEdit(), typed);
    QCOMPARE(field.time(), expected);
    QCOMPARE(field.problem().isEmpty(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(field.understood()->text(), QLocale().toString(expected, QLocale::ShortFormat));
}

void TestDateField::calendar_byKeyboard()
{
    QLocale::setDefault(QLocale(u"en_US"_s));
    DateField field(DateField::Kind::Date);
    field.show();
    field.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&field));
    QTest::keyClicks(field.lineEdit(), u"12/4/2026"_s);
    // Alt+Down opens the calendar on the typed day; Right, Enter take the next day.
    QTest::keyClick(field.lineEdit(), Qt::Key_Down, Qt::AltModifier);
    auto *calendar = field.findChild<QCalendarWidget *>(u"calendarPopup"_s);
    QVERIFY(calendar && calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), QDate(2026, 12, 4));
    QTRY_VERIFY(calendar->isAncestorOf(QApplication::focusWidget()) ||
                QApplication::focusWidget() == calendar);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!calendar || !calendar->isVisible());
    QCOMPARE(field.date(), QDate(2026, 12, 5));
    QCOMPARE(field.lineEdit()->text(), u"12/5/2026"_s);
    QCOMPARE(field.understood()->text(), u"Saturday, December 5, 2026"_s);
    // F4 opens it too; Escape leaves the date as it was.
    QTest::keyClick(field.lineEdit(), Qt::Key_F4);
    calendar = field.findChild<QCalendarWidget *>(u"calendarPopup"_s);
    QVERIFY(calendar && calendar->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!calendar || !calendar->isVisible());
    QCOMPARE(field.date(), QDate(2026, 12, 5));
}

void TestDateField::visitDialog_tabFollowsTheScreen_andRefusesWhatItCannotRead()
{
    QLocale::setDefault(QLocale(u"en_US"_s));
    VisitDialog dialog(Visit{});
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // It opens on the date; each label's Alt key goes to its field (Date:, Time:).
    QLineEdit *date = dialog.dateField()->lineEdit();
    QTRY_COMPARE(QApplication::focusWidget(), date);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.timeField()->lineEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), date);
    // Tab goes down the form as it shows: date, time, with, place, what to bring.
    date->setFocus();
    QList<QWidget *> order{date};
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget();
    }
    QCOMPARE(order, (QList<QWidget *>{date, dialog.timeField()->lineEdit(), dialog.withEdit(),
                                      dialog.placeEdit(), dialog.bringEdit()}));
    for (int i = 1; i < order.size(); ++i)
        QVERIFY(order.at(i)->mapTo(&dialog, QPoint()).y() >
                order.at(i - 1)->mapTo(&dialog, QPoint()).y());
    // A date that cannot be read: the person is told and the dialog stays, the field selected.
    QTest::keyClicks(date, u"12/40/2026"_s);
    Ask::setNextAnswers({Ask::Answer::Ok});
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(Ask::askedForTesting().constLast().contains(u"12/40/2026"_s));
    QCOMPARE(QApplication::focusWidget(), date);
    QTest::keyClicks(date, u"12/10/2026"_s); // replaces the selected text
    QTest::keyClicks(dialog.timeField()->lineEdit(), u"10:30 am"_s);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.visit().date, QDate(2026, 12, 10));
    QCOMPARE(dialog.visit().time, QTime(10, 30));
}

void TestDateField::walletCard_datesStartEmpty_andTakeATypedYear()
{
    QLocale::setDefault(QLocale(u"en_US"_s));
    WalletCardDialog card(Immunotherapy{});
    QVERIFY(card.startedField()->isEmpty());
    QVERIFY(card.stoppedField()->isEmpty());
    QCOMPARE(card.startedField()->understood()->text(), u"Not known"_s);
    QTest::keyClicks(card.startedField()->lineEdit(), u"3/3/2025"_s);
    QTest::keyClicks(card.stoppedField()->lineEdit(), u"11/20/2026"_s);
    const Immunotherapy therapy = card.immunotherapy();
    QCOMPARE(therapy.started, QDate(2025, 3, 3));
    QCOMPARE(therapy.stopped, QDate(2026, 11, 20));
    // A year alone is not a date: said, not printed as a blank.
    card.stoppedField()->lineEdit()->clear();
    QTest::keyClicks(card.stoppedField()->lineEdit(), u"2026"_s);
    QVERIFY(!card.stoppedField()->problem().isEmpty());
    QVERIFY(!card.immunotherapy().stopped.isValid());
}

int main(int argc, char *argv[])
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QApplication app(argc, argv);
    TestDateField test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_datefield.moc"
