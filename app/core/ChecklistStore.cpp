#include "ChecklistStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace nextsteps {

const QString ChecklistStore::FormatName = u"nextsteps-checklist"_s;

namespace {

std::function<bool()> &beforeCommitHook()
{
    static std::function<bool()> hook;
    return hook;
}

QJsonObject appointmentToJson(const Appointment &appointment)
{
    QJsonObject object;
    if (appointment.date.isValid())
        object.insert(u"date"_s, appointment.date.toString(Qt::ISODate));
    object.insert(u"with"_s, appointment.with);
    return object;
}

QJsonArray itemsToJson(const QList<ChecklistItem> &items)
{
    QJsonArray array;
    for (const ChecklistItem &item : items) {
        QJsonObject object{{u"text"_s, item.text},
                           {u"asked"_s, item.asked},
                           {u"important"_s, item.important},
                           {u"answer"_s, item.answer}};
        if (!item.topicId.isEmpty())
            object.insert(u"topicId"_s, item.topicId);
        if (!item.questionId.isEmpty())
            object.insert(u"questionId"_s, item.questionId);
        if (item.created.isValid())
            object.insert(u"created"_s, item.created.toString(Qt::ISODateWithMs));
        array.append(object);
    }
    return array;
}

// Optional fields must have the right type when present.
bool optionalString(const QJsonObject &object, const QString &key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

bool optionalBool(const QJsonObject &object, const QString &key, bool *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isBool())
        return false;
    *out = value.toBool();
    return true;
}

bool itemFromJson(const QJsonValue &value, ChecklistItem *item)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    if (!object.value(u"text"_s).isString())
        return false;
    item->text = object.value(u"text"_s).toString().trimmed();
    QString created;
    const bool typesOk = optionalBool(object, u"asked"_s, &item->asked) &&
                         optionalBool(object, u"important"_s, &item->important) &&
                         optionalString(object, u"answer"_s, &item->answer) &&
                         optionalString(object, u"topicId"_s, &item->topicId) &&
                         optionalString(object, u"questionId"_s, &item->questionId) &&
                         optionalString(object, u"created"_s, &created);
    if (!typesOk || item->text.isEmpty())
        return false;
    item->created = QDateTime::fromString(created, Qt::ISODateWithMs);
    return true;
}

QList<ChecklistItem> itemsFromJson(const QJsonValue &value, int *skipped)
{
    QList<ChecklistItem> items;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        ChecklistItem item;
        if (itemFromJson(entry, &item))
            items.append(item);
        else
            ++*skipped;
    }
    return items;
}

bool appointmentFromJson(const QJsonValue &value, Appointment *appointment)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    QString date;
    if (!optionalString(object, u"date"_s, &date) ||
        !optionalString(object, u"with"_s, &appointment->with))
        return false;
    appointment->date = QDate::fromString(date, Qt::ISODate);
    return date.isEmpty() || appointment->date.isValid();
}

} // namespace

QString ChecklistStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/checklist.json"_s;
}

QByteArray ChecklistStore::serialize(const ChecklistData &data)
{
    QJsonArray archive;
    for (const ArchivedList &list : data.archive) {
        archive.append(QJsonObject{
            {u"archivedAt"_s, list.archivedAt.toString(Qt::ISODateWithMs)},
            {u"appointment"_s, appointmentToJson(list.appointment)},
            {u"questions"_s, itemsToJson(list.items)},
        });
    }
    const QJsonObject root{
        {u"format"_s, FormatName},
        {u"version"_s, CurrentVersion},
        {u"appointment"_s, appointmentToJson(data.appointment)},
        {u"questions"_s, itemsToJson(data.items)},
        {u"archive"_s, archive},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ChecklistStore::ParseResult ChecklistStore::parse(const QByteArray &bytes)
{
    ParseResult result;
    if (bytes.trimmed().isEmpty()) {
        result.problem = tr("The file is empty.");
        return result;
    }
    if (bytes.size() > MaxFileSize) {
        result.problem = tr("The file is far too large to be a list of questions.");
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        result.problem = tr("The file is not plain text (UTF-8).");
        return result;
    }
    Q_UNUSED(text)

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::DeepNesting) {
        result.problem = tr("The file is damaged: it is nested far too deeply.");
        return result;
    }
    if (error.error != QJsonParseError::NoError) {
        result.problem = tr("The file is damaged or cut short (%1 at character %2).")
                             .arg(error.errorString())
                             .arg(error.offset);
        return result;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != FormatName) {
        result.problem = tr("The file is not a Next Steps question list.");
        return result;
    }
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) ||
        version.toInt() < 1) {
        result.problem = tr("The file has no valid version number.");
        return result;
    }
    result.version = version.toInt();

    // Migrations from older versions go here, one step at a time (version N to N + 1), before
    // the current shape is read. Version 1 is the first, so there is nothing to migrate yet.

    const QJsonValue questions = root.value(u"questions"_s);
    if (!questions.isArray()) {
        result.problem = tr("The file does not hold a list of questions.");
        return result;
    }
    result.data.items = itemsFromJson(questions, &result.skipped);
    if (!appointmentFromJson(root.value(u"appointment"_s), &result.data.appointment)) {
        result.data.appointment = {};
        ++result.skipped;
    }
    const QJsonValue archive = root.value(u"archive"_s);
    if (!archive.isUndefined() && !archive.isArray())
        ++result.skipped;
    for (const QJsonValue &entry : archive.toArray()) {
        const QJsonObject object = entry.toObject();
        ArchivedList list;
        if (!entry.isObject() || !object.value(u"questions"_s).isArray() ||
            !appointmentFromJson(object.value(u"appointment"_s), &list.appointment)) {
            ++result.skipped;
            continue;
        }
        list.archivedAt =
            QDateTime::fromString(object.value(u"archivedAt"_s).toString(), Qt::ISODateWithMs);
        list.items = itemsFromJson(object.value(u"questions"_s), &result.skipped);
        result.data.archive.append(list);
    }
    result.ok = true;
    return result;
}

QString ChecklistStore::keepAside(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmmss"_s);
    const QString base = info.dir().filePath(info.completeBaseName() + u".unreadable-"_s + stamp);
    QString target = base + u".json"_s;
    for (int n = 2; QFileInfo::exists(target) && n < 1000; ++n)
        target = base + u'-' + QString::number(n) + u".json"_s;
    QFile source(path);
    if (!source.copy(target)) { // QFile::copy never overwrites an existing file
        if (error)
            *error = source.errorString();
        return {};
    }
    return target;
}

ChecklistStore::LoadResult ChecklistStore::loadFromFile(const QString &path)
{
    LoadResult result;
    QFile file(path);
    if (!file.exists()) {
        result.status = LoadResult::Status::NoFile;
        return result;
    }

    ParseResult parsed;
    if (QFileInfo(path).isDir()) {
        result.status = LoadResult::Status::Unreadable;
        // Nothing there to protect: saving will fail, say so, and keep trying.
        result.problem = tr("There is a folder where the list should be.");
        return result;
    }
    if (file.size() > MaxFileSize) {
        parsed.problem = tr("The file is far too large to be a list of questions.");
    } else if (!file.open(QIODevice::ReadOnly)) {
        result.status = LoadResult::Status::Unreadable;
        result.problem = tr("The file could not be opened: %1").arg(file.errorString());
        result.readOnly = true; // we cannot copy it aside, so we must not write over it
        return result;
    } else {
        parsed = parse(file.readAll());
        file.close();
    }

    if (parsed.ok && parsed.version > CurrentVersion) {
        result.status = LoadResult::Status::NewerVersion;
        result.data = parsed.data;
        result.readOnly = true;
        return result;
    }
    if (parsed.ok && parsed.skipped == 0) {
        result.status = LoadResult::Status::Loaded;
        result.data = parsed.data;
        return result;
    }

    // Something is wrong: keep the original bytes before anything can write over them.
    QString copyError;
    result.keptAsidePath = keepAside(path, &copyError);
    result.status = parsed.ok ? LoadResult::Status::PartlyLoaded : LoadResult::Status::Unreadable;
    result.skipped = parsed.skipped;
    result.problem = parsed.problem;
    if (parsed.ok)
        result.data = parsed.data;
    if (result.keptAsidePath.isEmpty()) {
        result.readOnly = true;
        result.problem +=
            u' ' + tr("A copy could not be made (%1), so the file is left as it is and "
                      "changes will not be saved over it.")
                       .arg(copyError);
    }
    return result;
}

QString ChecklistStore::LoadResult::message() const
{
    switch (status) {
    case Status::Loaded:
    case Status::NoFile:
        return {};
    case Status::PartlyLoaded:
        return (skipped == 1
                    ? ChecklistStore::tr("Some of your saved list could not be read: 1 entry was "
                                         "damaged and left out.")
                    : ChecklistStore::tr(
                          "Some of your saved list could not be read: %1 entries were "
                          "damaged and left out.")
                          .arg(skipped)) +
               u' ' +
               ChecklistStore::tr(
                   "Everything else is here. A copy of the original file is kept at %1.")
                   .arg(keptAsidePath);
    case Status::Unreadable:
        if (keptAsidePath.isEmpty())
            return ChecklistStore::tr("Your saved list could not be opened. %1").arg(problem);
        return ChecklistStore::tr(
                   "Your saved list could not be opened. %1 Nothing has been deleted: a copy of "
                   "the file is kept at %2. You are starting with an empty list.")
            .arg(problem, keptAsidePath);
    case Status::NewerVersion:
        return ChecklistStore::tr(
            "This list was saved by a newer version of Next Steps. You can read it here, "
            "but changes will not be saved, so that nothing in it is lost. Please update "
            "Next Steps to edit it.");
    }
    return {};
}

bool ChecklistStore::saveToFile(const QString &path, const ChecklistData &data, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("There is a folder where the list should be saved (%1).").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("The folder %1 could not be created.").arg(info.absolutePath()));

    const QByteArray bytes = serialize(data);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("The file could not be opened for saving: %1").arg(file.errorString()));
#ifdef Q_OS_UNIX
    // Health information: readable by this user only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(tr("The list could not be written: %1").arg(why));
    }
    if (beforeCommitHook() && !beforeCommitHook()()) {
        file.cancelWriting();
        file.commit();
        return fail(tr("Saving was interrupted."));
    }
    if (!file.commit())
        return fail(tr("The list could not be saved: %1").arg(file.errorString()));
    return true;
}

bool ChecklistStore::writeText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ChecklistStore::setBeforeCommitHookForTesting(std::function<bool()> hook)
{
    beforeCommitHook() = std::move(hook);
}

} // namespace nextsteps
