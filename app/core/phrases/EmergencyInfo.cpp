#include "core/phrases/EmergencyInfo.h"

#include "core/checklist/ChecklistFormat.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace nextsteps {

const QString EmergencyInfo::SectionName = u"emergencyInfo"_s;

namespace {

std::array<std::pair<QLatin1StringView, QString EmergencyInfo::*>, 7> textFields()
{
    return {{{QLatin1StringView("name"), &EmergencyInfo::name},
             {QLatin1StringView("tube"), &EmergencyInfo::tube},
             {QLatin1StringView("allergies"), &EmergencyInfo::allergies},
             {QLatin1StringView("speaksName"), &EmergencyInfo::speaksName},
             {QLatin1StringView("speaksPhone"), &EmergencyInfo::speaksPhone},
             {QLatin1StringView("polstWhere"), &EmergencyInfo::polstWhere},
             {QLatin1StringView("notes"), &EmergencyInfo::notes}}};
}

} // namespace

bool EmergencyInfo::isEmpty() const
{
    for (const auto &[key, field] : textFields()) {
        if (!(this->*field).trimmed().isEmpty())
            return false;
    }
    return airway == Airway::NotSaid;
}

bool EmergencyInfo::operator==(const EmergencyInfo &other) const
{
    for (const auto &[key, field] : textFields()) {
        if (this->*field != other.*field)
            return false;
    }
    return airway == other.airway && newerVersion == other.newerVersion;
}

QJsonObject EmergencyInfo::toJson() const
{
    if (isEmpty())
        return {};
    QJsonObject object{{u"version"_s, Version}};
    if (airway == Airway::NeckBreather)
        object.insert(u"airway"_s, u"neck"_s);
    else if (airway == Airway::Tracheostomy)
        object.insert(u"airway"_s, u"tracheostomy"_s);
    for (const auto &[key, field] : textFields()) {
        if (!(this->*field).isEmpty())
            object.insert(key, ChecklistFormat::cleanText(this->*field));
    }
    return object;
}

EmergencyInfo EmergencyInfo::fromJson(const QJsonObject &object, int *skipped)
{
    EmergencyInfo info;
    int left = 0;
    info.newerVersion = object.value(u"version"_s).toDouble() > Version;
    const QJsonValue airway = object.value(u"airway"_s);
    if (airway == QJsonValue(u"neck"_s))
        info.airway = Airway::NeckBreather;
    else if (airway == QJsonValue(u"tracheostomy"_s))
        info.airway = Airway::Tracheostomy;
    else if (!airway.isUndefined() && !airway.isNull())
        ++left;
    for (const auto &[key, field] : textFields()) {
        const QJsonValue value = object.value(key);
        if (value.isString())
            info.*field = ChecklistFormat::cleanText(value.toString());
        else if (!value.isUndefined() && !value.isNull())
            ++left;
    }
    if (skipped)
        *skipped += left;
    return info;
}

} // namespace nextsteps
