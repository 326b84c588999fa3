#pragma once

#include "common/Result.h"
#include "import/ImportFormat.h"

#include <QIODevice>

#include <functional>

namespace pulsedesk {

/// Reads `file` on a thread of its own and hands what it finds to `sink` on this one, in file order, until the
/// file ends or the sink says stop: on two cores, parsing and storing (or looking up) nearly halve the time.
/// `afterBatch` hears, after each batch of a few thousand records, how far the file was read and how many
/// records were handed over.
Status readBeside(ImportFormat format, QIODevice& file, const ReaderOptions& options, RecordSink& sink,
                  const std::function<void(qint64 position, qint64 records)>& afterBatch);

} // namespace pulsedesk
