#include "LaptopScreen.h"
#include "PaintedText.h"
#include "TestSupport.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/checklist/NewListDialog.h"
#include "ui/checklist/PastListsDialog.h"
#include "ui/checklist/VisitDialog.h"
#include "ui/checklist/WalletCardDialog.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/SaveLocationDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/help/WelcomeDialog.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/DialogSize.h"
#include "ui/widgets/TextSize.h"
#include "ui/widgets/UiFonts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QStyle>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

// What a person would not see of a widget's text: a label or button given less room than its
// text needs (a wrapped label: less height than its text takes at its width).
QStringList cutTexts(const QDialog *dialog)
{
    QStringList cut;
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QSize hint = label->sizeHint();
        // (A line of text is as tall as the font's line; the hint adds a little room.)
        const bool fits = label->wordWrap()
                              ? label->height() >= label->heightForWidth(label->width())
                              : label->width() >= hint.width() &&
                                    label->height() >= label->fontMetrics().height();
        if (!fits)
            cut << u"label “%1”: %2x%3 for %4x%5"_s.arg(label->text().left(40))
                       .arg(label->width())
                       .arg(label->height())
                       .arg(label->wordWrap() ? label->width() : hint.width())
                       .arg(label->wordWrap() ? label->heightForWidth(label->width())
                                              : hint.height());
    }
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        const QSize hint = button->sizeHint();
        if (button->width() < hint.width() || button->height() < hint.height())
            cut << u"button “%1”: %2x%3 for %4x%5"_s.arg(button->text())
                       .arg(button->width())
                       .arg(button->height())
                       .arg(hint.width())
                       .arg(hint.height());
    }
    // The words inside an empty field, as the field paints them.
    for (QLineEdit *field : dialog->findChildren<QLineEdit *>()) {
        if (!field->isVisible() || !field->text().isEmpty() || field->placeholderText().isEmpty())
            continue;
        testprint::PaintedText painted(*field);
        field->render(&painted);
        if (!painted.text().contains(field->placeholderText()))
            cut << u"field “%1”: %2"_s.arg(field->placeholderText(), painted.text());
    }
    // Each cell of a table (Keyboard Shortcuts): its text, wrapped at the column's width, has
    // room in its row, and no word is wider than the column.
    for (QTableWidget *table : dialog->findChildren<QTableWidget *>()) {
        const QFontMetrics metrics(table->font());
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QString text = table->item(row, column)->text();
                // The cell's own margins, as the item delegate lays its text out.
                const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1;
                const int width = table->columnWidth(column) - 2 * margin;
                const QRect needed =
                    metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
                if (needed.width() > width || needed.height() > table->rowHeight(row))
                    cut << u"cell “%1”: %2x%3 for %4x%5"_s.arg(text)
                               .arg(width)
                               .arg(table->rowHeight(row))
                               .arg(needed.width())
                               .arg(needed.height());
            }
        }
    }
    return cut;
}

} // namespace

// Keyboard Shortcuts and the other dialogs show their whole text at every text size.
class TestDialogSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyDialog_showsItsWholeText_data();
    void everyDialog_showsItsWholeText();
    void fit_growsWithTheTextButStaysOnTheScreen();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
};

void TestDialogSize::initTestCase()
{
    isolateSettings(m_settings);
    // Some platforms give table headings a small font of their own (X11 does): as they do.
    QFont small = QApplication::font();
    small.setPointSize(7);
    QApplication::setFont(small, "QHeaderView");
}

void TestDialogSize::cleanup()
{
    Language::apply(u"en"_s);
    TextSize::set(100);
}

void TestDialogSize::everyDialog_showsItsWholeText_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<int>("zoom");
    QTest::addColumn<QString>("language");
    // Spanish too: its sentences are longer.
    for (const char *language : {"en", "es"}) {
        for (const int zoom : {100, 200, 300}) {
            for (const char *name : {"shortcuts", "about", "welcome", "visit", "walletCard",
                                     "pastLists", "newList", "saveLocation"}) {
                QTest::addRow("%s at %d%%, %s", name, zoom, language)
                    << QString::fromLatin1(name) << zoom << QString::fromLatin1(language);
            }
        }
    }
}

void TestDialogSize::everyDialog_showsItsWholeText()
{
    QFETCH(QString, dialog);
    QFETCH(int, zoom);
    QFETCH(QString, language);
    Language::apply(language);
    const QString path = m_dir.filePath(u"a-rather-long-folder-name/checklist.json"_s);
    MainWindow window(path);
    ArchivedList past{QDateTime::currentDateTimeUtc(), {QDate(2026, 12, 3), u"Dr. Lee"_s}, {}};
    past.items.append(ChecklistItem{u"What did the scan show?"_s, true, false, {}, {}, {}, {}});
    const std::map<QString, std::function<QDialog *()>> make{
        {u"shortcuts"_s,
         [&] {
             return new ShortcutsDialog(&window);
         }},
        {u"about"_s,
         [&] {
             return new AboutDialog(window.guide(), &window);
         }},
        {u"welcome"_s,
         [&] {
             return new WelcomeDialog(path, &window);
         }},
        {u"visit"_s,
         [&] {
             return new VisitDialog({}, &window);
         }},
        {u"walletCard"_s,
         [&] {
             return new WalletCardDialog({}, &window);
         }},
        {u"pastLists"_s,
         [&] {
             return new PastListsDialog({past}, &window);
         }},
        {u"newList"_s,
         [&] {
             return new NewListDialog(u"Thursday, December 3, 2026, with Dr. Lee"_s, 12, &window);
         }},
        {u"saveLocation"_s,
         [&] {
             return new SaveLocationDialog(path, &window);
         }},
    };
    TextSize::set(zoom);
    std::unique_ptr<QDialog> shown(make.at(dialog)());
    DialogSize::fit(shown.get());
    QCOMPARE(shown->font().pointSize(), comfortablePointSize(zoom));
    // Table headings too (the platform gives them a size of their own).
    for (const QHeaderView *header : shown->findChildren<QHeaderView *>())
        QCOMPARE(header->font().pointSize(), comfortablePointSize(zoom));
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    // NEXTSTEPS_DIALOG_SHOTS=<folder> keeps a picture of each dialog, to look at.
    const QString shots = qEnvironmentVariable("NEXTSTEPS_DIALOG_SHOTS");
    if (!shots.isEmpty())
        shown->grab().save(u"%1/%2-%3-%4.png"_s.arg(shots, dialog).arg(zoom).arg(language));
    // Once laid out (a table settles its rows after its columns).
    // Within the screen, its buttons in view (what does not fit scrolls above them).
    const QRect screen = shown->screen()->availableGeometry();
    QVERIFY2(shown->height() <= screen.height(), qPrintable(u"%1 px tall"_s.arg(shown->height())));
    if (auto *buttons = shown->findChild<QDialogButtonBox *>()) {
        const QRect place(buttons->mapTo(shown.get(), QPoint()), buttons->size());
        QVERIFY2(shown->rect().contains(place), qPrintable(dialog));
    }
    QTRY_VERIFY2_WITH_TIMEOUT(cutTexts(shown.get()).isEmpty(),
                              qPrintable(cutTexts(shown.get()).join(u"; "_s)), 1000);
}

void TestDialogSize::fit_growsWithTheTextButStaysOnTheScreen()
{
    MainWindow window(m_dir.filePath(u"grow.json"_s));
    ShortcutsDialog small(&window);
    DialogSize::fit(&small);
    ShortcutsDialog large(&window);
    TextSize::set(200);
    DialogSize::fit(&large);
    QVERIFY(large.width() > small.width());
    const QSize screen = large.screen()->availableGeometry().size();
    QVERIFY(large.width() <= screen.width());
    QVERIFY(large.height() <= screen.height());
    // Fitting again does not grow it again.
    const QSize once = large.size();
    DialogSize::fit(&large);
    QCOMPARE(large.size(), once);
}

int main(int argc, char *argv[])
{
    return execOnLaptopScreen<TestDialogSize>(argc, argv);
}

#include "tst_dialogsize.moc"
