#pragma once

#include "model/Sample.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace pulsedesk {

/// Turns one MQTT payload into samples, checking each against physiological plausibility. Accepted shapes:
///
/// * the device simulator of the serverless design: {"deviceId", "timestamp", "bpm"} and
///   {"deviceId", "samples": [{"timestamp", "bpm"}, ...]};
/// * the multi-vital record of the streaming whitepaper, snake_case (timestamp, device_id, pulse,
///   oxygen_percent, temperature, systolic, diastolic) or the PascalCase of the AWS sample, numbers possibly
///   as strings, temperature in °C or °F (read by magnitude and reported);
/// * device bodies as the Azure IoT samples send them: {"deviceId", "heartRate"|"heartrate", "endDate"};
/// * a batch: a JSON array of any of the above (the batch topic, or a whole offline dump).
///
/// Timestamps: epoch seconds or milliseconds (told apart by magnitude), or ISO 8601 with a zone. Identifying
/// fields (name, dob, patient name ...) are never copied out of the payload.
///
/// Refused whole: a message without samples (an empty "samples" array, an IoT Hub event with an empty body), and
/// one that names a member twice with different values.
class MessageParser
{
public:
    static constexpr qsizetype MaxPayloadBytes = 1024 * 1024;
    static constexpr qint64 MaxFutureSkewMs = 5 * 60'000;

    struct Rejection
    {
        int index = -1; ///< position of the sample in the message, -1 for the whole message
        QString reason;
    };

    struct Outcome
    {
        QList<Sample> samples; ///< the usable ones
        QList<Rejection> rejections; ///< why the others were refused
        QStringList notes; ///< e.g. "temperature read in °F"
        int total = 0; ///< samples found in the message, usable or not
        /// Usable samples of an Azure IoT Hub event whose body had no time of its own, placed at the time the
        /// device created the message or, without it, the hub's arrival time. parse() puts hubTimeNote() in notes;
        /// a reader of many objects adds the counts up and gives one note.
        int atCreationTime = 0;
        int atArrivalTime = 0;
    };

    /// `nowMs` is the workstation clock, for the "too far in the future" rule.
    static Outcome parse(const QByteArray& payload, qint64 nowMs);

    /// One JSON object of any accepted shape (a sample, or a device with its samples); `deviceId` is used by
    /// samples that do not name their device (an offline dump's header).
    /// `localZone`, when given, is where ISO times without a zone are read (an import the nurse set a zone for);
    /// without it such times are refused.
    static Outcome parseObject(const QJsonObject& object, const QString& deviceId, qint64 nowMs,
                               const QTimeZone* localZone = nullptr);
    /// As parseObject, for an object given as its JSON text, when that text is a plain object: members with
    /// ASCII names and values that are numbers, true, false, null or ASCII strings without escapes, as devices
    /// send them. Read straight from the bytes, without building a QJsonObject (most of an import's parsing
    /// time otherwise), with the same outcome. Nothing for any other text: parse it the general way.
    static std::optional<Outcome> parseFlatObject(QByteArrayView json, const QString& deviceId, qint64 nowMs,
                                                  const QTimeZone* localZone = nullptr);
    /// Physiological plausibility of a sample, the same for live and imported data. Converts what can be told
    /// apart safely (SpO2 as a fraction, temperature in °F, noted in `notes`); false with the reason otherwise.
    static bool checkPlausible(Sample& sample, QString* why, QStringList* notes = nullptr);
    /// The time rules of every sample, live or imported: not before 2000, not more than 5 minutes ahead of
    /// the workstation clock.
    static bool checkTime(qint64 ms, qint64 nowMs, QString* why);
    /// A number, also when sent as a string ("71", "98.6"); NaN when absent or not a number.
    static double number(const QJsonValue& value);
    /// "times without a zone read in Europe/Rome", for the nurse.
    static QString localZoneNote(const QTimeZone& zone);
    /// "3 samples had no measurement time of their own; stored at the IoT hub's arrival time" (and the same for
    /// the creation time), for the nurse; empty when both counts are 0.
    static QStringList hubTimeNotes(qint64 atCreationTime, qint64 atArrivalTime);
    /// The name of a member that an object of `json` (valid JSON text) names twice with different values, at any
    /// depth; nothing when there is none. Such text is refused: QJsonDocument would silently keep the last value.
    static std::optional<QString> conflictingMember(QByteArrayView json);
    /// "the member 'bpm' is given twice with different values"
    static QString conflictingMemberReason(const QString& name);
    /// "no samples in the message": a message, or a dump, whose samples array (or IoT Hub body) is empty.
    static QString noSamplesReason();
    /// "item 3 is a number, not a device message object" (`item` counted from 1); without `item`, "a number, not
    /// a device message object", for an import that says where the item is (and counts rejections by reason).
    static QString notAMessageReason(const QJsonValue& value, qint64 item = 0);
    /// "a number", "a string", "an array", "true or false", "null", "an object", for saying what an item is.
    static QString kindOf(const QJsonValue& value);
    /// A device id as text: a string, or a whole number written as one. False with the reason for a number with a
    /// fraction or beyond 64 bits; an empty id for other values.
    static bool deviceIdOf(const QJsonValue& value, QString* id, QString* why);
    /// Reads a timestamp value (number or string); returns false with a reason when it cannot.
    static bool parseTimestamp(const QJsonValue& value, qint64* ms, QString* why, const QTimeZone* localZone = nullptr,
                               bool* usedLocalZone = nullptr);
};

} // namespace pulsedesk
