#include "ui/widgets/Ask.h"

#include "ui/widgets/DialogSize.h"

#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

struct Seam
{
    bool active = false;
    QList<Ask::Answer> answers;
    QStringList fileNames;
    QList<Ask::DialogAnswer> dialogs;
    QStringList asked;
};

Seam &seam()
{
    static Seam s;
    return s;
}

} // namespace

Ask::Answer Ask::question(QWidget *parent, const QString &title, const QString &text,
                          const QString &informative, const QList<Choice> &choices)
{
    if (choices.isEmpty())
        return Answer::None;
    if (seam().active) {
        seam().asked.append(informative.isEmpty() ? text : text + u' ' + informative);
        return seam().answers.isEmpty() ? choices.last().answer : seam().answers.takeFirst();
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(informative);
    // The sentences often hold what a person typed (a list's name, a place): shown as typed,
    // never as markup. Plain text turns the box's word wrap off; it is turned on again.
    box.setTextFormat(Qt::PlainText);
    for (QLabel *label : box.findChildren<QLabel *>()) {
        if (label->objectName().startsWith(u"qt_msgbox_"_s) && !label->text().isEmpty()) {
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
        }
    }
    QList<QPushButton *> buttons;
    for (const Choice &choice : choices)
        buttons.append(box.addButton(choice.text, choice.role));
    box.setDefaultButton(buttons.first());
    DialogSize::fit(&box);
    box.setEscapeButton(buttons.last());
    box.exec();
    const qsizetype index = buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton()));
    return index >= 0 ? choices.at(index).answer : choices.last().answer;
}

QString Ask::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                          const QString &filter, const QString &defaultSuffix,
                          const std::function<QString(const QString &)> &refusal)
{
    // After a choice: a file that must not be written is refused (and another asked for), and
    // one that is there already is replaced only when the person says so.
    const auto acceptable = [&](const QString &path) {
        if (!refusal)
            return true;
        if (const QString why = refusal(path); !why.isEmpty()) {
            question(parent, title, why, {}, {{Answer::Ok, tr("OK"), QMessageBox::AcceptRole}});
            return false;
        }
        if (!QFileInfo::exists(path))
            return true;
        return question(parent, title,
                        tr("%1 is there already.").arg(QDir::toNativeSeparators(path)),
                        tr("Do you want to replace it?"),
                        {{Answer::Replace, tr("&Replace It"), QMessageBox::DestructiveRole},
                         {Answer::ChooseAnother, tr("&Choose Another Name"),
                          QMessageBox::RejectRole}}) == Answer::Replace;
    };
    if (seam().active) {
        seam().asked.append(title);
        while (!seam().fileNames.isEmpty()) {
            const QString path = seam().fileNames.takeFirst();
            if (acceptable(path))
                return path;
        }
        return {};
    }
    QFileDialog dialog(parent, title);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(filter);
    dialog.setDefaultSuffix(defaultSuffix);
    if (refusal)
        dialog.setOption(QFileDialog::DontConfirmOverwrite); // asked above, after the refusal
    // The suggested folder where it exists (a new account may have no Documents folder yet),
    // else the home folder; the name alone in the name box.
    const QFileInfo suggestion(suggested);
    const QString folder = suggestion.absolutePath();
    dialog.setDirectory(QFileInfo(folder).isDir() ? folder : QDir::homePath());
    dialog.selectFile(suggestion.fileName());
    while (true) {
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return {};
        const QString path = dialog.selectedFiles().constFirst();
        if (acceptable(path))
            return path;
    }
}

QString Ask::openFileName(QWidget *parent, const QString &title, const QString &folder,
                          const QString &filter)
{
    if (seam().active) {
        seam().asked.append(title);
        return seam().fileNames.isEmpty() ? QString() : seam().fileNames.takeFirst();
    }
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

Ask::Answer Ask::keepChanges(QWidget *parent, const QString &title, const QString &detail)
{
    return question(parent, title, tr("Keep what you wrote?"), detail,
                    {{Answer::KeepMine, tr("&Keep Them")},
                     {Answer::Delete, tr("&Drop Them"), QMessageBox::DestructiveRole},
                     {Answer::Cancel, tr("&Go Back"), QMessageBox::RejectRole}});
}

int Ask::exec(QDialog *dialog)
{
    DialogSize::fit(dialog);
    if (seam().active) {
        seam().asked.append(dialog->windowTitle());
        return seam().dialogs.isEmpty() ? int(QDialog::Rejected)
                                        : seam().dialogs.takeFirst()(dialog);
    }
    return dialog->exec();
}

void Ask::setNextAnswers(const QList<Answer> &answers)
{
    seam().active = true;
    seam().answers = answers;
}

void Ask::setNextFileNames(const QStringList &paths)
{
    seam().active = true;
    seam().fileNames = paths;
}

void Ask::setNextDialogs(const QList<DialogAnswer> &answers)
{
    seam().active = true;
    seam().dialogs = answers;
}

QStringList Ask::askedForTesting()
{
    return seam().asked;
}

void Ask::resetForTesting()
{
    seam() = Seam();
}

} // namespace nextsteps
