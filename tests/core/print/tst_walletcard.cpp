#include "PdfText.h"
#include "SampleLists.h"
#include "core/print/WalletCard.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

constexpr int DotsPerMm = 10; // 254 dpi: one pixel is a tenth of a millimetre

// The PDF's first page as a grey image at 254 dpi, through poppler's pdftoppm.
QImage render(const QString &pdf, const QString &folder)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdftoppm"_s),
                  {u"-r"_s, u"254"_s, u"-gray"_s, u"-png"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                   u"-singlefile"_s, pdf, folder + u"/page"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QImage(folder + u"/page.png"_s).convertToFormat(QImage::Format_Grayscale8);
}

bool dark(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

} // namespace

class TestWalletCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void card_saysWhatTheIssueAsks();
    void card_fitsSeveralOnAPage_data();
    void card_fitsSeveralOnAPage();
    void pdf_holdsTheCardsText();
    void pdf_cardIsTrueSize_data();
    void pdf_cardIsTrueSize();
};

void TestWalletCard::card_saysWhatTheIssueAsks()
{
    const ChecklistData data = samples::everythingFilledIn();
    const QString front = WalletCard::front(data).join(u'\n');
    const QString back = WalletCard::back(data).join(u'\n');
    QVERIFY(front.contains(u"Maria Gomez"_s));
    QVERIFY(front.contains(u"I have had immunotherapy"_s));
    QVERIFY(front.contains(u"Pembrolizumab (Keytruda)"_s));
    QVERIFY(front.contains(QLocale().toString(QDate(2025, 3, 3), QLocale::LongFormat)));
    QVERIFY(front.contains(u"months later"_s));
    QVERIFY(back.contains(u"Dr. Ana Lee"_s));
    QVERIFY(back.contains(u"555-0100"_s));
    QVERIFY(back.contains(u"After hours: 555-0199"_s));
    QVERIFY(back.contains(u"cough"_s));
    // With nothing filled in, there are lines to write on.
    QVERIFY(WalletCard::front({}).join(u'\n').contains(u"____"_s));
    QVERIFY(WalletCard::back({}).join(u'\n').contains(u"____"_s));
}

void TestWalletCard::card_fitsSeveralOnAPage_data()
{
    QTest::addColumn<QSizeF>("page");
    QTest::newRow("A4") << QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    QTest::newRow("Letter") << QPageSize(QPageSize::Letter).size(QPageSize::Millimeter);
}

void TestWalletCard::card_fitsSeveralOnAPage()
{
    QFETCH(QSizeF, page);
    const QList<QRectF> cards = WalletCard::cardRects(page);
    QVERIFY(cards.size() >= 6); // three fronts and backs at least
    QCOMPARE(cards.size() % 2, 0);
    const QRectF sheet(QPointF(10, 10), page - QSizeF(20, 20)); // clear of the edges
    for (int i = 0; i < cards.size(); ++i) {
        QCOMPARE(cards.at(i).size(), QSizeF(85.6, 54.0));
        QVERIFY(sheet.contains(cards.at(i)));
        for (int j = i + 1; j < cards.size(); ++j) // room to cut between them
            QVERIFY(!cards.at(i).adjusted(-4, -4, 4, 4).intersects(cards.at(j)));
    }
}

void TestWalletCard::pdf_holdsTheCardsText()
{
    NEXTSTEPS_REQUIRE_PDFTOTEXT();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"card.pdf"_s);
    QString error;
    QVERIFY2(WalletCard::exportPdf(samples::everythingFilledIn(), path, QPageSize(QPageSize::A4),
                                   &error),
             qPrintable(error));
    const QStringList pages = testprint::pdfPages(path);
    QCOMPARE(pages.size(), 1);
    const QString text = pages.first().simplified();
    QVERIFY(text.count(u"I have had immunotherapy"_s) >= 3);
    QVERIFY(text.contains(u"Maria Gomez"_s));
    QVERIFY(text.contains(u"555-0199"_s));
}

void TestWalletCard::pdf_cardIsTrueSize_data()
{
    card_fitsSeveralOnAPage_data();
}

// The card's outline, measured in the rendered PDF: 85.6 x 54 mm, to a quarter millimetre.
void TestWalletCard::pdf_cardIsTrueSize()
{
    QFETCH(QSizeF, page);
    if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty()) {
        if (qgetenv("CI") == "true")
            QFAIL("pdftoppm is missing: install poppler-utils (the README's test set-up).");
        QSKIP("pdftoppm is not installed: the card was not measured.");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"card.pdf"_s);
    QString error;
    QVERIFY2(WalletCard::exportPdf(samples::everythingFilledIn(), path,
                                   QPageSize(page, QPageSize::Millimeter), &error),
             qPrintable(error));
    const QImage image = render(path, dir.path());
    QVERIFY(!image.isNull());
    QVERIFY(qAbs(image.width() - page.width() * DotsPerMm) < 2);

    // The first long dark run across the page is the top edge of the first card: crop marks
    // and text are far shorter.
    int top = -1;
    int left = -1;
    int width = 0;
    for (int y = 0; y < image.height() && top < 0; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            int run = 0;
            while (x + run < image.width() && dark(image, x + run, y))
                ++run;
            if (run > 50 * DotsPerMm) {
                top = y;
                left = x;
                width = run;
                break;
            }
            x += run;
        }
    }
    QVERIFY2(top >= 0, "no card outline found");
    // Down the left edge, from the top edge's first pixel.
    int height = 0;
    while (top + height < image.height() && dark(image, left + 1, top + height))
        ++height;
    // The outline's pen is 0.3 mm wide, centred on the card's edge: outer size minus one pen.
    const qreal pen = 0.3;
    const qreal widthMm = qreal(width) / DotsPerMm - pen;
    const qreal heightMm = qreal(height) / DotsPerMm - pen;
    QVERIFY2(qAbs(widthMm - 85.6) <= 0.25, qPrintable(u"width %1 mm"_s.arg(widthMm)));
    QVERIFY2(qAbs(heightMm - 54.0) <= 0.25, qPrintable(u"height %1 mm"_s.arg(heightMm)));
}

QTEST_MAIN(TestWalletCard)
#include "tst_walletcard.moc"
