#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace pulsedesk {

/// A SHA-256 digest computed piece by piece (OpenSSL, with the processor's SHA instructions where there are any),
/// for data that is hashed while it is read rather than in a pass of its own.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    /// Starts again, as if nothing had been added.
    void restart();
    void add(QByteArrayView bytes);
    /// The 32-byte digest of everything added since the start; an error if OpenSSL failed on the way.
    Result<QByteArray> result() const;

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    bool m_failed = false;
};

} // namespace pulsedesk
