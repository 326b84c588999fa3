// libFuzzer target: one MQTT payload through MessageParser, as the ingest pipeline hands it over.
#include "ingest/MessageParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

// 2026-01-01T00:00:00Z: a fixed clock keeps every run of an input the same.
constexpr qint64 NowMs = 1'767'225'600'000;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray payload(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)pulsedesk::MessageParser::parse(payload, NowMs);
    const QTimeZone zone("Europe/Rome");
    (void)pulsedesk::MessageParser::parseFlatObject(payload, QStringLiteral("dev-1"), NowMs, &zone);
    return 0;
}
