#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace pulsedesk {

/// Replaces a small file as a whole: writes a temporary file beside it, flushes it to disk, then renames it
/// over the old one, so a crash or power loss leaves either the old content or the new, never half of it.
namespace AtomicFile {

Status write(const QString& path, const QByteArray& content);

} // namespace AtomicFile

} // namespace pulsedesk
