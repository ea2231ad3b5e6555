#include "ui/TopicReader.h"

#include "core/checklist/ChecklistModel.h"
#include "ui/readaloud/ListenBar.h"
#include "ui/readaloud/ReadAloud.h"
#include "ui/reading/GuideBrowser.h"
#include "ui/reading/ReadingPane.h"

#include <QAction>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nextsteps {

TopicReader::TopicReader(ReadingPane *pane, const QString &language, QObject *parent)
    : QObject(parent), m_pane(pane)
{
    m_readAloud = new ReadAloud(pane->browser(), this);
    setLanguage(language);
    m_listenBar = new ListenBar(m_readAloud, pane);
    pane->setListenBar(m_listenBar);
    connect(pane->browser(), &GuideBrowser::rendered, m_readAloud, &ReadAloud::refreshHighlight);
    connect(pane, &ReadingPane::leavingPage, m_readAloud, &ReadAloud::stop);
    connect(m_listenBar->listenAction(), &QAction::triggered, this, &TopicReader::listen);
    connect(m_readAloud, &ReadAloud::message, pane, &ReadingPane::message);
}

void TopicReader::setLanguage(const QString &language)
{
    m_readAloud->stop();
    // The voice speaks the guide's language (U.S. English or U.S. Spanish).
    m_readAloud->setLanguage(QLocale(language + u"_US"_s));
}

void TopicReader::listen()
{
    QList<SpokenSentence> after;
    for (const QString &sentence : m_pane->sentencesAfterPage())
        after << spokenSentences(sentence);
    m_readAloud->readPage(after);
}

bool TopicReader::readQuestions(const ChecklistModel &model)
{
    QList<SpokenSentence> sentences;
    const int count = model.rowCount();
    for (int row = 0; row < count; ++row) {
        const ChecklistItem &item = model.item(row);
        sentences << spokenSentences(tr("Question %1.").arg(row + 1)) << spokenSentences(item.text);
        const QString answer = item.answer.trimmed();
        if (!answer.isEmpty())
            sentences << spokenSentences(tr("Answer:")) << spokenSentences(answer);
    }
    if (sentences.isEmpty())
        return false;
    m_readAloud->readSentences(sentences);
    return true;
}

} // namespace nextsteps
