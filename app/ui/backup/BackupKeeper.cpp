#include "ui/backup/BackupKeeper.h"

#include "core/PrivateFile.h"
#include "core/checklist/AutoSaver.h"
#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/summary/TreatmentSummary.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/WrappingLabel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

BackupKeeper::BackupKeeper(ChecklistModel *model, AutoSaver *saver, QWidget *window)
    : QObject(window), m_model(model), m_saver(saver), m_window(window)
{}

QJsonObject BackupKeeper::settingsNow()
{
    QJsonObject settings;
    const QSettings stored;
    for (const QString &key : stored.allKeys()) {
        // The window's place and sizes belong to this computer's screen.
        if (key.startsWith(u"window/"))
            continue;
        const QVariant value = stored.value(key);
        if (value.typeId() == QMetaType::QByteArray)
            continue;
        const QJsonValue json = QJsonValue::fromVariant(value);
        if (!json.isUndefined() && !json.isNull())
            settings.insert(key, json);
    }
    return settings;
}

void BackupKeeper::applySettings(const QJsonObject &settings)
{
    QSettings stored;
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        if (!it.key().startsWith(u"window/"))
            stored.setValue(it.key(), it.value().toVariant());
    }
    stored.sync();
    PrivateFile::makePrivate(stored.fileName());
}

QStringList BackupKeeper::describe(const Backup::Contents &contents)
{
    const QLocale locale;
    const QDateTime made = contents.made.toLocalTime();
    QStringList lines{tr("Made on %1 at %2")
                          .arg(locale.toString(made.date(), QLocale::LongFormat),
                               locale.toString(made.time(), QLocale::ShortFormat))};
    const ChecklistFormat::ParseResult list = ChecklistFormat::parse(contents.list.bytes);
    if (contents.list.bytes.isEmpty() || !list.ok) {
        lines << (contents.list.bytes.isEmpty() ? tr("No list of questions yet.")
                                                : tr("A list that could not be read (it will be "
                                                     "kept aside, as a damaged list is)."));
    } else {
        const ChecklistData &data = list.data;
        lines << tr("Your list: %n question(s).", nullptr, int(data.items.size()));
        const QString visit = data.visit.describe();
        if (!visit.isEmpty())
            lines << tr("Your next visit: %1.").arg(visit);
        if (!data.archive.isEmpty())
            lines << tr("%n past list(s).", nullptr, int(data.archive.size()));
        if (!data.toTell.isEmpty())
            lines << tr("%n thing(s) to tell the doctor.", nullptr, int(data.toTell.size()));
        if (!data.medicines.isEmpty())
            lines << tr("%n medicine(s).", nullptr, int(data.medicines.size()));
        if (!data.careTeam.isEmpty())
            lines << tr("%n person(s) in your care team.", nullptr, int(data.careTeam.size()));
        if (data.sections.contains(TreatmentSummary::SectionName))
            lines << tr("Your cancer and treatments.");
    }
    if (!contents.keptBeside.isEmpty())
        lines << tr("%n copy(s) of your list kept aside earlier.", nullptr,
                    int(contents.keptBeside.size()));
    if (!contents.settings.isEmpty()) {
        // Said plainly, as they will be once restored: the language and the text size change
        // what the person sees at once.
        QStringList settings;
        const QString language = contents.settings.value(u"view/language"_s).toString();
        if (language == u"en")
            settings << tr("in English");
        else if (language == u"es")
            settings << tr("in Spanish");
        const int zoom = contents.settings.value(u"view/zoom"_s).toVariant().toInt();
        if (zoom > 0)
            settings << tr("text size %1%").arg(zoom);
        const QString theme = contents.settings.value(u"view/theme"_s).toString();
        if (theme == u"dark")
            settings << tr("dark colors");
        else if (theme == u"light")
            settings << tr("light colors");
        else if (theme == u"highContrast")
            settings << tr("high contrast colors");
        lines << (settings.isEmpty() ? tr("Your settings.")
                                     : tr("Your settings: %1.").arg(settings.join(u", "_s)));
    }
    return lines;
}

void BackupKeeper::backUp()
{
    // What the window shows is what is backed up: saved first, or taken from the window when
    // the disk will not take it.
    const bool saved = m_model->isReadOnly() || m_saver->flush();
    const QByteArray listBytes =
        saved ? QByteArray() : ChecklistFormat::serialize(m_model->checklist());
    const QString name =
        tr("Next Steps backup %1").arg(QDate::currentDate().toString(Qt::ISODate)) + u'.' +
        Backup::suffix();
    const QString path = Ask::saveFileName(
        m_window, tr("Back Up Everything"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("Next Steps backups (*.%1)").arg(Backup::suffix()), Backup::suffix(),
        &PrivateFile::exportRefusal);
    if (path.isEmpty())
        return;
    Q_EMIT aboutToCollect();
    Backup::Contents contents;
    QString error;
    if (!Backup::collect(m_saver->path(), settingsNow(), &contents, &error, listBytes) ||
        !PrivateFile::writeExport(path, Backup::serialize(contents), &error)) {
        Q_EMIT problem(tr("The backup could not be made: %1").arg(error));
        return;
    }
    const QString done = tr("Everything is backed up in %1.").arg(QDir::toNativeSeparators(path));
    Q_EMIT message(done);
    Ask::question(m_window, tr("Back Up Everything"), done,
                  tr("This file holds your health information: keep it somewhere private, such "
                     "as a USB stick you keep safe. To move to a new computer, copy the file "
                     "there, install Next Steps and choose Restore from a Backup in the File "
                     "menu."),
                  {{Ask::Answer::Ok, tr("OK")}});
}

void BackupKeeper::restore()
{
    if (m_model->isReadOnly()) {
        Q_EMIT problem(tr("A backup cannot be restored here, because your list can only be read "
                          "in this window: %1.")
                           .arg(m_model->whyReadOnly()));
        return;
    }
    const QString path =
        Ask::openFileName(m_window, tr("Restore from a Backup"),
                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                          tr("Next Steps backups (*.%1);;All files (*)").arg(Backup::suffix()));
    if (!path.isEmpty())
        restoreFrom(path);
}

bool BackupKeeper::restoreFrom(const QString &path)
{
    const Backup::ReadResult read = Backup::read(path);
    if (!read.ok) {
        Q_EMIT problem(tr("This backup cannot be restored. %1").arg(read.problem));
        return false;
    }
    // A dialog of the app's own (not a message box): at large text it scrolls, its buttons
    // always in view.
    QDialog confirm(m_window);
    confirm.setObjectName(u"restoreDialog"_s);
    confirm.setWindowTitle(tr("Restore from a Backup"));
    auto *question = new QLabel(tr("Restore this backup?"), &confirm);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    auto *holds = new WrappingLabel(describe(read.contents).join(u'\n'), &confirm);
    holds->setObjectName(u"backupHolds"_s);
    auto *keptFirst = new WrappingLabel(
        tr("It takes the place of what you have now. What you have now is kept first, in a "
           "backup file beside your list, so nothing is lost."),
        &confirm);
    auto *buttons = new QDialogButtonBox(&confirm);
    buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &confirm, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &confirm, &QDialog::reject);
    auto *layout = new QVBoxLayout(&confirm);
    layout->addWidget(question);
    layout->addWidget(holds);
    layout->addWidget(keptFirst);
    layout->addWidget(buttons);
    if (Ask::exec(&confirm) != QDialog::Accepted)
        return false;
    if (!m_model->isReadOnly() && !m_saver->flush()) {
        Q_EMIT problem(tr("Your latest changes could not be saved (%1), so nothing was restored.")
                           .arg(m_saver->lastError()));
        return false;
    }
    Q_EMIT aboutToCollect();
    QString kept;
    QString error;
    const bool restored =
        Backup::restore(read.contents, m_saver->path(), settingsNow(), &kept, &error);
    if (!kept.isEmpty()) {
        // The list is read again from the disk, whatever got there.
        const ChecklistStore::LoadResult loaded = ChecklistStore::loadFromFile(m_saver->path());
        m_model->setChecklist(loaded.data);
        if (m_model->undoStack())
            m_model->undoStack()->clear();
        m_saver->setDiskStamp(loaded.stamp);
    }
    if (!restored) {
        Q_EMIT problem(
            tr("The backup could not be restored: %1").arg(error) +
            (kept.isEmpty()
                 ? QString()
                 : u' ' + tr("What you had is kept in %1.").arg(QDir::toNativeSeparators(kept))));
        return false;
    }
    applySettings(read.contents.settings);
    Q_EMIT settingsRestored();
    const QLocale locale;
    const QString done =
        tr("The backup made on %1 is restored.")
            .arg(locale.toString(read.contents.made.toLocalTime().date(), QLocale::LongFormat));
    Q_EMIT message(done);
    // Where what was replaced is kept, said whole where it cannot be missed.
    Ask::question(m_window, tr("Restore from a Backup"),
                  done + u' ' +
                      tr("What you had before is kept, as a backup of its own, in %1.")
                          .arg(QDir::toNativeSeparators(kept)),
                  tr("To go back to it, restore that file."), {{Ask::Answer::Ok, tr("OK")}});
    return true;
}

} // namespace nextsteps
