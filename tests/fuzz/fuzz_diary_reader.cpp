// Fuzzes the diary's reader (the section "symptomDiary" of the list's file) with arbitrary
// bytes. Beyond "never crash": whatever it reads, written back and read again, is the same.
#include "core/diary/SymptomDiary.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using nextsteps::SymptomDiary;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_diary_reader";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app)

    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    int skipped = 0;
    const SymptomDiary diary = SymptomDiary::fromJson(document.object(), &skipped);
    if (diary.newerVersion)
        return 0; // shown, never written back
    int again = 0;
    const SymptomDiary back = SymptomDiary::fromJson(diary.toJson(), &again);
    if (again != 0 || back != diary)
        std::abort();
    return 0;
}
