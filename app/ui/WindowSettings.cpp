#include "ui/WindowSettings.h"

#include "core/PrivateFile.h"
#include "core/guide/Guide.h"
#include "ui/ColumnFitter.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/print/PrintController.h"
#include "ui/reading/ReadingPane.h"
#include "ui/style/Theme.h"

#include <QAction>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps::WindowSettings {

QSize firstSize(const QRect &available)
{
    // Room for the window's frame and title bar, which the size given to resize() leaves out.
    constexpr int FrameWidth = 16;
    constexpr int FrameHeight = 48;
    return {std::min(1280, available.width() - FrameWidth),
            std::min(800, available.height() - FrameHeight)};
}

void restore(MainWindow &window)
{
    QSettings settings;
    PrivateFile::makePrivate(settings.fileName()); // one written before this was done
    const QScreen *screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    if (!window.restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        QRect first(QPoint(), firstSize(available));
        first.moveCenter(available.center());
        window.setGeometry(first);
    }
    window.restoreState(settings.value(u"window/state"_s).toByteArray());
    window.splitter()->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    window.readingPane()->restoreState(settings.value(u"window/readingSplitter"_s).toByteArray());
    window.readingPane()->setSuggestionsOpen(settings.value(u"view/suggestionsOpen"_s).toBool());
    window.setZoom(settings.value(u"view/zoom"_s, 100).toInt());
    window.columns()->setWanted(settings.value(u"view/showTopics"_s, true).toBool(),
                                settings.value(u"view/showQuestions"_s, true).toBool());
    const QString topic = settings.value(u"view/lastTopic"_s).toString();
    window.showTopic(window.guide().topic(topic) ? topic : u"welcome"_s);
}

void takePreferences(MainWindow &window)
{
    const QSettings settings;
    const QString language = settings.value(u"view/language"_s).toString();
    if (Language::available().contains(language))
        window.setLanguage(language);
    const Theme::Kind theme = Theme::remembered();
    Theme::apply(theme);
    if (auto *action = window.findChild<QAction *>(u"theme_"_s + Theme::key(theme)))
        action->setChecked(true);
    window.readingPane()->setSuggestionsOpen(settings.value(u"view/suggestionsOpen"_s).toBool());
    window.setZoom(settings.value(u"view/zoom"_s, 100).toInt());
    window.columns()->setWanted(settings.value(u"view/showTopics"_s, true).toBool(),
                                settings.value(u"view/showQuestions"_s, true).toBool());
    window.printController()->largePrintAction()->setChecked(
        settings.value(u"print/largePrint"_s, false).toBool());
    window.printController()->medicinesPageAction()->setChecked(
        settings.value(u"print/medicinesPage"_s, true).toBool());
}

void save(const MainWindow &window)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, window.saveGeometry());
    settings.setValue(u"window/state"_s, window.saveState());
    settings.setValue(u"window/splitter"_s, window.splitter()->saveState());
    settings.setValue(u"window/readingSplitter"_s, window.readingPane()->saveState());
    settings.setValue(u"view/suggestionsOpen"_s, window.readingPane()->suggestionsOpen());
    settings.setValue(u"view/zoom"_s, window.zoom());
    // What the person chose, not what was put away for room.
    settings.setValue(u"view/showTopics"_s, window.columns()->wanted(ColumnFitter::Topics));
    settings.setValue(u"view/showQuestions"_s, window.columns()->wanted(ColumnFitter::Questions));
    settings.setValue(u"view/lastTopic"_s, window.readingPane()->currentTopicId());
    // Qt keeps a file's mode when it saves the settings again, so this holds for later writes.
    settings.sync();
    PrivateFile::makePrivate(settings.fileName());
}

} // namespace nextsteps::WindowSettings
