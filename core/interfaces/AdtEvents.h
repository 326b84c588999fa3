#pragma once

#include "common/Result.h"
#include "interfaces/Hl7Message.h"

#include <QSqlDatabase>
#include <QStringList>

namespace pulsedesk {

class AuditLog;

/// The ADT trigger events applied to the patients in the store, inside the caller's transaction.
namespace adt {

struct Context
{
    QSqlDatabase& db;
    const AuditLog& audit;
    qint64 nowMs = 0;
    qint64 operatorId = 0; ///< the user who started the interface: created_by, ended_by
    QString interfaceName; ///< the name changes are audited under
    QString controlId; ///< MSH-10, in the audit details
    QStringList notes; ///< what was accepted but not used (a doctor without an identifier in PulseDesk ...)
};

/// Applies A01, A02, A03, A04, A08, A11, A13, A17 or A40. Errors are Invalid (the message lacks what the event
/// needs), NotFound (no such patient), Conflict (the patient's state does not allow it) or Storage. A record merged
/// into another one (A40) takes no event any more, an A01 or A04 of its number included (Conflict, naming the
/// surviving record): the hospital sends the patient's events under the survivor's number.
Status apply(Context& context, const hl7::Message& message, const QString& event);

} // namespace adt

} // namespace pulsedesk
