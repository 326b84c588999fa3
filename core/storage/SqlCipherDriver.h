#pragma once

#include <QByteArray>
#include <QSqlDriver>

struct sqlite3;

namespace pulsedesk {

/// A Qt Sql driver over SQLCipher (an encrypted SQLite), so repositories use QSqlDatabase and QSqlQuery
/// exactly as they would with QPSQL.
///
/// The driver is created by the project and handed to QSqlDatabase::addDatabase(QSqlDriver*, name); it is
/// never loaded as a plugin. The raw 32-byte database key is given with setRawKey() before open(); open()
/// applies it with sqlite3_key() straight after sqlite3_open_v2(), checks that the key decrypts the file, and
/// wipes its copy. Works with SQLCipher 3.4 (Debian 12) and 4.x: with 4.x and a file written by 3.x,
/// setCompatibility(3) selects the 3.x page format.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT

public:
    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    /// Key used by the next open(); wiped after it. An empty key opens the file unencrypted (tests only).
    void setRawKey(const QByteArray& key);
    /// SQLCipher major version whose file format to use with SQLCipher 4.x (0: the library's default).
    void setCompatibility(int majorVersion);

    /// Version string of the linked SQLCipher library, e.g. "3.4.1" or "4.5.6 community".
    static QString cipherVersion();

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3* connectionHandle() const { return m_db; }

private:
    bool execSimple(const char* sql, QString* error = nullptr);

    sqlite3* m_db = nullptr;
    QByteArray m_key;
    int m_compatibility = 0;
    int m_busyTimeoutMs = 0; ///< read by the busy handler of the open connection
};

} // namespace pulsedesk
