#pragma once

#include <QJsonObject>
#include <QString>

namespace nextsteps {

// What emergency staff must know at once, kept in the list's file as the section SectionName:
// how the person breathes (through the neck, or with a tracheostomy, and the tube), allergies,
// who speaks for them, where their POLST is, and anything else. Printed on the emergency sheet
// with the medicines, the immunotherapy and the care team the list already has.
struct EmergencyInfo
{
    static const QString SectionName; // "emergencyInfo"
    static constexpr int Version = 1;

    enum class Airway { NotSaid, NeckBreather, Tracheostomy };
    Airway airway = Airway::NotSaid;
    QString name; // whose sheet it is (the wallet card's name when not given here)
    QString tube; // type and size, in the person's words
    QString allergies;
    QString speaksName;
    QString speaksPhone;
    QString polstWhere;
    QString notes;
    bool newerVersion = false; // written by a newer version: shown, never written over

    bool breathesThroughNeck() const { return airway != Airway::NotSaid; }
    bool isEmpty() const;
    bool operator==(const EmergencyInfo &other) const;
    bool operator!=(const EmergencyInfo &other) const { return !(*this == other); }

    QJsonObject toJson() const;
    // Reads what it can; a field of another type is left out and counted in *skipped.
    static EmergencyInfo fromJson(const QJsonObject &object, int *skipped = nullptr);
};

} // namespace nextsteps
