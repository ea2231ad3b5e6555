#include "ui/PhrasesKeeper.h"

#include "core/checklist/ChecklistModel.h"
#include "core/phrases/EmergencyInfo.h"
#include "core/phrases/EmergencySheet.h"
#include "ui/DecisionsKeeper.h"
#include "ui/Language.h"
#include "ui/phrases/EmergencyInfoDialog.h"
#include "ui/phrases/SpeakForMeDialog.h"
#include "ui/print/PrintController.h"
#include "ui/readaloud/ReadAloud.h"
#include "ui/widgets/Ask.h"

#include <QApplication>
#include <QPointer>
#include <QTextDocument>

namespace nextsteps {

PhrasesKeeper::PhrasesKeeper(ChecklistModel *model, PrintController *print,
                             std::function<ReadAloud *()> readAloud,
                             std::function<QString()> language, QWidget *window)
    : QObject(window), m_model(model), m_print(print), m_readAloud(std::move(readAloud)),
      m_language(std::move(language)), m_window(window)
{
    // The wallet card's first words, for staff, when the person breathes through the neck.
    print->setWalletCardAlert([this] {
        const EmergencyInfo info =
            EmergencyInfo::fromJson(m_model->section(EmergencyInfo::SectionName));
        return info.breathesThroughNeck() ? tr("I BREATHE THROUGH MY NECK") : QString();
    });
}

bool PhrasesKeeper::speak(const QString &text, const QString &language)
{
    m_why.clear();
    ReadAloud *read = m_readAloud();
    return read && read->sayOnce(text, Language::localeFor(language), &m_why);
}

void PhrasesKeeper::showBoard()
{
    // One key from anywhere, and back to the same place after: the focus is given back.
    const QPointer<QWidget> had = QApplication::focusWidget();
    SpeakForMeDialog board(m_model, m_speaker, m_language(), &m_said, m_window);
    if (ReadAloud *read = m_readAloud(); read && m_speaker == this)
        connect(read, &ReadAloud::phraseNotSaid, &board, &SpeakForMeDialog::notSaid);
    Ask::exec(&board);
    m_window->activateWindow();
    if (had && had->window() == m_window)
        had->setFocus(Qt::ActiveWindowFocusReason);
}

void PhrasesKeeper::showEmergencyInfo()
{
    // Who speaks for me and the POLST's place are My wishes' (one home, never typed twice).
    const EmergencyInfo before = DecisionsKeeper::emergencyInfo(m_model);
    const bool readOnly = m_model->isReadOnly() || before.newerVersion;
    EmergencyInfoDialog dialog(before, readOnly, m_model->checklist().immunotherapy.name, m_window);
    const int result = Ask::exec(&dialog);
    if (result == QDialog::Rejected)
        return;
    const EmergencyInfo info = readOnly ? before : dialog.info();
    if (!readOnly)
        DecisionsKeeper::keepEmergencyInfo(m_model, info,
                                           tr("Change what emergency staff should know"));
    const ChecklistData data = m_model->checklist();
    const Printable sheet{EmergencySheet::title(),
                          [info, data](qreal) {
                              // Large type whatever the print size chosen: it is read in a hurry.
                              return EmergencySheet::build(info, data);
                          },
                          EmergencySheet::toPlainText(info, data)};
    if (result == EmergencyInfoDialog::Print)
        m_print->print(sheet);
    else if (result == EmergencyInfoDialog::SavePdf)
        m_print->savePdf(sheet);
}

} // namespace nextsteps
