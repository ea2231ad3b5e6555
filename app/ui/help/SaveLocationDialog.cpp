#include "ui/help/SaveLocationDialog.h"
#include "core/PrivateFile.h"

#include "core/checklist/ChecklistStore.h"

#include "ui/widgets/UiFonts.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

SaveLocationDialog::SaveLocationDialog(const QString &path, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"saveLocationDialog"_s);
    setWindowTitle(tr("Where Is My List Saved?"));
    auto *intro = new QLabel(tr("Your list of questions, and everything else you write in Next "
                                "Steps, is saved only on this computer, in this file. It is saved "
                                "by itself a moment after each change."),
                             this);
    intro->setWordWrap(true);
    auto *field = new QLineEdit(QDir::toNativeSeparators(path), this);
    field->setObjectName(u"savePath"_s);
    field->setReadOnly(true);
    field->setAccessibleName(tr("Where your list is saved"));
    intro->setBuddy(field);

    // Moving to a new computer: the one place a person looks for where their things are.
    auto *moving = new QLabel(
        tr("To move to a new computer: here, choose Back Up Everything in the File menu and "
           "save the backup on a USB stick or another place you can take along. On the new "
           "computer, install Next Steps and choose Restore from a Backup in the File menu. The "
           "backup holds your lists, past lists, medicines, care team, cancer and treatments, "
           "diary and settings: it is health information, so keep it private."),
        this);
    moving->setObjectName(u"movingHelp"_s);
    moving->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open the Folder"), QDialogButtonBox::ActionRole);
    open->setObjectName(u"openFolderButton"_s);
    // Said plainly when no file manager opens (none installed, or none this system can reach).
    auto *result = new QLabel(this);
    result->setObjectName(u"openFolderResult"_s);
    result->setWordWrap(true);
    result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    result->hide();
    const QString folder = QFileInfo(path).absolutePath();
    connect(open, &QPushButton::clicked, this, [folder, result] {
        PrivateFile::makePrivateFolder(folder);
        if (QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
            result->hide();
            return;
        }
        result->setText(tr("No file manager could be opened on this computer. The folder is %1: "
                           "you can copy its name from the box above.")
                            .arg(QDir::toNativeSeparators(folder)));
        result->setAccessibleName(result->text());
        result->show();
        result->window()->adjustSize(); // room for the words, not over the ones below
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(field);
    layout->addWidget(result);
    layout->addWidget(moving);
    layout->addStretch(1); // room to spare goes below the words, not between their lines
    layout->addWidget(buttons);
    setFont(comfortableFont(100));
    setMinimumWidth(560);
}

} // namespace nextsteps
