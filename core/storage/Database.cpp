#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace pulsedesk {

Q_LOGGING_CATEGORY(lcDatabase, "pulsedesk.storage.database")

Database::Database(QString path, const SecureBytes& key, int compatibility)
    : m_path(std::move(path))
    , m_key(key)
    , m_compatibility(compatibility)
    , m_instanceId(QUuid::createUuid().toString(QUuid::Id128).left(12))
{ }

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& key, int compatibility,
                                                 OpenMode mode)
{
    const bool exists = QFileInfo::exists(path);
    if (mode == OpenMode::OpenExisting && !exists)
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("Database", "There is no PulseDesk database at %1.").arg(path)};
    if (mode == OpenMode::CreateNew && exists)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("Database", "A PulseDesk database already exists at %1.").arg(path)};

    std::unique_ptr<Database> db(new Database(path, key, compatibility));
    auto connection = db->openConnection(db->connectionName());
    if (!connection)
        return connection.error();
    if (auto migrated = Migrations::migrate(connection.value()); !migrated)
        return migrated.error();
    return db;
}

QString Database::connectionName() const
{
    return QStringLiteral("pulsedesk-%1-%2")
        .arg(m_instanceId)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&m_mutex);
        if (m_connections.contains(name))
            return QSqlDatabase::database(name, false);
    }
    auto opened = openConnection(name);
    if (!opened) {
        qCCritical(lcDatabase) << "Could not open a database connection:" << opened.errorMessage();
        return {};
    }
    return opened.value();
}

Result<QSqlDatabase> Database::openConnection(const QString& name) const
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
    QMutexLocker lock(&m_mutex);
    m_connections.insert(name);
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    QMutexLocker lock(&m_mutex);
    if (!m_connections.remove(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace pulsedesk
