#include "core/summary/TreatmentSummary.h"

#include "core/checklist/ChecklistFormat.h"

#include <QJsonArray>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace nextsteps {

const QString TreatmentSummary::SectionName = u"treatmentSummary"_s;

namespace {

// The text fields, by their names in the file.
std::array<std::pair<QLatin1StringView, QString TreatmentSummary::*>, 10> summaryFields()
{
    return {{{QLatin1StringView("name"), &TreatmentSummary::name},
             {QLatin1StringView("started"), &TreatmentSummary::started},
             {QLatin1StringView("found"), &TreatmentSummary::found},
             {QLatin1StringView("spread"), &TreatmentSummary::spread},
             {QLatin1StringView("hpv"), &TreatmentSummary::hpv},
             {QLatin1StringView("pdl1"), &TreatmentSummary::pdl1},
             {QLatin1StringView("otherTests"), &TreatmentSummary::otherTests},
             {QLatin1StringView("sideEffects"), &TreatmentSummary::sideEffects},
             {QLatin1StringView("allergies"), &TreatmentSummary::allergies},
             {QLatin1StringView("dailyLife"), &TreatmentSummary::dailyLife}}};
}

std::array<std::pair<QLatin1StringView, QString Treatment::*>, 5> treatmentFields()
{
    return {{{QLatin1StringView("what"), &Treatment::what},
             {QLatin1StringView("from"), &Treatment::from},
             {QLatin1StringView("to"), &Treatment::to},
             {QLatin1StringView("howItWent"), &Treatment::howItWent},
             {QLatin1StringView("whyStopped"), &Treatment::whyStopped}}};
}

} // namespace

bool Treatment::isEmpty() const
{
    for (const auto &[key, field] : treatmentFields()) {
        if (!(this->*field).trimmed().isEmpty())
            return false;
    }
    return true;
}

bool Treatment::operator==(const Treatment &other) const
{
    return what == other.what && from == other.from && to == other.to &&
           howItWent == other.howItWent && whyStopped == other.whyStopped;
}

bool TreatmentSummary::isEmpty() const
{
    for (const auto &[key, field] : summaryFields()) {
        if (!(this->*field).trimmed().isEmpty())
            return false;
    }
    return treatments.isEmpty();
}

bool TreatmentSummary::operator==(const TreatmentSummary &other) const
{
    for (const auto &[key, field] : summaryFields()) {
        if (this->*field != other.*field)
            return false;
    }
    return treatments == other.treatments;
}

QJsonObject TreatmentSummary::toJson() const
{
    QJsonObject object;
    for (const auto &[key, field] : summaryFields()) {
        if (!(this->*field).isEmpty())
            object.insert(key, ChecklistFormat::cleanText(this->*field));
    }
    QJsonArray list;
    for (const Treatment &treatment : treatments) {
        QJsonObject entry;
        for (const auto &[key, field] : treatmentFields()) {
            if (!(treatment.*field).isEmpty())
                entry.insert(key, ChecklistFormat::cleanText(treatment.*field));
        }
        list.append(entry);
    }
    if (!list.isEmpty())
        object.insert(u"treatments"_s, list);
    return object;
}

TreatmentSummary TreatmentSummary::fromJson(const QJsonObject &object, int *skipped)
{
    int left = 0;
    TreatmentSummary summary;
    for (const auto &[key, field] : summaryFields()) {
        if (!ChecklistFormat::readSectionText(object, key, &(summary.*field)))
            ++left;
    }
    const QJsonValue treatments = object.value(u"treatments"_s);
    if (!treatments.isUndefined() && !treatments.isNull() && !treatments.isArray())
        ++left;
    for (const QJsonValue &entry : treatments.toArray()) {
        Treatment treatment;
        bool whole = entry.isObject();
        const QJsonObject fields = entry.toObject();
        for (const auto &[key, field] : treatmentFields())
            whole = whole && ChecklistFormat::readSectionText(fields, key, &(treatment.*field));
        if (whole && !treatment.isEmpty())
            summary.treatments.append(treatment);
        else if (!whole)
            ++left;
    }
    if (skipped)
        *skipped += left;
    return summary;
}

QStringList TreatmentSummary::hpvResults()
{
    return {u"positive"_s, u"negative"_s, u"notTested"_s, u"unknown"_s};
}

QString TreatmentSummary::hpvName(const QString &result)
{
    if (result == u"positive")
        return tr("Positive");
    if (result == u"negative")
        return tr("Negative");
    if (result == u"notTested")
        return tr("Not tested");
    if (result == u"unknown")
        return tr("I don’t know");
    return result;
}

QStringList TreatmentSummary::reasons()
{
    return {u"finished"_s, u"stoppedWorking"_s, u"sideEffects"_s, u"myChoice"_s};
}

QString TreatmentSummary::reasonName(const QString &reason)
{
    if (reason == u"finished")
        return tr("It was finished as planned");
    if (reason == u"stoppedWorking")
        return tr("It stopped working");
    if (reason == u"sideEffects")
        return tr("Side effects");
    if (reason == u"myChoice")
        return tr("My choice");
    return reason;
}

} // namespace nextsteps
