#include "ui/style/ColorContrast.h"

#include <QTest>

using namespace nextsteps;

class TestColorContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratio_ofKnownPairs()
    {
        QVERIFY(qAbs(ColorContrast::ratio(Qt::black, Qt::white) - 21.0) < 0.01);
        QVERIFY(qAbs(ColorContrast::ratio(Qt::white, Qt::white) - 1.0) < 0.01);
        // #767676 on white is the classic 4.54:1 grey.
        QVERIFY(qAbs(ColorContrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.02);
    }
    void readableOn_keepsGoodColorsAndReplacesBadOnes()
    {
        QCOMPARE(ColorContrast::readableOn(Qt::white, Qt::black), QColor(Qt::black));
        QCOMPARE(ColorContrast::readableOn(QColor(0x30, 0x8c, 0xc6), QColor(0x40, 0x90, 0xd0)),
                 QColor(Qt::black));
        QCOMPARE(ColorContrast::readableOn(QColor(0x10, 0x10, 0x40), QColor(0x20, 0x20, 0x50)),
                 QColor(Qt::white));
    }
};

QTEST_MAIN(TestColorContrast)
#include "tst_colorcontrast.moc"
