#pragma once

#include <QList>
#include <QString>

#include <limits>

class QTextDocument;

namespace nextsteps {

// One sentence to say, and where it is on the page (start and end are -1 for words that are
// not on the page, such as the suggested questions).
struct SpokenSentence
{
    QString text;
    int start = -1;
    int end = -1;
};

// The sentences of a laid-out page from position `from` to `to`, as a person reading it aloud
// would say them: headings and list items each on their own, the words of a link but not where
// it leads, and none of the Markdown marks (the page is read from its rendered text).
QList<SpokenSentence> spokenSentences(const QTextDocument *document, int from = 0,
                                      int to = std::numeric_limits<int>::max());

// The sentences of text that is not on a page (a question, an answer).
QList<SpokenSentence> spokenSentences(const QString &text);

} // namespace nextsteps
