#pragma once

#include <QDateTime>
#include <QStringView>

// Times in the checklist file: ISO 8601 in UTC with milliseconds ("2026-11-27T09:30:15.250Z"),
// written and read by hand. QDateTime's general-purpose conversions cost more than the rest of
// the file together.
namespace nextsteps::IsoUtc {

// Only times with a four-digit year are kept: anything else is not a time this app wrote, and
// could not be written back the same way.
bool isStorable(const QDateTime &dateTime);

constexpr int Length = 24; // characters, always

// Writes the time as Length characters at out; it must be storable.
void write(char *out, const QDateTime &dateTime);

// Reads what write() writes, and any other ISO 8601 time QDateTime can read; an invalid
// QDateTime when there is none, or it is not storable.
QDateTime parse(QStringView text);

} // namespace nextsteps::IsoUtc
