#pragma once

#include "core/backup/Backup.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace nextsteps {

class AutoSaver;
class ChecklistModel;

// File > Back Up Everything…: the list (saved first), its past lists, what other rooms keep in
// it, the copies kept beside it and the settings, in one file the person places (it holds
// health information: they are told). File > Restore from a Backup…: what the backup holds and
// when it was made, then, if the person says so, a backup of what is here now kept beside the
// list, the backup's files put in place, the list read again and the settings applied
// (settingsRestored). A damaged, cut-short or newer backup is refused and changes nothing.
class BackupKeeper : public QObject
{
    Q_OBJECT

public:
    BackupKeeper(ChecklistModel *model, AutoSaver *saver, QWidget *window);

    void backUp();
    void restore();
    // The restore itself, once a file is chosen (tests call it): true when restored.
    bool restoreFrom(const QString &path);

    // What a backup holds, line by line, in plain words.
    static QStringList describe(const Backup::Contents &contents);
    // The settings a backup carries: every value JSON can hold (not the window's place on a
    // screen, which belongs to the computer).
    static QJsonObject settingsNow();
    static void applySettings(const QJsonObject &settings);

Q_SIGNALS:
    // Before anything is collected: the window puts what it remembers into the settings.
    void aboutToCollect();
    void message(const QString &text);
    // Something the person asked for did not happen: shown where it cannot be missed.
    void problem(const QString &text);
    // The backup's settings are in place: the window takes them up (language, theme, size).
    void settingsRestored();

private:
    ChecklistModel *m_model;
    AutoSaver *m_saver;
    QWidget *m_window;
};

} // namespace nextsteps
