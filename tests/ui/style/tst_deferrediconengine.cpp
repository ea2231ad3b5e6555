#include "ui/style/DeferredIconEngine.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTest>

using namespace nextsteps;

namespace {

QIcon redSquare()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::red);
    return QIcon(pixmap);
}

} // namespace

class TestDeferredIconEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void icon_isMadeOnlyWhenFirstNeeded();
    void icon_drawsAndMeasuresAsTheRealOne();
    void noIcon_isStillNoIcon();
    void copies_workOnTheirOwn();
};

void TestDeferredIconEngine::icon_isMadeOnlyWhenFirstNeeded()
{
    int made = 0;
    auto *engine = new DeferredIconEngine([&made] {
        ++made;
        return redSquare();
    });
    QIcon icon(engine);
    const QIcon copy = icon; // shares the engine
    QCOMPARE(made, 0);
    QVERIFY(!engine->isMade());
    QVERIFY(!icon.pixmap(16, 16).isNull());
    QCOMPARE(made, 1);
    QVERIFY(engine->isMade());
    QVERIFY(!copy.pixmap(32, 32).isNull());
    QVERIFY(!icon.isNull());
    QCOMPARE(made, 1); // made once, then kept
}

void TestDeferredIconEngine::icon_drawsAndMeasuresAsTheRealOne()
{
    const QIcon real = redSquare();
    const QIcon deferred(new DeferredIconEngine(redSquare));
    QCOMPARE(deferred.availableSizes(), real.availableSizes());
    QCOMPARE(deferred.actualSize(QSize(64, 64)), real.actualSize(QSize(64, 64)));
    QCOMPARE(deferred.pixmap(16, 16).toImage(), real.pixmap(16, 16).toImage());
    QCOMPARE(deferred.pixmap(QSize(16, 16), 2.0).size(), real.pixmap(QSize(16, 16), 2.0).size());
    QImage drawn(40, 40, QImage::Format_ARGB32_Premultiplied);
    drawn.fill(Qt::transparent);
    QPainter painter(&drawn);
    deferred.paint(&painter, QRect(4, 4, 32, 32));
    painter.end();
    QCOMPARE(drawn.pixelColor(20, 20), QColor(Qt::red));
    QCOMPARE(drawn.pixelColor(1, 1).alpha(), 0);
}

void TestDeferredIconEngine::noIcon_isStillNoIcon()
{
    const QIcon deferred(new DeferredIconEngine([] { return QIcon(); }));
    QVERIFY(deferred.isNull());
    QVERIFY(deferred.pixmap(16, 16).isNull());
    QVERIFY(deferred.availableSizes().isEmpty());
}

void TestDeferredIconEngine::copies_workOnTheirOwn()
{
    int made = 0;
    QIcon original(new DeferredIconEngine([&made] {
        ++made;
        return redSquare();
    }));
    QIcon changed = original;
    QPixmap blue(8, 8);
    blue.fill(Qt::blue);
    changed.addPixmap(blue); // detaches (QIcon clones the engine) and adds to the copy
    QCOMPARE(changed.availableSizes(), (QList<QSize>{QSize(32, 32), QSize(8, 8)}));
    QCOMPARE(changed.pixmap(8, 8).toImage().pixelColor(4, 4), QColor(Qt::blue));
    // The original is as it was.
    QCOMPARE(original.availableSizes(), (QList<QSize>{QSize(32, 32)}));
    QCOMPARE(original.pixmap(8, 8).toImage().pixelColor(4, 4), QColor(Qt::red));
    QVERIFY(made >= 1 && made <= 2); // never more than once for each
}

QTEST_MAIN(TestDeferredIconEngine)
#include "tst_deferrediconengine.moc"
