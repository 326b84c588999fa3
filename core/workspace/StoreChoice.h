#pragma once

#include "common/Result.h"

#include <QString>

namespace pulsedesk {

/// Where this user's workstation keeps the ward, as chosen at its first start: this PC alone (the encrypted store
/// in the data folder) or a ward server (a libpq connection string). Kept per user in a small settings file;
/// `--server`, `--data` and PULSEDESK_SERVER given at start win over it.
struct StoreChoice
{
    enum class Kind
    {
        None, ///< nothing chosen yet: the workstation asks
        Local,
        Server,
    };

    Kind kind = Kind::None;
    QString connInfo; ///< for a server: the connection string, never a password

    /// The per-user file the choice is kept in (beside the user's other PulseDesk settings).
    static QString defaultPath();
    /// The choice kept in `path`; Kind::None when there is none (or it cannot be read).
    static StoreChoice load(const QString& path = defaultPath());
    /// Keeps the choice. A server's connection string is checked with libpq's parser and kept without a password
    /// (each member of staff logs in with their own).
    Status save(const QString& path = defaultPath()) const;

    /// Whether the ward server answers at `connInfo`, without logging in: a server that asks for a login answered.
    /// The error says why not in libpq's words (not reachable, TLS or certificate refused, a string not valid).
    static Status probe(const QString& connInfo);

    friend bool operator==(const StoreChoice&, const StoreChoice&) = default;
};

} // namespace pulsedesk
