// Fuzzes the checklist file reader with arbitrary bytes. Beyond "never crash", it checks two
// properties:
// - whatever the reader accepts, the writer writes back in a form that reads the same;
// - whatever the fast reader accepts, it reads exactly as the checked (QJsonDocument) reader.
#include "ChecklistFastReader.h"
#include "ChecklistFormat.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using nextsteps::ChecklistFastReader;
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

    if (const auto fast = ChecklistFastReader::read(bytes)) {
        const ChecklistFormat::ParseResult checked = ChecklistFormat::parseChecked(bytes);
        if (!checked.ok || checked.skipped != 0 || checked.version != fast->version ||
            checked.data != fast->data || !fast->problem.isEmpty())
            std::abort();
    }

    const ChecklistFormat::ParseResult result = ChecklistFormat::parse(bytes);
    if (!result.ok)
        return 0;
    const QByteArray written = ChecklistFormat::serialize(result.data);
    const ChecklistFormat::ParseResult again = ChecklistFormat::parse(written);
    if (!again.ok || again.skipped != 0 || again.data != result.data)
        std::abort();
    // What the app writes, the fast reader reads.
    if (!ChecklistFastReader::read(written))
        std::abort();
    return 0;
}
