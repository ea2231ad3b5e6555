#pragma once

#include <QLoggingCategory>

// One logging category per area of the core. Warnings only, and only for what goes wrong with a
// file (a list that cannot be read or saved, a lock that cannot be taken, a guide file missing,
// a printout refused): a normal run prints nothing. Turn one on or off with QT_LOGGING_RULES,
// e.g. "nextsteps.checklist.warning=false".
namespace nextsteps {
Q_DECLARE_LOGGING_CATEGORY(lcGuide)
Q_DECLARE_LOGGING_CATEGORY(lcChecklist)
Q_DECLARE_LOGGING_CATEGORY(lcPrint)
} // namespace nextsteps
