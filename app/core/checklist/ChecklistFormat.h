#pragma once

#include "core/checklist/ChecklistData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace nextsteps {

// The checklist file format: JSON, UTF-8, with a format name and an integer version, read and
// written with Qt's JSON classes. The reader checks everything, keeps what it can of a damaged
// file and reads newer versions' files where it can. Older versions are migrated forward here,
// one step at a time. Version 2 added the lists beside the questions (toTell, medicines,
// careTeam, immunotherapy) and the visit's time, place and what to bring: a version 1 app would
// drop them on saving, so it must see a newer version and leave the file alone. Version 3 added
// the sections other rooms keep in the file (the treatment summary), for the same reason.
class ChecklistFormat
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::ChecklistFormat)

public:
    static constexpr int CurrentVersion = 3;
    // The largest file read. The store never saves a larger one (it says so long before), so
    // that the app never writes a list it then refuses to open.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
    static const QString FormatName;

    struct ParseResult
    {
        bool ok = false;
        int version = 0;
        ChecklistData data;
        int skipped = 0; // entries of the wrong shape that were left out
        QString problem; // why the file could not be read, in plain words
    };

    // Half of a surrogate pair on its own (JSON's "\ud800") is no character: UTF-8 cannot hold
    // it. Readers and the writer alike turn it into U+FFFD, so text reads back as it was saved.
    static QString withoutLoneSurrogates(const QString &text);
    // What a person's text is kept as, read or typed: withoutLoneSurrogates(); every line end
    // ("\r\n", a lone "\r", U+2028, U+2029) as "\n", as the text boxes show it (so that just
    // showing a text never changes it); and no explicit bidirectional controls (U+202A-U+202E,
    // U+2066-U+2069), which would run on past the text and turn the app's own words around it
    // backwards ("how bad: 5 of 10"). Right-to-left writing itself reads as it should without
    // them.
    static QString cleanText(const QString &text);
    // A room's text field (a section of the list's file) into *out, cleaned: false when it is
    // there with another type (*out is then left as it was); true when it is a text or absent.
    static bool readSectionText(const QJsonObject &object, const QString &key, QString *out);

    static QByteArray serialize(const ChecklistData &data);
    // Reads any file: keeps the questions it can, counts the ones it left out, says in plain
    // words what is wrong.
    static ParseResult parse(const QByteArray &bytes);
};

} // namespace nextsteps
