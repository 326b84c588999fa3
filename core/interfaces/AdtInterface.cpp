#include "interfaces/AdtInterface.h"

#include "interfaces/AdtEvents.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pulsedesk {

namespace {

using hl7::ErrorCode;

/// The sender a control id belongs to: MSH-3 and MSH-4 as written.
QString senderOf(const hl7::Message& message)
{
    const hl7::Message::Segment* msh = message.segment(QStringLiteral("MSH"));
    return msh ? msh->fields.value(3) + QLatin1Char('|') + msh->fields.value(4) : QString();
}

ErrorCode errorFor(const Error& error)
{
    switch (error.code) {
    case Error::Code::NotFound:
        return ErrorCode::UnknownKey;
    case Error::Code::Invalid:
        return ErrorCode::RequiredFieldMissing;
    default:
        return ErrorCode::InternalError;
    }
}

} // namespace

AdtInterface::AdtInterface(Database& database, AuditLog& audit, const Clock& clock, Session operatorSession,
                           QString name)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
    , m_operator(std::move(operatorSession))
    , m_name(std::move(name))
{ }

bool AdtInterface::supportsVersion(const QString& version)
{
    static const QStringList versions = {QStringLiteral("2.3"),   QStringLiteral("2.3.1"), QStringLiteral("2.4"),
                                         QStringLiteral("2.5"),   QStringLiteral("2.5.1"), QStringLiteral("2.6"),
                                         QStringLiteral("2.7"),   QStringLiteral("2.7.1"), QStringLiteral("2.8"),
                                         QStringLiteral("2.8.1"), QStringLiteral("2.8.2")};
    return versions.contains(version);
}

bool AdtInterface::supportsEvent(const QString& event)
{
    static const QStringList events = {QStringLiteral("A01"), QStringLiteral("A02"), QStringLiteral("A03"),
                                       QStringLiteral("A04"), QStringLiteral("A08"), QStringLiteral("A11"),
                                       QStringLiteral("A13"), QStringLiteral("A17"), QStringLiteral("A40")};
    return events.contains(event);
}

QByteArray AdtInterface::handle(const QByteArray& raw, const QString& peer)
{
    QSqlDatabase db = m_database.connection();
    auto parsed = hl7::Message::parse(raw);
    Outcome outcome;
    const hl7::Message empty;
    const hl7::Message& message = parsed ? parsed.value() : empty;
    if (!parsed) {
        outcome = {QStringLiteral("AR"), parsed.errorMessage(), ErrorCode::DataType, false};
        // Nothing else to go by: journaled in a transaction of its own.
        Sql::Transaction transaction(db);
        if (!transaction.isActive() || !journal(db, peer, nullptr, raw, outcome) || !transaction.commit()) {
            ++m_counts.unanswered;
            return {};
        }
    } else {
        outcome = process(db, message, peer, raw);
        if (outcome.code.isEmpty()) {
            ++m_counts.unanswered;
            return {};
        }
    }
    if (outcome.code == QLatin1String("AR"))
        ++m_counts.rejected;
    else if (outcome.code == QLatin1String("AE"))
        ++m_counts.errors;
    else if (outcome.applied)
        ++m_counts.accepted;
    else
        ++m_counts.repeats;
    hl7::AckInput ack;
    ack.code = outcome.code;
    ack.text = outcome.reason;
    ack.error = outcome.error;
    ack.controlId = QStringLiteral("PD%1-%2").arg(m_clock.nowMs()).arg(++m_ackSequence);
    return hl7::acknowledge(message, ack).encode();
}

AdtInterface::Outcome AdtInterface::process(QSqlDatabase& db, const hl7::Message& message, const QString& peer,
                                            const QByteArray& raw)
{
    Outcome outcome {QStringLiteral("AA"), {}, ErrorCode::InternalError, false};
    const QString event =
        message.triggerEvent().isEmpty() ? message.value(QStringLiteral("EVN"), {1}) : message.triggerEvent();
    if (message.controlId().isEmpty())
        outcome = {QStringLiteral("AR"),
                   QCoreApplication::translate("AdtInterface", "MSH-10, the message control id, is empty."),
                   ErrorCode::RequiredFieldMissing, false};
    else if (message.messageType() != QLatin1String("ADT"))
        outcome = {QStringLiteral("AR"),
                   QCoreApplication::translate("AdtInterface", "Message type %1 is not taken here (ADT is).")
                       .arg(message.messageType().left(10)),
                   ErrorCode::UnsupportedMessageType, false};
    else if (!supportsVersion(message.version()))
        outcome = {QStringLiteral("AR"),
                   QCoreApplication::translate("AdtInterface", "HL7 version %1 is not supported (2.3 to 2.8 are).")
                       .arg(message.version().left(10)),
                   ErrorCode::UnsupportedVersion, false};
    else if (!supportsEvent(event))
        outcome = {QStringLiteral("AR"),
                   QCoreApplication::translate(
                       "AdtInterface", "The event %1 is not taken (A01, A02, A03, A04, A08, A11, A13, A17, A40 are).")
                       .arg(event.left(10)),
                   ErrorCode::UnsupportedEvent, false};

    {
        Sql::Transaction transaction(db);
        if (!transaction.isActive())
            return {};
        if (outcome.code == QLatin1String("AA")) {
            const QVariant earlier = Sql::scalar(
                db, QStringLiteral("SELECT id FROM hl7_journal WHERE sender = ? AND control_id = ? AND applied = 1"),
                {senderOf(message), message.controlId()});
            if (earlier.isValid()) {
                outcome.reason = QCoreApplication::translate(
                                     "AdtInterface", "A repeat of message %1, which was applied; not applied again.")
                                     .arg(earlier.toLongLong());
            } else {
                QString note;
                const Status applied = apply(db, message, event, &note);
                if (applied) {
                    outcome.applied = true;
                    outcome.reason = note;
                } else {
                    outcome = {QStringLiteral("AE"), applied.errorMessage(), errorFor(applied.error()), false};
                }
            }
            if (outcome.applied) {
                if (!journal(db, peer, &message, raw, outcome) || !transaction.commit())
                    return {};
                return outcome;
            }
        }
    }
    // Refused, failed or a repeat: nothing was changed; the journal entry alone.
    Sql::Transaction transaction(db);
    if (!transaction.isActive() || !journal(db, peer, &message, raw, outcome) || !transaction.commit())
        return {};
    return outcome;
}

Status AdtInterface::apply(QSqlDatabase& db, const hl7::Message& message, const QString& event, QString* note)
{
    adt::Context context {db, m_audit, m_clock.nowMs(), m_operator.userId, m_name, message.controlId(), {}};
    const Status applied = adt::apply(context, message, event);
    *note = context.notes.join(QStringLiteral("; "));
    return applied;
}

Status AdtInterface::journal(QSqlDatabase& db, const QString& peer, const hl7::Message* message, const QByteArray& raw,
                             const Outcome& outcome) const
{
    QSqlQuery q(db);
    if (!Sql::exec(
            q,
            QStringLiteral("INSERT INTO hl7_journal (received_at, peer, sender, control_id, message_type, raw, "
                           "outcome, applied, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {m_clock.nowMs(), Sql::text(peer), Sql::text(message ? senderOf(*message) : QString()),
             Sql::text(message ? message->controlId() : QString()),
             Sql::text(message ? message->messageType() + QLatin1Char('^') + message->triggerEvent() : QString()), raw,
             outcome.code, outcome.applied ? 1 : 0, Sql::text(outcome.reason)}))
        return Sql::error(q, QCoreApplication::translate("AdtInterface", "journaling an HL7 message"));
    return {};
}

} // namespace pulsedesk
