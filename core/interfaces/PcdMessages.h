#pragma once

#include "common/Result.h"
#include "interfaces/Hl7Message.h"
#include "interfaces/Outbox.h"

#include <QSqlDatabase>

namespace pulsedesk {

/// The messages of IHE Patient Care Device (PCD) profiles that PulseDesk sends, built from outbox entries.
namespace pcd {

/// A window result as an IHE PCD-01 (Communicate PCD Data) HL7 v2.6 ORU^R01: PID and PV1 from the patient, OBR
/// for the window, an OBX for the device (MDS, OBX-4 1.0.0.0) and one per vital with its IEEE 11073-10101 code
/// and unit (OBX-4 1.1.1.n, OBX-18 the device id); a recomputed window is sent again as a correction (OBX-11 C).
/// A minute's summary (kind "minute") is the same message for the minute (OBR-7/OBR-8 its start and end, OBX-14 its
/// end, as a window's) with the minute's median heart rate and SpO2, OBX-17 MEDIAN_1MIN.
Result<hl7::Message> resultMessage(QSqlDatabase& db, const OutboxEntry& entry, const QString& controlId);

/// An alarm event as an IHE PCD-04 (Report Alert) HL7 v2.6 ORU^R40: PID and PV1, OBR for the alarm, and the
/// alert's rows: its type (OBX-8 the priority PH/PM/PL and kind SP/ST), the source value, the event phase
/// (start, update, end), the alert state and the inactivation state (enabled, audio-paused). The type, phase and
/// state rows use PulseDesk's own codes (coding system 99PULSEDESK), the source its MDC code.
Result<hl7::Message> alarmMessage(QSqlDatabase& db, const OutboxEntry& entry, const QString& controlId);

} // namespace pcd

} // namespace pulsedesk
