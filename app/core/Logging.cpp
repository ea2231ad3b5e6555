#include "core/Logging.h"

namespace nextsteps {
// Debug and info messages are off unless turned on: only warnings print by default.
Q_LOGGING_CATEGORY(lcGuide, "nextsteps.guide", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChecklist, "nextsteps.checklist", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPrint, "nextsteps.print", QtWarningMsg)
} // namespace nextsteps
