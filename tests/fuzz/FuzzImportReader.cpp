// libFuzzer target: one import format's reader on a whole file. Built once per format, which
// PULSEDESK_FUZZ_FORMAT names (an ImportFormat enumerator).
#include "import/ImportFormat.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

using namespace pulsedesk;

/// Takes everything and keeps nothing; checks what a reader hands over.
class CountingSink : public RecordSink
{
public:
    bool record(ImportRecord&& record) override
    {
        if (record.line < 0 || record.column < 0)
            __builtin_trap();
        return true;
    }
    bool reject(ImportRejection&& rejection) override
    {
        if (rejection.reason.isEmpty() || rejection.raw.size() > 64 * 1024)
            __builtin_trap();
        return true;
    }
    void deviceAliases(const QString&, const QStringList&) override { }
    void note(const QString&) override { }
    void skipped(const QString&) override { }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)ImportFormats::detect(QStringLiteral("upload.json"), bytes.left(4096));

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ReaderOptions options;
    options.zone = QTimeZone("Europe/Rome");
    options.nowMs = 1'767'225'600'000; // 2026-01-01T00:00:00Z, fixed so that every run is the same
    CountingSink sink;
    (void)readRecords(ImportFormat::PULSEDESK_FUZZ_FORMAT, buffer, options, sink);
    return 0;
}
