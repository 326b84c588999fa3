#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace pulsedesk {

class AuditLog;
class Database;
struct Session;

/// The identifier each doctor has in the hospital's systems (the XCN.1 of PV1-7 attending and PV1-8 referring
/// doctor in ADT messages), set by an admin, so that the ADT feed can make doctors responsible for patients.
class DoctorIdentifiers
{
public:
    DoctorIdentifiers(Database& database, AuditLog& audit);

    struct Entry
    {
        QString username;
        QString displayName;
        QString identifier; ///< "" when none is set
    };
    /// Every active doctor with their identifier; admin.
    Result<QList<Entry>> list(const Session& session) const;
    /// Sets (or with "" clears) a doctor's identifier; admin, audited. Two doctors never share one.
    Status set(const Session& session, const QString& username, const QString& identifier);

private:
    Database& m_database;
    AuditLog& m_audit;
};

} // namespace pulsedesk
