#include "storage/SqlCipherDatabase.h"

#include "security/Crypto.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <utility>

namespace pulsedesk {

struct SqlCipherDatabase::CommitHooks
{
    std::function<void()> afterCommit;
};

namespace {

/// SQLite's own automatic checkpoint threshold, in WAL pages.
constexpr int AutoCheckpointPages = 1000;

sqlite3* handleOf(const QSqlDatabase& db)
{
    const auto* driver = qobject_cast<const SqlCipherDriver*>(db.driver());
    return driver ? driver->connectionHandle() : nullptr;
}

int onWalCommit(void* context, sqlite3* handle, const char* schema, int pages)
{
    if (pages >= AutoCheckpointPages)
        sqlite3_wal_checkpoint(handle, schema);
    auto* hooks = static_cast<SqlCipherDatabase::CommitHooks*>(context);
    if (auto task = std::exchange(hooks->afterCommit, {}))
        task();
    return SQLITE_OK;
}

void onRollback(void* context)
{
    static_cast<SqlCipherDatabase::CommitHooks*>(context)->afterCommit = {};
}

} // namespace

SqlCipherDatabase::SqlCipherDatabase(QString path, const SecureBytes& key, int compatibility)
    : m_path(std::move(path))
    , m_key(key)
    , m_compatibility(compatibility)
    , m_instanceId(QUuid::createUuid().toString(QUuid::Id128).left(12))
{ }

SqlCipherDatabase::~SqlCipherDatabase()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            removeHooks(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    m_hooks.clear();
}

Result<std::unique_ptr<SqlCipherDatabase>> SqlCipherDatabase::open(const QString& path, const SecureBytes& key,
                                                                   int compatibility, OpenMode mode)
{
    const bool exists = QFileInfo::exists(path);
    if (mode == OpenMode::OpenExisting && !exists)
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("Database", "There is no PulseDesk database at %1.").arg(path)};
    if (mode == OpenMode::CreateNew && exists)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("Database", "A PulseDesk database already exists at %1.").arg(path)};

    // An existing store that is empty (cut to nothing, or never written) is damaged, not new: migrating it would
    // put an empty schema in its place, and every login would then fail as if the password were wrong.
    const auto damaged = [&path] {
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("Database",
                                                  "The database %1 is empty or damaged: it holds no PulseDesk data. "
                                                  "Nothing was changed; restore it from a backup or ask IT.")
                          .arg(path)};
    };
    if (mode == OpenMode::OpenExisting && QFileInfo(path).size() == 0)
        return damaged();
    std::unique_ptr<SqlCipherDatabase> db(new SqlCipherDatabase(path, key, compatibility));
    auto connection = db->openConnection(db->connectionName());
    if (!connection)
        return connection.error();
    if (mode == OpenMode::OpenExisting && Migrations::currentVersion(connection.value()) == 0)
        return damaged();
    if (auto migrated = Migrations::migrate(connection.value()); !migrated)
        return migrated.error();
    return db;
}

QString SqlCipherDatabase::connectionName() const
{
    return threadConnectionName("", m_instanceId);
}

QSqlDatabase SqlCipherDatabase::connection() const
{
    return threadConnection(m_mutex, m_connections, connectionName(),
                            [this](const QString& name) { return openConnection(name); });
}

Result<QSqlDatabase> SqlCipherDatabase::openConnection(const QString& name) const
{
    auto* driver = new SqlCipherDriver;
    driver->setRawKey(m_key.toByteArray());
    driver->setCompatibility(m_compatibility);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error {
            Error::Code::Authentication,
            QCoreApplication::translate("Database", "The database %1 could not be opened: %2").arg(m_path, reason)};
    }
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
                               "PRAGMA secure_delete = ON", "PRAGMA cache_size = -16384"}) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma))) {
            const QString reason = query.lastError().text();
            query = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error {
                Error::Code::Storage,
                QCoreApplication::translate("Database", "The database %1 could not be set up: %2").arg(m_path, reason)};
        }
    }
    if (sqlite3* handle = handleOf(db)) {
        auto hooks = std::make_shared<CommitHooks>();
        sqlite3_wal_hook(handle, &onWalCommit, hooks.get());
        sqlite3_rollback_hook(handle, &onRollback, hooks.get());
        QMutexLocker lock(&m_mutex);
        m_hooks.insert(name, hooks);
    }
    QMutexLocker lock(&m_mutex);
    m_connections.insert(name);
    return db;
}

void SqlCipherDatabase::removeHooks(const QSqlDatabase& db)
{
    if (sqlite3* handle = handleOf(db)) {
        sqlite3_wal_hook(handle, nullptr, nullptr);
        sqlite3_wal_autocheckpoint(handle, AutoCheckpointPages);
        sqlite3_rollback_hook(handle, nullptr, nullptr);
    }
}

void SqlCipherDatabase::setAfterCommit(QSqlDatabase& db, std::function<void()> task) const
{
    sqlite3* handle = handleOf(db);
    std::shared_ptr<CommitHooks> hooks;
    {
        QMutexLocker lock(&m_mutex);
        hooks = m_hooks.value(db.connectionName());
    }
    if (!handle || !hooks || sqlite3_get_autocommit(handle) != 0) {
        task();
        return;
    }
    hooks->afterCommit = std::move(task);
}

void SqlCipherDatabase::releaseThreadConnection() const
{
    // The thread's work with the store is over: so is its use of OpenSSL (SQLCipher's or libpq's).
    const auto endCrypto = qScopeGuard([] { Crypto::endThreadState(); });
    const QString name = connectionName();
    QMutexLocker lock(&m_mutex);
    if (!m_connections.remove(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        removeHooks(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    m_hooks.remove(name);
}

} // namespace pulsedesk
