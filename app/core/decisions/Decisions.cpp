#include "core/decisions/Decisions.h"

#include "core/checklist/ChecklistFormat.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace nextsteps {

const QString WhatMatters::SectionName = u"whatMatters"_s;
const QString WhereIStand::SectionName = u"whereIStand"_s;
const QString WhereIStand::NotSure = u"notSure"_s;
const QString MyWishes::SectionName = u"myWishes"_s;

namespace {

QString clean(const QString &text)
{
    return ChecklistFormat::cleanText(text).trimmed();
}

void putText(QJsonObject *object, const QString &key, const QString &text)
{
    if (const QString cleaned = clean(text); !cleaned.isEmpty())
        object->insert(key, cleaned);
}

bool isNewer(const QJsonObject &object, int version)
{
    return object.value(u"version"_s).toDouble() > version;
}

// A rating 1-4 into *out: false when it is there and is not one.
bool readLevel(const QJsonObject &object, const QString &key, int *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    const double level = value.toDouble(-1);
    if (level != int(level) || level < 1 || level > WhatMatters::MostOfAll)
        return false;
    *out = int(level);
    return true;
}

const std::array<std::pair<QLatin1StringView, MyWishes::Have>, 3> HaveNames{
    {{QLatin1StringView("yes"), MyWishes::Have::Yes},
     {QLatin1StringView("no"), MyWishes::Have::No},
     {QLatin1StringView("notSure"), MyWishes::Have::NotSure}}};

void putHave(QJsonObject *object, const QString &key, MyWishes::Have have)
{
    for (const auto &[name, value] : HaveNames) {
        if (value == have)
            object->insert(key, QString(name));
    }
}

bool readHave(const QJsonObject &object, const QString &key, MyWishes::Have *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    for (const auto &[name, have] : HaveNames) {
        if (value == QJsonValue(QString(name))) {
            *out = have;
            return true;
        }
    }
    return false;
}

} // namespace

bool MattersItem::operator==(const MattersItem &other) const
{
    return id == other.id && own == other.own && me == other.me && partner == other.partner;
}

QStringList WhatMatters::builtinIds()
{
    // Length of life and comfort side by side near the top: the list leans neither way.
    return {u"home"_s,     u"longer"_s,    u"comfort"_s, u"tryTreatment"_s, u"eating"_s,
            u"speaking"_s, u"breathing"_s, u"alert"_s,   u"hospital"_s,     u"family"_s,
            u"selfCare"_s, u"looks"_s,     u"burden"_s,  u"faith"_s,        u"cost"_s};
}

QList<MattersItem> WhatMatters::builtinItems()
{
    QList<MattersItem> items;
    for (const QString &id : builtinIds())
        items.append({id, {}, 0, 0});
    return items;
}

QString WhatMatters::nameOf(const MattersItem &item)
{
    static const QHash<QString, const char *> names{
        {u"home"_s, QT_TR_NOOP("Time at home")},
        {u"eating"_s, QT_TR_NOOP("Eating and drinking by mouth")},
        {u"speaking"_s, QT_TR_NOOP("Being able to speak")},
        {u"breathing"_s, QT_TR_NOOP("Breathing easily")},
        {u"comfort"_s, QT_TR_NOOP("Being comfortable, with little pain")},
        {u"alert"_s, QT_TR_NOOP("Being awake and able to think clearly")},
        {u"longer"_s, QT_TR_NOOP("Living as long as possible")},
        {u"hospital"_s, QT_TR_NOOP("Staying out of the hospital")},
        {u"family"_s, QT_TR_NOOP("Time with family and friends")},
        {u"selfCare"_s, QT_TR_NOOP("Doing things for myself")},
        {u"looks"_s, QT_TR_NOOP("How I look")},
        {u"cost"_s, QT_TR_NOOP("What it costs me and my family")},
        {u"tryTreatment"_s, QT_TR_NOOP("Trying treatments that might control the cancer")},
        {u"burden"_s, QT_TR_NOOP("Not being a burden on my family")},
        {u"faith"_s, QT_TR_NOOP("My faith or beliefs")}};
    if (item.id.isEmpty())
        return item.own;
    const char *name = names.value(item.id);
    return name ? tr(name) : item.id;
}

QString WhatMatters::levelName(int level)
{
    switch (level) {
    case 1:
        return tr("Not important");
    case 2:
        return tr("A little");
    case 3:
        return tr("A lot");
    case 4:
        return tr("Most of all");
    default:
        return {};
    }
}

bool WhatMatters::hasPartner() const
{
    return !partnerName.trimmed().isEmpty() ||
           std::any_of(items.cbegin(), items.cend(), [](const auto &item) { return item.partner; });
}

QStringList WhatMatters::mostOfAll() const
{
    QStringList names;
    for (const MattersItem &item : items) {
        if (item.me == MostOfAll)
            names << nameOf(item);
    }
    return names;
}

bool WhatMatters::isEmpty() const
{
    return toJson().isEmpty();
}

bool WhatMatters::operator==(const WhatMatters &other) const
{
    return items == other.items && partnerName == other.partnerName &&
           newerVersion == other.newerVersion;
}

QJsonObject WhatMatters::toJson() const
{
    QJsonArray array;
    for (const MattersItem &item : items) {
        QJsonObject entry;
        if (!item.id.isEmpty()) {
            if (!item.me && !item.partner)
                continue;
            entry.insert(u"id"_s, item.id);
        } else {
            const QString words = clean(item.own);
            if (words.isEmpty())
                continue;
            entry.insert(u"text"_s, words);
        }
        if (item.me)
            entry.insert(u"me"_s, item.me);
        if (item.partner)
            entry.insert(u"partner"_s, item.partner);
        array.append(entry);
    }
    QJsonObject object;
    putText(&object, u"partnerName"_s, partnerName);
    if (!array.isEmpty())
        object.insert(u"items"_s, array);
    if (!object.isEmpty())
        object.insert(u"version"_s, Version);
    return object;
}

WhatMatters WhatMatters::fromJson(const QJsonObject &object, int *skipped)
{
    WhatMatters matters;
    int left = 0;
    matters.newerVersion = isNewer(object, Version);
    if (!ChecklistFormat::readSectionText(object, u"partnerName"_s, &matters.partnerName))
        ++left;
    const QStringList builtin = builtinIds();
    const QJsonValue items = object.value(u"items"_s);
    if (!items.isUndefined() && !items.isArray())
        ++left;
    for (const QJsonValue &value : items.toArray()) {
        const QJsonObject entry = value.toObject();
        MattersItem item;
        QString id, own;
        const bool read =
            value.isObject() && ChecklistFormat::readSectionText(entry, u"id"_s, &id) &&
            ChecklistFormat::readSectionText(entry, u"text"_s, &own) &&
            readLevel(entry, u"me"_s, &item.me) && readLevel(entry, u"partner"_s, &item.partner);
        const int at = int(builtin.indexOf(id));
        if (!read || (id.isEmpty() == own.isEmpty()) || (!id.isEmpty() && at < 0)) {
            ++left;
            continue;
        }
        if (at >= 0) {
            matters.items[at].me = item.me;
            matters.items[at].partner = item.partner;
        } else {
            item.own = own;
            matters.items.append(item);
        }
    }
    if (skipped)
        *skipped += left;
    return matters;
}

QStringList WhereIStand::checkIds()
{
    return {u"options"_s, u"values"_s, u"support"_s, u"sure"_s};
}

QString WhereIStand::checkQuestion(const QString &id)
{
    if (id == u"options")
        return tr("Do I know what each choice may offer and what it may take?");
    if (id == u"values")
        return tr("Am I clear about what matters most to me?");
    if (id == u"support")
        return tr("Do I have enough help and advice to decide?");
    if (id == u"sure")
        return tr("Do I feel sure about what fits me?");
    return {};
}

QString WhereIStand::checkFollowUp(const QString &id)
{
    if (id == u"options")
        return tr("Can we go over my choices again, with what each may offer and what each may "
                  "take?");
    if (id == u"values")
        return tr("Can we talk about what matters most to me, and how each choice fits it?");
    if (id == u"support")
        return tr("Who can help me and my family think this through?");
    if (id == u"sure")
        return tr("How much time do I have to decide, and what else should I know first?");
    return {};
}

bool WhereIStand::isEmpty() const
{
    return toJson().isEmpty();
}

bool WhereIStand::operator==(const WhereIStand &other) const
{
    return lean == other.lean && checks == other.checks && help == other.help &&
           newerVersion == other.newerVersion;
}

QJsonObject WhereIStand::toJson() const
{
    QJsonObject object;
    putText(&object, u"lean"_s, lean);
    QJsonObject answers;
    const QStringList ids = checkIds();
    for (int i = 0; i < ids.size() && i < checks.size(); ++i) {
        if (checks.at(i) != Answer::NotAnswered)
            answers.insert(ids.at(i), checks.at(i) == Answer::Yes ? u"yes"_s : u"no"_s);
    }
    if (!answers.isEmpty())
        object.insert(u"checks"_s, answers);
    putText(&object, u"help"_s, help);
    if (!object.isEmpty())
        object.insert(u"version"_s, Version);
    return object;
}

WhereIStand WhereIStand::fromJson(const QJsonObject &object, int *skipped)
{
    WhereIStand stand;
    int left = 0;
    stand.newerVersion = isNewer(object, Version);
    if (!ChecklistFormat::readSectionText(object, u"lean"_s, &stand.lean))
        ++left;
    if (!ChecklistFormat::readSectionText(object, u"help"_s, &stand.help))
        ++left;
    const QJsonValue checks = object.value(u"checks"_s);
    if (!checks.isUndefined() && !checks.isObject())
        ++left;
    const QJsonObject answers = checks.toObject();
    const QStringList ids = checkIds();
    for (int i = 0; i < ids.size(); ++i) {
        const QJsonValue answer = answers.value(ids.at(i));
        if (answer == QJsonValue(u"yes"_s))
            stand.checks[i] = Answer::Yes;
        else if (answer == QJsonValue(u"no"_s))
            stand.checks[i] = Answer::No;
        else if (!answer.isUndefined() && !answer.isNull())
            ++left;
    }
    if (skipped)
        *skipped += left;
    return stand;
}

QStringList MyWishes::wishIds()
{
    return {u"hospital"_s, u"breathingMachine"_s, u"feedingTube"_s, u"whereCared"_s, u"other"_s};
}

QString MyWishes::wishLabel(const QString &id)
{
    if (id == u"hospital")
        return tr("About going to the hospital");
    if (id == u"breathingMachine")
        return tr("About a breathing machine");
    if (id == u"feedingTube")
        return tr("About a feeding tube");
    if (id == u"whereCared")
        return tr("Where I would like to be cared for");
    if (id == u"other")
        return tr("Anything else my family and doctors should know");
    return {};
}

QStringList MyWishes::talkIds()
{
    return wishIds() + QStringList{u"proxy"_s, u"papers"_s};
}

QString MyWishes::talkQuestion(const QString &id)
{
    if (id == u"proxy")
        return tr("Can we talk about who should speak for me if I can’t?");
    if (id == u"papers")
        return tr("Can we talk about an advance directive and a POLST for me?");
    if (id == u"hospital")
        return tr("Can we talk about my wishes about going to the hospital?");
    if (id == u"breathingMachine")
        return tr("Can we talk about my wishes about a breathing machine?");
    if (id == u"feedingTube")
        return tr("Can we talk about my wishes about a feeding tube?");
    if (id == u"whereCared")
        return tr("Can we talk about where I would like to be cared for?");
    if (id == u"other")
        return tr("Can we talk about my wishes for my care?");
    return {};
}

QString MyWishes::haveName(Have have)
{
    switch (have) {
    case Have::Yes:
        return tr("Yes");
    case Have::No:
        return tr("No");
    case Have::NotSure:
        return tr("Not sure");
    case Have::NotSaid:
        break;
    }
    return {};
}

bool MyWishes::isEmpty() const
{
    return toJson().isEmpty();
}

bool MyWishes::operator==(const MyWishes &other) const
{
    return name == other.name && speaksName == other.speaksName &&
           speaksPhone == other.speaksPhone && wishes == other.wishes && talk == other.talk &&
           advanceDirective == other.advanceDirective &&
           advanceDirectiveWhere == other.advanceDirectiveWhere && polst == other.polst &&
           polstWhere == other.polstWhere && newerVersion == other.newerVersion;
}

QJsonObject MyWishes::toJson() const
{
    QJsonObject object;
    putText(&object, u"name"_s, name);
    putText(&object, u"speaksName"_s, speaksName);
    putText(&object, u"speaksPhone"_s, speaksPhone);
    const QStringList ids = wishIds();
    QJsonObject said;
    for (int i = 0; i < ids.size(); ++i)
        putText(&said, ids.at(i), wishes.value(i));
    QJsonArray toTalk;
    const QStringList talking = talkIds();
    for (int i = 0; i < talking.size(); ++i) {
        if (talk.value(i))
            toTalk.append(talking.at(i));
    }
    if (!said.isEmpty())
        object.insert(u"wishes"_s, said);
    if (!toTalk.isEmpty())
        object.insert(u"talkAbout"_s, toTalk);
    putHave(&object, u"advanceDirective"_s, advanceDirective);
    putText(&object, u"advanceDirectiveWhere"_s, advanceDirectiveWhere);
    putHave(&object, u"polst"_s, polst);
    putText(&object, u"polstWhere"_s, polstWhere);
    if (!object.isEmpty())
        object.insert(u"version"_s, Version);
    return object;
}

MyWishes MyWishes::fromJson(const QJsonObject &object, int *skipped)
{
    MyWishes wishes;
    int left = 0;
    wishes.newerVersion = isNewer(object, Version);
    for (const auto &[key, field] : std::array<std::pair<QString, QString MyWishes::*>, 5>{
             {{u"name"_s, &MyWishes::name},
              {u"speaksName"_s, &MyWishes::speaksName},
              {u"speaksPhone"_s, &MyWishes::speaksPhone},
              {u"advanceDirectiveWhere"_s, &MyWishes::advanceDirectiveWhere},
              {u"polstWhere"_s, &MyWishes::polstWhere}}}) {
        if (!ChecklistFormat::readSectionText(object, key, &(wishes.*field)))
            ++left;
    }
    if (!readHave(object, u"advanceDirective"_s, &wishes.advanceDirective))
        ++left;
    if (!readHave(object, u"polst"_s, &wishes.polst))
        ++left;
    const QStringList ids = wishIds();
    const QJsonValue said = object.value(u"wishes"_s);
    if (!said.isUndefined() && !said.isObject())
        ++left;
    for (int i = 0; i < ids.size(); ++i) {
        if (!ChecklistFormat::readSectionText(said.toObject(), ids.at(i), &wishes.wishes[i]))
            ++left;
    }
    const QJsonValue toTalk = object.value(u"talkAbout"_s);
    if (!toTalk.isUndefined() && !toTalk.isArray())
        ++left;
    const QStringList talking = talkIds();
    for (const QJsonValue &id : toTalk.toArray()) {
        const int at = int(talking.indexOf(id.toString()));
        if (at < 0)
            ++left;
        else
            wishes.talk[at] = true;
    }
    if (skipped)
        *skipped += left;
    return wishes;
}

} // namespace nextsteps
