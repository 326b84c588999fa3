#pragma once

#include "common/Result.h"

#include <QString>

namespace pulsedesk {

/// The numbered migrations in PostgreSQL's dialect. Migrations.cpp keeps the list (version, description and the
/// SQLite text); a migration is applied to a PostgreSQL store with the text given here for its version, or, when
/// there is none, with its SQLite text translated by translate(): plain tables, columns and indexes need nothing
/// here, while triggers and SQLite's own functions need a PostgreSQL text of their own.
namespace PostgresSchema {

/// The PostgreSQL text of a migration, written for it; null when the SQLite text is to be translated.
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
