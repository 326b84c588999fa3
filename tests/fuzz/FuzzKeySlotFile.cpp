// libFuzzer target: the key slot file beside the database, as KeySlotFile::load() reads it from disk.
#include "security/KeySlotFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("keyslots.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    const auto loaded = pulsedesk::KeySlotFile::load(path);
    if (loaded) {
        (void)loaded->hasSlot(QStringLiteral("nurse"));
        (void)loaded->databaseId();
    }
    return 0;
}
