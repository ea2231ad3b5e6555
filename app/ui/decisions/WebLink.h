#pragma once

#include <QCoreApplication>
#include <QDesktopServices>
#include <QString>
#include <QUrl>

namespace nextsteps {

// A source or a state's forms, opened in the web browser when asked; what happened, in plain
// words for the page to say (with the address to type when no browser opens it).
class WebLink
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::WebLink)

public:
    static QString open(const QString &address)
    {
        const QUrl url(address);
        if ((url.scheme() == u"https" || url.scheme() == u"http") && QDesktopServices::openUrl(url))
            return tr("Opened %1 in your web browser.").arg(address);
        return tr("Could not open %1. You can type it into your web browser.").arg(address);
    }
};

} // namespace nextsteps
