// Where Next Steps spends time and memory, each figure beside a baseline measured in the same
// run on the same machine. Prints a Markdown table. Not a test: it never fails on a number.
#include "BenchProcess.h"
#include "CompareMs.h"
#include "PaintedText.h"
#include "SampleLists.h"
#include "core/QuestionSink.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/guide/Guide.h"
#include "core/guide/GuideSearch.h"
#include "core/print/ChecklistPrintout.h"
#include "core/print/PagedPrinter.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistPanel.h"
#include "ui/reading/GuideBrowser.h"
#include "ui/reading/ReadingPane.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSaveFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace nextsteps;

namespace {

struct Row
{
    QString what;
    double value;
    double baseline;
    QString unit;
    QString goal;
};

std::vector<Row> rows;

struct Sample
{
    double ms = -1;
    double rssMiB = 0;
};

// One start on a platform (offscreen, or xcb on a display): process start to the "painted"
// line the program prints at its first paint, and its peak memory a second later ("settled":
// what was left for after the first paint has run by then).
struct Start
{
    Sample painted;
    double settledRssMiB = 0;
};

Start startOnce(const QString &program, const QString &home, const QStringList &arguments,
                const QString &platform)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, platform);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    process.setProcessEnvironment(env);
    Start start;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    while (process.waitForReadyRead(10000) || process.canReadLine()) {
        const QByteArray line = process.readLine();
        if (line.startsWith("painted")) {
            start.painted = {timer.nsecsElapsed() / 1e6, line.mid(8).trimmed().toDouble() / 1024.0};
        } else if (line.startsWith("settled")) {
            start.settledRssMiB = line.mid(8).trimmed().toDouble() / 1024.0;
            break;
        }
    }
    process.waitForFinished(10000);
    return start;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void benchStartup(const Guide &guide)
{
    QTemporaryDir home;
    // The baseline shows the same words: the topic titles and the Welcome page.
    QStringList titles;
    for (const Topic &topic : guide.topics())
        titles << topic.shortTitle;
    const QString content = home.filePath(u"content.txt"_s);
    QFile file(content);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(titles.join(u'|').toUtf8() + '\n');
        file.write(guide.pageMarkdown(*guide.topic(u"welcome"_s)).toUtf8());
        file.close();
    }
    // On the platform people use (xcb, when there is a display: its plug-ins, input methods and
    // the session bus load only there) as well as offscreen.
    QStringList platforms{u"offscreen"_s};
    if (qEnvironmentVariableIsSet("DISPLAY"))
        platforms << u"xcb"_s;
    for (const QString &platform : std::as_const(platforms)) {
        // Turn about, so that whatever else the machine is doing weighs on both alike.
        std::vector<double> appMs, appRss, appSettled, baseMs, baseRss, baseSettled;
        for (int i = 0; i < 21; ++i) {
            const Start a = startOnce(QStringLiteral(BENCH_STARTUP_APP), home.path(), {}, platform);
            const Start b =
                startOnce(QStringLiteral(BENCH_STARTUP_BASELINE), home.path(), {content}, platform);
            if (a.painted.ms < 0 || b.painted.ms < 0)
                continue;
            appMs.push_back(a.painted.ms);
            appRss.push_back(a.painted.rssMiB);
            appSettled.push_back(a.settledRssMiB);
            baseMs.push_back(b.painted.ms);
            baseRss.push_back(b.painted.rssMiB);
            baseSettled.push_back(b.settledRssMiB);
        }
        const QString on = u" (%1)"_s.arg(platform);
        rows.push_back({u"Start-up to first paint"_s + on, median(appMs), median(baseMs), u"ms"_s,
                        u"≤ 1.3× baseline"_s});
        rows.push_back({u"Peak memory at first paint"_s + on, median(appRss), median(baseRss),
                        u"MiB"_s, u"≤ 1.3× baseline"_s});
        rows.push_back({u"Peak memory a second later"_s + on, median(appSettled),
                        median(baseSettled), u"MiB"_s, u"≤ 1.3× baseline"_s});
    }
}

void benchTopicSwitch(const Guide &guide, QuestionSink *sink)
{
    // The longest topic, as a person would open it.
    const Topic *longest = nullptr;
    for (const Topic &topic : guide.topics()) {
        if (!topic.isReference() && (!longest || topic.body.size() > longest->body.size()))
            longest = &topic;
    }
    const QString page = guide.pageMarkdown(*longest);

    ReadingPane pane(guide, sink);
    pane.resize(700, 800);
    pane.show();
    QTextBrowser plain;
    plain.resize(700, 600);
    plain.show();
    QCoreApplication::processEvents();

    bool flip = false;
    const auto [ours, base] = compareMs(
        40,
        [&] {
            // Switch away and back, so every run really changes the page; time only the switch in.
            pane.showTopic(flip ? u"welcome"_s : u"visit"_s);
            flip = !flip;
            pane.showTopic(longest->id);
            pane.repaint();
        },
        [&] {
            plain.setMarkdown(QString());
            plain.setMarkdown(page);
            plain.repaint();
        });
    rows.push_back({u"Show the longest topic (“%1”)"_s.arg(longest->shortTitle), ours, base,
                    u"ms"_s, u"< 16 ms (a frame)"_s});
}

void benchSearch(const Guide &guide)
{
    GuideSearch search(guide);
    QElapsedTimer indexTimer;
    indexTimer.start();
    search.find(u"warm up"_s); // builds the index, once, on the first query
    const double indexMs = indexTimer.nsecsElapsed() / 1e6;

    QStringList pages;
    for (const Topic &topic : guide.topics())
        pages << Guide::plainText(guide.pageMarkdown(topic));
    QStringList large;
    for (int copy = 0; copy < 100; ++copy) {
        for (const QString &page : std::as_const(pages))
            large << page + u' ' + QString::number(copy);
    }
    GuideSearch big(guide);
    big.setPages(large);

    const QString query = u"palliative home"_s;
    auto baselineScan = [&query](const QStringList &texts) {
        // The plainest search there is: QString::contains on each page, word by word.
        int found = 0;
        const QStringList words = query.split(u' ');
        for (const QString &text : texts) {
            bool all = true;
            for (const QString &word : words)
                all = all && text.contains(word, Qt::CaseInsensitive);
            found += all;
        }
        return found;
    };
    volatile qsizetype sink = 0;
    const auto [small, smallBase] = compareMs(
        2000, [&] { sink = sink + search.find(query).size(); },
        [&] { sink = sink + baselineScan(pages); });
    const auto [huge, hugeBase] = compareMs(
        40, [&] { sink = sink + big.find(query).size(); },
        [&] { sink = sink + baselineScan(large); });
    rows.push_back({u"Search the guide (index built lazily in %1 ms)"_s.arg(indexMs, 0, 'f', 1),
                    small, smallBase, u"ms"_s, u"< 16 ms"_s});
    rows.push_back({u"Search a guide 100× larger"_s, huge, hugeBase, u"ms"_s, u"< 16 ms"_s});
}

void benchChecklist()
{
    QTemporaryDir dir;
    const QString ours = dir.filePath(u"checklist.json"_s);
    const QString plain = dir.filePath(u"plain.json"_s);
    const ChecklistData data = samples::list(1000);
    const QByteArray bytes = ChecklistFormat::serialize(data);
    auto writeBytes = [&] {
        QSaveFile file(plain);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        file.commit();
    };
    const auto [save, saveBase] = compareMs(
        100, [&] { ChecklistStore::saveToFile(ours, data, nullptr); }, writeBytes);
    const auto [load, loadBase] = compareMs(
        100, [&] { ChecklistStore::loadFromFile(ours); }, writeBytes);
    // The baseline for both is QSaveFile writing the same bytes.
    rows.push_back({u"Save 1,000 questions"_s, save, saveBase, u"ms"_s, u"< 20 ms"_s});
    rows.push_back({u"Load 1,000 questions"_s, load, loadBase, u"ms"_s, u"< 20 ms"_s});
}

// A printout that lost questions would be fast for nothing: read the painted pages back first.
bool printoutIsComplete(const ChecklistData &data)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    auto doc = ChecklistPrintout::build(data);
    PagedPrinter printer(doc.get(), ChecklistPrintout::title());
    if (!printer.paginate(&writer))
        return false;
    nextsteps::testprint::PaintedText recorder(writer);
    QString painted;
    for (int page = 0; page < printer.pageCount(); ++page) {
        recorder.clear();
        QPainter painter(&recorder);
        printer.paintPage(&painter, page);
        painter.end();
        painted += recorder.text() + u'\n';
    }
    painted.replace(u'\n', u' ');
    return std::all_of(data.items.cbegin(), data.items.cend(), [&](const ChecklistItem &item) {
        return painted.count(item.text) == 1 &&
               (item.answer.isEmpty() || painted.count(item.answer) == 1);
    });
}

void benchPdf()
{
    QTemporaryDir dir;
    const ChecklistData data = samples::list(100);
    if (!printoutIsComplete(data)) {
        std::fprintf(stderr, "The printout of 100 questions is not complete: not timed.\n");
        std::exit(1);
    }
    const auto [ours, base] = compareMs(
        7,
        [&] {
            auto doc = ChecklistPrintout::build(data);
            PagedPrinter::exportPdf(doc.get(), dir.filePath(u"ours.pdf"_s),
                                    ChecklistPrintout::title(), QPageSize(QPageSize::Letter));
        },
        [&] {
            QTextDocument doc;
            doc.setPlainText(ChecklistPrintout::toPlainText(data));
            QPdfWriter writer(dir.filePath(u"plain.pdf"_s));
            writer.setResolution(300);
            writer.setPageSize(QPageSize(QPageSize::Letter));
            doc.print(&writer);
        });
    rows.push_back({u"Export 100 questions as PDF (checked complete first)"_s, ours, base, u"ms"_s,
                    u"< 1 s"_s});
}

// Types one character at the end of the editor's text and waits until the event loop has nothing
// left to do: the model's change, the list's layout and the paint all happen before it returns.
void typeOneKey(QPlainTextEdit *edit)
{
    edit->moveCursor(QTextCursor::End);
    QKeyEvent press(QEvent::KeyPress, Qt::Key_X, Qt::NoModifier, u"x"_s);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_X, Qt::NoModifier, u"x"_s);
    QApplication::sendEvent(edit, &press);
    QApplication::sendEvent(edit, &release);
    for (int i = 0;
         i < 100 && QAbstractEventDispatcher::instance()->processEvents(QEventLoop::AllEvents);
         ++i) {
    }
}

void benchKeystroke(int questions)
{
    // The whole window as the person has it (the reading pane's suggestions, the panel's
    // summary, the autosaver all listen), a list of this length saved on disk, an answer being
    // written to a question in the middle of it.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checklist.json"_s);
    ChecklistStore::saveToFile(path, samples::list(questions), nullptr);
    MainWindow window(path);
    window.resize(1280, 800);
    window.show();
    const int row = questions / 2;
    window.checklistPanel()->selectRow(row);
    QPlainTextEdit *answer = window.checklistPanel()->answerEdit();
    answer->setFocus();

    QPlainTextEdit plain;
    plain.resize(400, 200);
    plain.setPlainText(window.checklistModel()->item(row).answer);
    plain.show();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();

    const auto [ours, base] = compareMs(
        100, [&] { typeOneKey(answer); }, [&] { typeOneKey(&plain); });
    rows.push_back({u"A keystroke in an answer, %1 questions"_s.arg(
                        QLocale(QLocale::English).toString(questions)),
                    ours, base, u"ms"_s, u"< 2 ms"_s});
}

class NullSink : public QuestionSink
{
public:
    bool addSuggestedQuestion(const QString &, const QString &, const QString &) override
    {
        return false;
    }
    bool hasSuggestedQuestion(const QString &, const QString &) const override { return false; }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const Guide guide = Guide::load(Guide::bundledDirectory());
    NullSink sink;

    // Name sections on the command line to run only those ("nextsteps_bench startup"); no
    // names runs them all.
    const QStringList wanted = QApplication::arguments().mid(1);
    const auto run = [&wanted](const QString &name, const std::function<void()> &section) {
        if (wanted.isEmpty() || wanted.contains(name))
            section();
    };
    run(u"startup"_s, [&] { benchStartup(guide); });
    run(u"topic"_s, [&] { benchTopicSwitch(guide, &sink); });
    run(u"search"_s, [&] { benchSearch(guide); });
    run(u"checklist"_s, [] { benchChecklist(); });
    run(u"pdf"_s, [] { benchPdf(); });
    run(u"keystroke"_s, [] {
        benchKeystroke(1000);
        benchKeystroke(10000);
    });

    std::printf("\nNext Steps benchmarks: %s, %d cores, Qt %s, %s\n\n",
                qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), qVersion(),
                qPrintable(QSysInfo::currentCpuArchitecture()));
    std::printf("| Measure | Next Steps | Baseline | Ratio | Budget |\n");
    std::printf("|---|---:|---:|---:|---|\n");
    for (const Row &row : rows) {
        std::printf("| %s | %.2f %s | %.2f %s | %.2f | %s |\n", qPrintable(row.what), row.value,
                    qPrintable(row.unit), row.baseline, qPrintable(row.unit),
                    row.baseline > 0 ? row.value / row.baseline : 0.0, qPrintable(row.goal));
    }
    std::printf("\nBaselines: a bare QMainWindow with two QListWidgets and a QTextBrowser showing "
                "the same topic titles and Welcome page; QTextBrowser::setMarkdown of the same "
                "page; QString::contains over the same pages; QSaveFile writing the same bytes; "
                "QTextDocument::print of the same text as plain text; a key typed into a plain "
                "QPlainTextEdit holding the same answer. Medians of repeated runs.\n");
    return 0;
}
