#include "interfaces/PcdMessages.h"

#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrlQuery>

namespace pulsedesk::pcd {

namespace {

// IEEE 11073-10101 nomenclature codes. A code is its partition times 2^16 plus the term code (ISO/IEEE
// 11073-10101, "context-free codes"): device objects are partition 1 (65536 + term), SCADA metrics partition 2
// (131072 + term), units of measurement partition 4 (262144 + term); the term codes are in the comments.
// Checked against: the HL7 Point-of-Care Device FHIR IG, DeviceMetric "HeartRateNumericDeviceMetric"
// (urn:iso:std:iso:11073:10101 147842 MDC_ECG_HEART_RATE, 264864 MDC_DIM_BEAT_PER_MIN); the HL7 Personal Health
// Device FHIR IG, "pulse-rate" DeviceMetric and spot numeric examples (149530 MDC_PULS_OXIM_PULS_RATE); and
// PCD-01 ORU^R01 messages of patient monitor gateways as published with their integration code (150456
// MDC_PULS_OXIM_SAT_O2 in 262688 MDC_DIM_PERCENT, 150344 MDC_TEMP in 268192 MDC_DIM_DEGC, 150301/150302
// MDC_PRESS_CUFF_SYS/DIA in 266016 MDC_DIM_MMHG, 69965 MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS at OBX-4 1.0.0.0).
// These are the codes issue 16 lists; the partition arithmetic confirms each against its term code.
struct Code
{
    int code;
    const char* name;
};
constexpr Code DeviceMds {69965, "MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS"}; // 65536 + 4429
constexpr Code EcgHeartRate {147842, "MDC_ECG_HEART_RATE"}; // 131072 + 16770
constexpr Code OximeterPulseRate {149530, "MDC_PULS_OXIM_PULS_RATE"}; // 131072 + 18458
constexpr Code SpO2 {150456, "MDC_PULS_OXIM_SAT_O2"}; // 131072 + 19384
constexpr Code Temperature {150344, "MDC_TEMP"}; // 131072 + 19272
constexpr Code CuffSystolic {150301, "MDC_PRESS_CUFF_SYS"}; // 131072 + 19229
constexpr Code CuffDiastolic {150302, "MDC_PRESS_CUFF_DIA"}; // 131072 + 19230
constexpr Code BeatsPerMinute {264864, "MDC_DIM_BEAT_PER_MIN"}; // 262144 + 2720
constexpr Code Percent {262688, "MDC_DIM_PERCENT"}; // 262144 + 544
constexpr Code DegreesCelsius {268192, "MDC_DIM_DEGC"}; // 262144 + 6048
constexpr Code MillimetresOfMercury {266016, "MDC_DIM_MMHG"}; // 262144 + 3872

/// OBX-17 of a metric computed from backfilled samples: a local code (no HL7 table or MDC term says "imported").
constexpr const char* BackfillMethod = "BACKFILL^backfilled from imported device data^99PULSEDESK";
/// OBX-17 of a minute's median (interfaces.results.summary = minute-median): a local code as well.
constexpr const char* MinuteMedianMethod = "MEDIAN_1MIN^median of the minute's samples^99PULSEDESK";

QString codedElement(const Code& code)
{
    return QStringLiteral("%1^%2^MDC").arg(code.code).arg(QLatin1String(code.name));
}

QString hl7Sex(const QString& key)
{
    if (key == QLatin1String("female"))
        return QStringLiteral("F");
    if (key == QLatin1String("male"))
        return QStringLiteral("M");
    return QStringLiteral("U");
}

/// PID and PV1 of the patient with this row id.
Status addPatient(QSqlDatabase& db, hl7::Message& m, qint64 patientId)
{
    QSqlQuery q(db);
    if (!Sql::exec(
            q, QStringLiteral("SELECT mrn, name, coalesce(birth_date, ''), sex, ward, bed FROM patients WHERE id = ?"),
            {patientId}))
        return Sql::error(q, QCoreApplication::translate("PcdMessages", "reading a patient for an HL7 message"));
    if (!q.next())
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("PcdMessages", "The patient of an outbox entry is missing.")};
    const int pid = m.addSegment(QStringLiteral("PID"));
    m.set(pid, {1}, QStringLiteral("1"));
    m.set(pid, {3, 1}, q.value(0).toString());
    m.set(pid, {3, 4}, QStringLiteral("PULSEDESK"));
    m.set(pid, {3, 5}, QStringLiteral("MR"));
    // PulseDesk keeps a name as one text: the last word as the family name, the rest as given names.
    const QString name = q.value(1).toString().simplified();
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    m.set(pid, {5, 1}, space < 0 ? name : name.mid(space + 1));
    if (space > 0)
        m.set(pid, {5, 2}, name.left(space));
    m.set(pid, {7}, q.value(2).toString().remove(QLatin1Char('-')));
    m.set(pid, {8}, hl7Sex(q.value(3).toString()));
    const int pv1 = m.addSegment(QStringLiteral("PV1"));
    m.set(pv1, {1}, QStringLiteral("1"));
    m.set(pv1, {2}, QStringLiteral("I"));
    m.set(pv1, {3, 1}, q.value(4).toString());
    m.set(pv1, {3, 3}, q.value(5).toString());
    return {};
}

} // namespace

Result<hl7::Message> resultMessage(QSqlDatabase& db, const OutboxEntry& entry, const QString& controlId)
{
    const QUrlQuery values(entry.content);
    const auto number = [&values](const char* key) { return values.queryItemValue(QLatin1String(key)); };
    const QString deviceId =
        Sql::scalar(db, QStringLiteral("SELECT device_id FROM devices WHERE id = ?"), {entry.deviceId}).toString();

    hl7::Message m =
        hl7::Message::create(QStringLiteral("ORU^R01^ORU_R01"), controlId, QStringLiteral("2.6"), hl7::Charset::Utf8);
    m.set(0, {3}, QStringLiteral("PULSEDESK"));
    m.set(0, {15}, QStringLiteral("AL"));
    m.set(0, {16}, QStringLiteral("NE"));
    m.setEncoded(0, 21, QStringLiteral("IHE_PCD_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO"));
    if (auto added = addPatient(db, m, entry.patientId); !added)
        return added.error();

    const QDateTime start = QDateTime::fromMSecsSinceEpoch(entry.ref, Qt::UTC);
    const QDateTime end = start.addMSecs(number("window_ms").toLongLong());
    const int obr = m.addSegment(QStringLiteral("OBR"));
    m.set(obr, {1}, QStringLiteral("1"));
    m.set(obr, {3, 1}, QString::number(entry.id));
    m.set(obr, {3, 2}, QStringLiteral("PULSEDESK"));
    m.setEncoded(obr, 4, QStringLiteral("182777000^monitoring of patient^SCT"));
    m.set(obr, {7}, hl7::formatTimestamp(start));
    m.set(obr, {8}, hl7::formatTimestamp(end));
    // Results of backfilled data (samples imported from a device's stored file, samples.source 'backfill') are
    // sent like live ones and marked: OBX-17 Observation Method (HL7 v2.6 chapter 7, OBX field 17, CWE: "the
    // method ... used to produce the observation") carries a local code on every metric, and an NTE under the OBR
    // (HL7 v2.6 chapter 2, NTE notes and comments segment: NTE-2 source of comment "L", the filler, from table
    // 0105; NTE-3 comment) says so in words for the people who read the record.
    const bool backfilled =
        Sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM samples WHERE device_id = ? AND ts >= ? AND ts < ? "
                                   "AND source = 'backfill'"),
                    {entry.deviceId, start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()})
            .toLongLong()
        > 0;
    if (backfilled) {
        const int nte = m.addSegment(QStringLiteral("NTE"));
        m.set(nte, {1}, QStringLiteral("1"));
        m.set(nte, {2}, QStringLiteral("L"));
        m.set(nte, {3},
              QCoreApplication::translate("PcdMessages",
                                          "Backfilled: computed from samples imported from the device's stored data, "
                                          "not received live."));
    }

    const bool minute = entry.kind == QLatin1String("minute");
    int setId = 0;
    const QString status = entry.kind == QLatin1String("correction") ? QStringLiteral("C") : QStringLiteral("F");
    const auto obx = [&](const QString& type, const Code& code, const QString& containment) {
        const int index = m.addSegment(QStringLiteral("OBX"));
        m.set(index, {1}, QString::number(++setId));
        m.set(index, {2}, type);
        m.setEncoded(index, 3, codedElement(code));
        m.set(index, {4}, containment);
        m.set(index, {11}, type.isEmpty() ? QStringLiteral("X") : status);
        m.set(index, {18, 1}, deviceId);
        return index;
    };
    obx(QString(), DeviceMds, QStringLiteral("1.0.0.0"));
    // A device that reports SpO2 is a pulse oximeter: its rate is the pulse rate, else the ECG heart rate.
    const bool oximeter = !number("spo2").isEmpty();
    int metric = 0;
    const auto numeric = [&](const char* key, const Code& code, const Code& unit, int decimals) {
        const QString text = number(key);
        if (text.isEmpty())
            return;
        const int index = obx(QStringLiteral("NM"), code, QStringLiteral("1.1.1.%1").arg(++metric));
        m.set(index, {5}, QString::number(text.toDouble(), 'f', decimals));
        m.setEncoded(index, 6, codedElement(unit));
        m.set(index, {14}, hl7::formatTimestamp(end));
        QStringList methods;
        if (minute)
            methods.append(QLatin1String(MinuteMedianMethod));
        if (backfilled)
            methods.append(QLatin1String(BackfillMethod));
        if (!methods.isEmpty())
            m.setEncoded(index, 17, methods.join(QLatin1Char('~')));
    };
    // A minute's summary reports the median of the minute's samples, a window the mean of its own.
    numeric(minute ? "hr_median" : "hr_mean", oximeter ? OximeterPulseRate : EcgHeartRate, BeatsPerMinute, 1);
    numeric("spo2", SpO2, Percent, 1);
    numeric("temperature", Temperature, DegreesCelsius, 2);
    numeric("systolic", CuffSystolic, MillimetresOfMercury, 0);
    numeric("diastolic", CuffDiastolic, MillimetresOfMercury, 0);
    return m;
}

Result<hl7::Message> alarmMessage(QSqlDatabase& db, const OutboxEntry& entry, const QString& controlId)
{
    const QUrlQuery values(entry.content);
    const auto value = [&values](const char* key) { return values.queryItemValue(QLatin1String(key)); };
    const QString action = value("action");
    hl7::Message m =
        hl7::Message::create(QStringLiteral("ORU^R40^ORU_R40"), controlId, QStringLiteral("2.6"), hl7::Charset::Utf8);
    m.set(0, {3}, QStringLiteral("PULSEDESK"));
    m.set(0, {15}, QStringLiteral("AL"));
    m.set(0, {16}, QStringLiteral("NE"));
    m.setEncoded(0, 21, QStringLiteral("IHE_PCD_ACM_001^IHE PCD"));
    if (entry.patientId > 0) {
        if (auto added = addPatient(db, m, entry.patientId); !added)
            return added.error();
    }
    const int obr = m.addSegment(QStringLiteral("OBR"));
    m.set(obr, {1}, QStringLiteral("1"));
    m.set(obr, {2, 1}, value("alarm"));
    m.set(obr, {2, 2}, QStringLiteral("PULSEDESK"));
    m.set(obr, {3, 1}, QString::number(entry.ref));
    m.set(obr, {3, 2}, QStringLiteral("PULSEDESK"));
    m.setEncoded(obr, 4, QStringLiteral("196616^MDC_EVT_ALARM^MDC"));
    m.set(obr, {7}, hl7::formatTimestamp(QDateTime::fromMSecsSinceEpoch(value("raised_at").toLongLong(), Qt::UTC)));

    const QString priority = value("priority") == QLatin1String("high") ? QStringLiteral("PH")
        : value("priority") == QLatin1String("medium")                  ? QStringLiteral("PM")
                                                                        : QStringLiteral("PL");
    const bool physiological = !value("category").isEmpty();
    const QString phase = action == QLatin1String("raised") ? QStringLiteral("start")
        : action == QLatin1String("ended")                  ? QStringLiteral("end")
                                                            : QStringLiteral("update");
    const QString state = value("state") == QLatin1String("ended") ? QStringLiteral("inactive")
        : value("state") == QLatin1String("acknowledged")          ? QStringLiteral("acknowledged")
                                                                   : QStringLiteral("active");
    const bool paused = action == QLatin1String("audio-paused")
        || (!value("paused_until").isEmpty() && value("paused_until").toLongLong() > entry.createdAt);
    const QString at = hl7::formatTimestamp(QDateTime::fromMSecsSinceEpoch(entry.createdAt, Qt::UTC));
    int setId = 0;
    const auto row = [&](const QString& type, const QString& code, const QString& text) {
        const int index = m.addSegment(QStringLiteral("OBX"));
        m.set(index, {1}, QString::number(++setId));
        m.set(index, {2}, type);
        m.setEncoded(index, 3, code);
        m.set(index, {4}, QStringLiteral("1.1.1.1.%1").arg(setId));
        m.set(index, {5}, text);
        m.set(index, {11}, QStringLiteral("F"));
        m.set(index, {14}, at);
        return index;
    };
    const QString kind = physiological ? value("category") : value("condition");
    const int type = row(QStringLiteral("ST"),
                         m.escape(kind) + QStringLiteral("^") + m.escape(kind) + QStringLiteral("^99PULSEDESK"), kind);
    m.setEncoded(type, 8, priority + QLatin1Char('~') + (physiological ? QStringLiteral("SP") : QStringLiteral("ST")));
    if (!value("value").isEmpty()) {
        const int source =
            row(QStringLiteral("NM"), codedElement(EcgHeartRate), QString::number(value("value").toDouble(), 'f', 0));
        m.setEncoded(source, 6, codedElement(BeatsPerMinute));
    }
    row(QStringLiteral("ST"), QStringLiteral("EVENT_PHASE^event phase^99PULSEDESK"), phase);
    row(QStringLiteral("ST"), QStringLiteral("ALERT_STATE^alert state^99PULSEDESK"), state);
    row(QStringLiteral("ST"), QStringLiteral("INACTIVATION_STATE^alert inactivation state^99PULSEDESK"),
        paused ? QStringLiteral("audio-paused") : QStringLiteral("enabled"));
    row(QStringLiteral("ST"), QStringLiteral("EVENT^PulseDesk alarm action^99PULSEDESK"), action);
    return m;
}

} // namespace pulsedesk::pcd
