#pragma once

#include "common/Result.h"

#include <QString>

namespace pulsedesk {

/// The numbered migrations in PostgreSQL's dialect. Migrations.cpp keeps the list (version, description and the
/// SQLite text); on a PostgreSQL store a migration's SQLite text is translated by translate(): plain tables,
/// columns and indexes need nothing here. A migration with triggers gives its plpgsql triggers here (added to its
/// translated text, from which the SQLite triggers are left out), and one with SQLite's own functions its whole
/// PostgreSQL text.
namespace PostgresSchema {

/// The PostgreSQL text written for a migration (its triggers, or all of it); null when the SQLite text is simply
/// translated.
const char* migration(int version);

/// The SQLite text of a plain migration in PostgreSQL's dialect: INTEGER PRIMARY KEY becomes an identity column,
/// INTEGER BIGINT, REAL DOUBLE PRECISION, BLOB BYTEA, WITHOUT ROWID is dropped. A construct that has no
/// mechanical translation (a trigger, INSERT OR ..., COLLATE NOCASE, a function of SQLite's own) is an error naming
/// it: such a migration needs its PostgreSQL text in migration().
Result<QString> translate(int version, const QString& sqlite);

/// The text to apply for a migration: migration() or translate().
Result<QString> textFor(int version, const char* sqlite);

} // namespace PostgresSchema

} // namespace pulsedesk
