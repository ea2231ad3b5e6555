#include "ui/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "nextsteps.language", QtWarningMsg)

namespace nextsteps {

namespace {

const QString SettingsKey = u"view/language"_s;

struct Installed
{
    QString code = u"en"_s;
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

QStringList Language::available()
{
    return {u"en"_s, u"es"_s};
}

QString Language::nativeName(const QString &code)
{
    if (code == u"es")
        return u"Español"_s;
    return u"English"_s;
}

QString Language::initial()
{
    const QString remembered = QSettings().value(SettingsKey).toString();
    if (available().contains(remembered))
        return remembered;
    // The system's languages in the person's order of preference ("es-US", "en-US").
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = QLocale(name).name().section(u'_', 0, 0);
        if (available().contains(code))
            return code;
    }
    return u"en"_s;
}

QString Language::current()
{
    return installed().code;
}

QLocale Language::localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    const QLocale wanted(code);
    if (system.language() == wanted.language())
        return system;
    // Spanish on an English system in the U.S. is es_US; where the pair does not exist,
    // Qt picks the language's main country.
    return QLocale(wanted.language(), system.territory());
}

void Language::apply(const QString &code)
{
    Installed &state = installed();
    const QString language = available().contains(code) ? code : u"en"_s;
    uninstall(state.app);
    uninstall(state.qt);
    state.code = language;
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);

    if (language != u"en") {
        // Qt's own words: standard buttons, dialogs, context menus, the print preview.
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QLocale(language), u"qtbase"_s, u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            state.qt = qt;
        } else {
            qCInfo(lcLanguage) << "Qt's own translations for" << language << "were not found in"
                               << QLibraryInfo::path(QLibraryInfo::TranslationsPath);
            delete qt;
        }
    }
    // English is the source language, but its plural forms ("1 topic found", "2 topics found")
    // live in nextsteps_en.qm.
    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(u"nextsteps_"_s + language, u":/i18n"_s)) {
        QCoreApplication::installTranslator(app);
        state.app = app;
    } else {
        qCWarning(lcLanguage) << "No translation for" << language;
        delete app;
    }
}

void Language::remember(const QString &code)
{
    QSettings().setValue(SettingsKey, code);
}

} // namespace nextsteps
