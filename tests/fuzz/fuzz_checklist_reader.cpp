// Fuzzes the checklist file reader with arbitrary bytes. Beyond "never crash", it checks that
// whatever the reader accepts, the writer writes back in a form that reads the same.
#include "core/checklist/ChecklistFormat.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using nextsteps::ChecklistFormat;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_checklist_reader";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app)

    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ChecklistFormat::ParseResult result = ChecklistFormat::parse(bytes);
    if (!result.ok)
        return 0;
    const QByteArray written = ChecklistFormat::serialize(result.data);
    const ChecklistFormat::ParseResult again = ChecklistFormat::parse(written);
    if (!again.ok || again.skipped != 0 || again.data != result.data)
        std::abort();
    return 0;
}
