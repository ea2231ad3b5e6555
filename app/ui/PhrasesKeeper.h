#pragma once

#include "core/Speaker.h"
#include "ui/phrases/SpeakForMeDialog.h"

#include <QObject>

class QWidget;

namespace nextsteps {

class ChecklistModel;
class PrintController;
class ReadAloud;

// Speak for Me and For Emergency Staff in the window: the phrase board speaks through reading
// aloud's engine (made when first used, as for Listen), the emergency details are kept in the
// list's file (one undo step) and printed; the wallet card says "I breathe through my neck"
// when it applies.
class PhrasesKeeper : public QObject, public Speaker
{
    Q_OBJECT

public:
    PhrasesKeeper(ChecklistModel *model, PrintController *print,
                  std::function<ReadAloud *()> readAloud, std::function<QString()> language,
                  QWidget *window);

    void showBoard();
    void showEmergencyInfo();

    // Speaker
    bool speak(const QString &text, const QString &language) override;
    QString whyNot() const override { return m_why; }
    // The speaker the board uses (a test's own, to hear what was said).
    void setSpeaker(Speaker *speaker) { m_speaker = speaker; }

private:
    ChecklistModel *m_model;
    PrintController *m_print;
    std::function<ReadAloud *()> m_readAloud;
    std::function<QString()> m_language;
    QWidget *m_window;
    Speaker *m_speaker = this;
    QString m_why;
    QList<SaidPhrase> m_said; // since the app started, newest first
};

} // namespace nextsteps
