// libFuzzer target: the JSON stream reader every JSON import format walks its file with.
#include "import/JsonStream.h"

#include <QBuffer>
#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using pulsedesk::JsonStream;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    JsonStream stream(buffer, {QStringLiteral("samples"), QStringLiteral("entry")});
    (void)stream.header();
    (void)stream.headers();
    (void)stream.elements([](const JsonStream::Element& element) {
        if (element.isEmptyArray())
            return true;
        QJsonParseError error {};
        (void)QJsonDocument::fromJson(element.bytes, &error);
        if (error.error != QJsonParseError::NoError)
            (void)JsonStream::elementError(element, error.offset, error.errorString());
        return true;
    });
    return 0;
}
