#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace nextsteps {

// Every question the app puts to the person in a dialog goes through here, so that tests can
// answer them without a dialog (KeePassXC's MessageBox::setNextAnswer).
class Ask
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::Ask)

public:
    enum class Answer {
        None,
        // The list could not be saved on quit.
        SaveCopy,
        QuitAnyway,
        Stay,
        // The list changed on disk since it was read.
        Reload,
        KeepMine,
        SaveMineAsCopy,
    };

    struct Choice
    {
        Answer answer;
        QString text;
        QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
    };

    // A warning with one button per choice; the first is the default, the last is what Escape
    // or closing the dialog means.
    static Answer question(QWidget *parent, const QString &title, const QString &text,
                           const QString &informative, const QList<Choice> &choices);

    // Test seam: the next questions are answered with these, in order, without a dialog; once
    // they are used up, a question gets its last choice (the safe one). Each question's text is
    // recorded.
    static void setNextAnswers(const QList<Answer> &answers);
    static QStringList askedForTesting();
    static void resetForTesting();
};

} // namespace nextsteps
