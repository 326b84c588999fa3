#include "interfaces/DoctorIdentifiers.h"

#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pulsedesk {

DoctorIdentifiers::DoctorIdentifiers(Database& database, AuditLog& audit)
    : m_database(database)
    , m_audit(audit)
{ }

Result<QList<DoctorIdentifiers::Entry>> DoctorIdentifiers::list(const Session& session) const
{
    if (auto allowed = Permissions::require(session, Permission::ManageStaff); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT username, display_name, coalesce(hl7_id, '') FROM users "
                                  "WHERE role = 'doctor' AND active = 1 ORDER BY username")))
        return Sql::error(q, QCoreApplication::translate("DoctorIdentifiers", "listing doctors"));
    QList<Entry> entries;
    while (q.next())
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("DoctorIdentifiers", "listing doctors"));
    return entries;
}

Status DoctorIdentifiers::set(const Session& session, const QString& username, const QString& identifier)
{
    if (auto allowed = Permissions::require(session, Permission::ManageStaff); !allowed)
        return allowed;
    const QString id = identifier.trimmed();
    if (id.size() > 64 || id.contains(QLatin1Char('^')) || id.contains(QLatin1Char('|')))
        return Error {
            Error::Code::Invalid,
            QCoreApplication::translate("DoctorIdentifiers", "An identifier has at most 64 characters and no ^ or |.")};
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("UPDATE users SET hl7_id = ? WHERE username = ? AND role = 'doctor'"),
                   {id.isEmpty() ? QVariant() : QVariant(id), username.trimmed().toLower()})) {
        Error failure = Sql::error(q, QCoreApplication::translate("DoctorIdentifiers", "setting an identifier"));
        if (failure.code == Error::Code::Conflict)
            failure.message =
                QCoreApplication::translate("DoctorIdentifiers", "Another doctor already has the identifier %1.")
                    .arg(id);
        return failure;
    }
    if (q.numRowsAffected() != 1)
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("DoctorIdentifiers", "There is no doctor with the user name %1.")
                          .arg(username)};
    if (auto audited = m_audit.append(db, session, QStringLiteral("user.hl7-id"), QStringLiteral("user"),
                                      username.trimmed().toLower(),
                                      id.isEmpty() ? QStringLiteral("cleared") : QStringLiteral("id=%1").arg(id));
        !audited)
        return audited;
    return transaction.commit();
}

} // namespace pulsedesk
