#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace nextsteps {

// The language of the interface, the guide, the printout and its dates: English or Spanish.
// Chosen by the system's language on the first start, then by View > Language, and remembered.
class Language
{
public:
    static QStringList available(); // "en", "es"
    // The name of a language in that language ("English", "Español"): what a person who reads
    // only that language recognizes in a menu.
    static QString nativeName(const QString &code);

    // The remembered choice, else the first of the system's languages that the app has.
    static QString initial();
    // The language now in use ("en" until apply() is called).
    static QString current();

    // Installs the app's and Qt's own translations for code and makes its locale the default,
    // so that every date and number written from now on is in it. Widgets are told with a
    // LanguageChange event. Unknown codes mean English.
    static void apply(const QString &code);
    static void remember(const QString &code);

    // The locale for code: the system's own when it is in that language (so "es_MX" keeps
    // Mexico's ways), else that language in the system's country where it is spoken.
    static QLocale localeFor(const QString &code);
};

} // namespace nextsteps
