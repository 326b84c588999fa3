#pragma once

#include "common/Result.h"
#include "security/Sha256.h"

#include <QFile>
#include <QIODevice>

#include <memory>

namespace pulsedesk {

/// A file a nurse chose to import, as its reader sees it.
///
/// * Opened only when it is a regular file: a FIFO, a device such as /dev/zero, a socket or a folder is refused
///   before anything is read, with what it is, so an import can neither wait for ever in open() or read() nor
///   read without end.
/// * Every byte the reader takes is hashed on the way, so the SHA-256 at the end is that of exactly what was
///   parsed. A file changed in place while it was read, at any point, no longer matches the SHA-256 its preview
///   recorded, and the import is undone rather than stored under the original file's name and hash.
class SourceFile : public QIODevice
{
public:
    /// Opens `path` for reading.
    static Result<std::unique_ptr<SourceFile>> open(const QString& path);
    ~SourceFile() override;
    SourceFile(const SourceFile&) = delete;
    SourceFile& operator=(const SourceFile&) = delete;

    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;

    /// Reads what the reader left unread, to the end, and gives the SHA-256 (hex) of the file as it was read.
    Result<QString> finishDigest();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 readLineData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    SourceFile() = default;
    /// Adds the bytes just read at `from` to the digest, if they continue what was hashed.
    void hash(qint64 from, const char* data, qint64 size);

    QFile m_file;
    Sha256 m_digest;
    qint64 m_hashed = 0; ///< bytes from the file's start hashed in order
    bool m_skipped = false; ///< the reader jumped over bytes: they are hashed from the file at the end
};

} // namespace pulsedesk
