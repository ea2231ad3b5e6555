#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

// What a PDF says, read back with poppler's pdftotext (the README's test set-up installs it).
namespace nextsteps::testprint {

inline QString pdftotext()
{
    return QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
}

// The text of each page, in reading order, ligatures as their letters; empty when pdftotext
// fails.
inline QStringList pdfPages(const QString &path)
{
    QProcess process;
    process.start(pdftotext(), {path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // Compatibility forms as plain letters: the PDF may hold "ﬁ" ligatures for "fi".
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput())
                            .normalized(QString::NormalizationForm_KC)
                            .split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // pdftotext ends every page with a form feed
    return pages;
}

// Words compared without the breaks and spaces a PDF's line wrapping puts between them.
inline QString squeezed(const QString &text)
{
    return text.simplified().remove(u' ');
}

} // namespace nextsteps::testprint

// In a test function: without pdftotext the test fails under CI and is skipped elsewhere.
#define NEXTSTEPS_REQUIRE_PDFTOTEXT()                                                              \
    do {                                                                                           \
        if (nextsteps::testprint::pdftotext().isEmpty()) {                                         \
            if (qgetenv("CI") == "true")                                                           \
                QFAIL("pdftotext is missing: install poppler-utils (the README's test set-up).");  \
            QSKIP("pdftotext is not installed: the PDF's own text was not read back.");            \
        }                                                                                          \
    } while (false)
