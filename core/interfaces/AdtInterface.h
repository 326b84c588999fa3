#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "interfaces/Hl7Message.h"
#include "security/Session.h"

#include <QSqlDatabase>
#include <QString>

namespace pulsedesk {

class AuditLog;
class Database;

/// The ADT feed of the patient administration system (HL7 v2.5 ADT over MLLP): admissions, transfers,
/// discharges, updates, cancellations, bed swaps and merges applied to the patients in the store.
///
/// Every message is journaled (raw, time, outcome) in the store before it is answered: with ACK AA when it was
/// applied, AE with the reason (MSA-3 and ERR) when it could not be, AR when it is not an ADT message PulseDesk
/// takes (unknown event, unsupported version, unreadable header). A message whose control id (MSH-10) from the
/// same sender was applied before is acknowledged again and not applied twice. Changes are audited under the
/// interface's name; patients it creates are created by the user who started it.
class AdtInterface
{
public:
    AdtInterface(Database& database, AuditLog& audit, const Clock& clock, Session operatorSession,
                 QString name = QStringLiteral("hl7-adt"));

    /// Handles one message (MLLP frame content) from `peer`; returns the encoded ACK, or nothing when the message
    /// could not be journaled (the connection is then closed, and the sender sends it again).
    QByteArray handle(const QByteArray& raw, const QString& peer);

    struct Counts
    {
        qint64 accepted = 0; ///< AA, applied
        qint64 repeats = 0; ///< AA, a repeat not applied again
        qint64 errors = 0; ///< AE
        qint64 rejected = 0; ///< AR
        qint64 unanswered = 0; ///< not journaled, not answered
    };
    Counts counts() const { return m_counts; }

    /// HL7 versions whose ADT fields PulseDesk reads (2.3 to 2.8: the fields it uses did not move).
    static bool supportsVersion(const QString& version);
    /// The trigger events taken: A01 A02 A03 A04 A08 A11 A13 A17 A40.
    static bool supportsEvent(const QString& event);

private:
    struct Outcome
    {
        QString code; ///< AA, AE, AR
        QString reason;
        hl7::ErrorCode error = hl7::ErrorCode::InternalError;
        bool applied = false;
    };
    Outcome process(QSqlDatabase& db, const hl7::Message& message, const QString& peer, const QByteArray& raw);
    Status apply(QSqlDatabase& db, const hl7::Message& message, const QString& event, QString* note);
    Status journal(QSqlDatabase& db, const QString& peer, const hl7::Message* message, const QByteArray& raw,
                   const Outcome& outcome) const;

    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
    Session m_operator;
    QString m_name;
    Counts m_counts;
    qint64 m_ackSequence = 0;
};

} // namespace pulsedesk
