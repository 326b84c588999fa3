#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace pulsedesk {

/// A fixed table of enum values and the stable keys they are stored and exchanged under ("high",
/// "severe-tachycardia" ...), read in both directions.
template<typename E, std::size_t N>
using KeyTable = std::array<std::pair<E, const char*>, N>;

template<typename E, std::size_t N>
QString keyOf(const KeyTable<E, N>& table, E value)
{
    for (const auto& [v, key] : table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    Q_UNREACHABLE();
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const KeyTable<E, N>& table, const QString& key)
{
    for (const auto& [v, k] : table) {
        if (key == QLatin1String(k))
            return v;
    }
    return std::nullopt;
}

} // namespace pulsedesk
