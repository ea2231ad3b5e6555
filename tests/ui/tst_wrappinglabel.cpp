#include "WrappingLabel.h"

#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

const QString Short = u"Who do I call at night?"_s;
const QString Long = u"Would hyperfractionated radiation or internal radiation (brachytherapy) "
                     "fit my case, and what would the side effects be for me?"_s;

// The reference: Qt's own word-wrapped label, set up the same way.
std::unique_ptr<QLabel> referenceFor(const WrappingLabel &label)
{
    auto reference = std::make_unique<QLabel>(label.text());
    reference->setWordWrap(true);
    reference->setFont(label.font());
    reference->setMargin(label.margin());
    reference->setIndent(label.indent());
    reference->setTextFormat(label.textFormat());
    reference->setContentsMargins(label.contentsMargins());
    return reference;
}

void compareWithReference(const WrappingLabel &label)
{
    const auto reference = referenceFor(label);
    QCOMPARE(label.sizeHint(), reference->sizeHint());
    QCOMPARE(label.minimumSizeHint(), reference->minimumSizeHint());
    for (int width : {60, 150, 220, 400, 2000})
        QCOMPARE(label.heightForWidth(width), reference->heightForWidth(width));
}

} // namespace

class TestWrappingLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresAsQLabel_data();
    void measuresAsQLabel();
    void newText_isMeasuredAgain();
    void newFont_isMeasuredAgain();
    void parentFont_isMeasuredAgain();
    void newMargins_areMeasuredAgain();
    void inALayout_getsTheHeightItsTextNeeds();
};

void TestWrappingLabel::measuresAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Qt::TextFormat>("format");
    QTest::newRow("empty") << QString() << Qt::PlainText;
    QTest::newRow("one word") << u"Visit"_s << Qt::PlainText;
    QTest::newRow("short") << Short << Qt::PlainText;
    QTest::newRow("long") << Long << Qt::PlainText;
    QTest::newRow("line breaks") << u"First line\nSecond line\n\nFourth"_s << Qt::PlainText;
    QTest::newRow("rich text") << u"<p><b>Welcome</b></p><p>"_s + Long + u"</p>"_s << Qt::RichText;
}

void TestWrappingLabel::measuresAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(Qt::TextFormat, format);
    WrappingLabel label(text);
    label.setTextFormat(format);
    QVERIFY(label.wordWrap());
    compareWithReference(label);
    compareWithReference(label); // and the same again, from what it remembers
}

void TestWrappingLabel::newText_isMeasuredAgain()
{
    WrappingLabel label(Short);
    const int shortHeight = label.heightForWidth(150);
    label.setText(Long);
    QVERIFY(label.heightForWidth(150) > shortHeight);
    compareWithReference(label);
    label.setText(Short);
    QCOMPARE(label.heightForWidth(150), shortHeight);
}

void TestWrappingLabel::newFont_isMeasuredAgain()
{
    WrappingLabel label(Long);
    const int before = label.heightForWidth(300);
    const QSize hint = label.sizeHint();
    QFont larger = label.font();
    larger.setPointSize(larger.pointSize() * 2);
    label.setFont(larger);
    QVERIFY(label.heightForWidth(300) > before);
    QVERIFY(label.sizeHint() != hint);
    compareWithReference(label);
}

void TestWrappingLabel::parentFont_isMeasuredAgain()
{
    QWidget parent;
    auto *label = new WrappingLabel(Long, &parent);
    const int before = label->heightForWidth(300);
    QFont larger = parent.font();
    larger.setPointSize(larger.pointSize() * 2);
    parent.setFont(larger); // the label inherits it
    QVERIFY(label->heightForWidth(300) > before);
    compareWithReference(*label);
}

void TestWrappingLabel::newMargins_areMeasuredAgain()
{
    WrappingLabel label(Long);
    const int before = label.heightForWidth(300);
    label.setMargin(20);
    QCOMPARE(label.heightForWidth(300), referenceFor(label)->heightForWidth(300));
    QVERIFY(label.heightForWidth(300) > before);
    label.setContentsMargins(30, 10, 30, 10);
    label.setIndent(12);
    compareWithReference(label);
}

void TestWrappingLabel::inALayout_getsTheHeightItsTextNeeds()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new WrappingLabel(Long, &window);
    layout->addWidget(label);
    layout->addStretch(1);
    window.resize(220, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(label->height(), label->heightForWidth(label->width()));
    QVERIFY(label->height() > label->fontMetrics().lineSpacing() * 2); // it wrapped
    window.resize(2000, 600);
    QTRY_COMPARE(label->height(), label->heightForWidth(label->width()));
}

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"
