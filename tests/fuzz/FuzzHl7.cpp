// libFuzzer target: bytes from a hospital's interface engine, as the ADT listener takes them: cut into frames by
// the MLLP framer (in chunks of a size the input chooses, as TCP delivers them), each frame read as an HL7 v2
// message, every field of it read, the message written again and read back, and the acknowledgement built.
#include "interfaces/Hl7Message.h"
#include "interfaces/Mllp.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

void readMessage(const QByteArray& bytes)
{
    auto message = pulsedesk::hl7::Message::parse(bytes);
    if (!message)
        return;
    for (const auto& segment : message->segments()) {
        for (int field = 1; field < segment.fields.size() && field <= 30; ++field) {
            const int repetitions = message->repetitions(segment, field);
            for (int repetition = 1; repetition <= repetitions && repetition <= 4; ++repetition)
                for (int component = 1; component <= 3; ++component)
                    (void)message->value(segment, {field, component, 1, repetition});
        }
    }
    (void)pulsedesk::hl7::parseTimestamp(message->value(QStringLiteral("MSH"), {7}));
    (void)pulsedesk::hl7::parseTimestamp(message->value(QStringLiteral("PID"), {7}));
    const QByteArray again = message->encode();
    (void)pulsedesk::hl7::Message::parse(again);
    pulsedesk::hl7::AckInput ack;
    ack.code = QStringLiteral("AE");
    ack.text = message->messageType();
    ack.controlId = QStringLiteral("ACK-1");
    (void)pulsedesk::hl7::acknowledge(message.value(), ack).encode();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    readMessage(bytes);
    // The same bytes as a stream: chunks of 1 to 64 bytes, the size taken from the first byte.
    const qsizetype chunk = size > 0 ? (data[0] % 64) + 1 : 1;
    pulsedesk::hl7::MllpFramer framer(64 * 1024);
    for (qsizetype at = 0; at < bytes.size() && !framer.failed(); at += chunk) {
        framer.feed(bytes.mid(at, chunk));
        for (const QByteArray& frame : framer.takeFrames())
            readMessage(frame);
    }
    return 0;
}
