#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QDialog;
class QWidget;

namespace nextsteps {

// Every question the app puts to the person in a dialog goes through here (a choice of buttons,
// a file to save to, the app's own dialogs), so that tests can answer them without a dialog
// (KeePassXC's MessageBox::setNextAnswer).
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
        // A past list is about to be deleted.
        Delete,
        Keep,
        // A file chosen to save to is there already; or a message is read.
        Replace,
        ChooseAnother,
        Ok,
        // A reminder with an event saved for a calendar.
        Remind,
        NoReminder,
        Cancel,
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
    // A form cancelled with changes: "Keep what you wrote?", with what changed in detail;
    // KeepMine (Keep Them), Delete (Drop Them) or Cancel (Go Back).
    static Answer keepChanges(QWidget *parent, const QString &title, const QString &detail);

    // A file to save to ("Save a Copy", an export); empty when the person cancels. suggested
    // may be a whole path; a name typed without an ending gets defaultSuffix ("pdf"). refusal,
    // when given, says why a chosen file must not be written (empty when it may): the person is
    // told, in plain words, and chooses again, before any "replace it?" is asked.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter, const QString &defaultSuffix = {},
                                const std::function<QString(const QString &)> &refusal = {});
    // A file to open (another list); empty when the person cancels.
    static QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                                const QString &filter);

    // One of the app's own dialogs (visit details, past lists), made by the caller: its exec()
    // result.
    static int exec(QDialog *dialog);

    // Test seam: the next questions are answered with these, in order, without a dialog; once
    // they are used up, a question gets its last choice (the safe one). Each question's text is
    // recorded.
    static void setNextAnswers(const QList<Answer> &answers);
    // The same for files to save to or open (once used up: cancel) and for the app's own
    // dialogs: each
    // is given the dialog, fills it in as the person would, and returns how it closes (once
    // used up: Rejected, as Escape would). Their titles are recorded.
    static void setNextFileNames(const QStringList &paths);
    using DialogAnswer = std::function<int(QDialog *)>;
    static void setNextDialogs(const QList<DialogAnswer> &answers);
    static QStringList askedForTesting();
    static void resetForTesting();
};

} // namespace nextsteps
