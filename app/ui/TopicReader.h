#pragma once

#include <QObject>

namespace nextsteps {

class ChecklistModel;
class ListenBar;
class ReadAloud;
class ReadingPane;

// Reading aloud joined to the reading pane (two rooms that do not know each other): the Listen
// bar goes into the pane's row, Listen reads the page and then its suggested questions, and
// anything that changes the page stops the reading. The voice follows the guide's language.
// The question list is read aloud through it too.
class TopicReader : public QObject
{
    Q_OBJECT

public:
    // language: the guide's, "en" or "es".
    TopicReader(ReadingPane *pane, const QString &language, QObject *parent = nullptr);

    ReadAloud *readAloud() const { return m_readAloud; }
    ListenBar *listenBar() const { return m_listenBar; }
    void setLanguage(const QString &language);

public Q_SLOTS:
    // Reads the topic aloud (or the text selected in it), then its suggested questions.
    void listen();
    // Reads the person's questions and their answers aloud; false when there are none.
    bool readQuestions(const ChecklistModel &model);

private:
    ReadingPane *m_pane;
    ReadAloud *m_readAloud;
    ListenBar *m_listenBar;
};

} // namespace nextsteps
