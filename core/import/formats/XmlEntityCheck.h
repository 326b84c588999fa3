#pragma once

#include <QIODevice>
#include <QString>

#include <optional>

namespace pulsedesk::readers {

/// Why an XML file is refused before any XML parser sees it, or nothing: parameter entities, a document type over
/// 8 MiB, or internal entities whose expansion could exceed the larger of 64 MiB and 8 times the file (each
/// entity's full expansion, entities inside entities followed, times the references the file has room for).
/// Reads the start of `device` (at its start) and leaves it there again.
std::optional<QString> xmlEntityRefusal(QIODevice& device);

} // namespace pulsedesk::readers
