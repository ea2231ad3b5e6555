#include "LaptopScreen.h"
#include "core/phrases/PhraseBoard.h"
#include "ui/phrases/ShowBigDialog.h"
#include "ui/widgets/TextSize.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QScreen>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

// Show Big on a 1366x768 laptop: every phrase whole, at the largest size that fits, readable
// across a room, at every text size (the words are drawn to fit the screen, not the text size).
class TestShowBig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { TextSize::instance()->set(100); }
    void showBig_fitsTheWholePhrase_data();
    void showBig_fitsTheWholePhrase();
};

void TestShowBig::showBig_fitsTheWholePhrase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("beneath");
    QTest::addColumn<int>("zoom");
    // Every built-in phrase, in each language, with the other beneath; a long one of one's own.
    for (const PhraseGroup &group : PhraseBoard::builtin()) {
        for (const Phrase &phrase : group.phrases) {
            QTest::addRow("%s en", qPrintable(phrase.id)) << phrase.en << phrase.es << 100;
            QTest::addRow("%s es", qPrintable(phrase.id)) << phrase.es << QString() << 300;
        }
    }
    const QString long_ = u"Please call my daughter Ana at 555-0199 and tell her I am at the "
                          u"hospital and that I need my glasses and my writing board"_s;
    QTest::newRow("long, own") << long_ << QString() << 100;
    QTest::newRow("long, own, 300%") << long_ << long_ << 300;
    QTest::newRow("one very long word") << QString(60, u'W') << QString() << 100;
}

void TestShowBig::showBig_fitsTheWholePhrase()
{
    QFETCH(QString, text);
    QFETCH(QString, beneath);
    QFETCH(int, zoom);
    TextSize::instance()->set(zoom);
    QWidget parent;
    ShowBigDialog big(text, beneath, &parent);
    big.show();
    QVERIFY(QTest::qWaitForWindowExposed(&big));
    // Full screen on a 1366x768 laptop.
    QCOMPARE(big.size(), QGuiApplication::primaryScreen()->size());
    const QRectF room = big.textRect();
    QFont font = big.font();
    font.setBold(true);
    const qreal size = ShowBigDialog::fittedPointSize(text, room.size(), font);
    constexpr int Wrap = Qt::AlignCenter | Qt::TextWordWrap;
    font.setPointSizeF(size);
    const QRectF needed =
        QFontMetricsF(font).boundingRect(QRectF(QPointF(), room.size()), Wrap, text);
    QVERIFY2(needed.width() <= room.width() && needed.height() <= room.height(),
             qPrintable(u"%1 pt needs %2x%3"_s.arg(size).arg(needed.width()).arg(needed.height())));
    // The largest that fits: a little larger does not.
    font.setPointSizeF(size + 2);
    if (size > 398)
        return; // as large as it is drawn: "Sí" needs no more
    const QRectF larger =
        QFontMetricsF(font).boundingRect(QRectF(QPointF(), room.size()), Wrap, text);
    QVERIFY(larger.width() > room.width() || larger.height() > room.height());
    // Readable across a room: a short phrase gets very large letters.
    if (text.size() < 40 && text.contains(u' '))
        QVERIFY2(size >= 48, qPrintable(QString::number(size)));
    // The painted screen: white letters on black, none in the margins (nothing cut off).
    const QImage shot = big.grab().toImage();
    const int margin = int(room.left()) - 2;
    int lit = 0;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x) {
            if (qGray(shot.pixel(x, y)) < 128)
                continue;
            ++lit;
            QVERIFY2(x >= margin && x < shot.width() - margin && y >= margin &&
                         y < shot.height() - margin,
                     qPrintable(u"lit at %1,%2"_s.arg(x).arg(y)));
        }
    }
    QVERIFY(lit > 100);
}

int main(int argc, char *argv[])
{
    return execOnLaptopScreen<TestShowBig>(argc, argv);
}

#include "tst_showbig.moc"
