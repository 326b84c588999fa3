#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pulsedesk::hl7 {

/// The character sets of MSH-18 that PulseDesk reads and writes (HL7 table 0211).
enum class Charset
{
    Ascii, ///< "ASCII", also what an empty MSH-18 means
    Latin1, ///< "8859/1"
    Utf8, ///< "UNICODE UTF-8"
};

/// The MSH-18 value of a character set ("" for ASCII, which is the default).
QString charsetName(Charset charset);

/// The separators of a message (MSH-1 and MSH-2).
struct Delimiters
{
    QChar field = QLatin1Char('|');
    QChar component = QLatin1Char('^');
    QChar repetition = QLatin1Char('~');
    QChar escape = QLatin1Char('\\');
    QChar subcomponent = QLatin1Char('&');
};

/// Where a value is: segment field, then component, subcomponent and repetition, all counted from 1 as in the
/// standard (PID-5.2 is {5, 2}). Field numbers of MSH count MSH-1, the field separator, as 1.
struct Position
{
    int field = 0;
    int component = 1;
    int subcomponent = 1;
    int repetition = 1;
};

/// One HL7 v2 message (ER7, the pipe-and-hat encoding): segments of fields kept as their encoded text, read and
/// written at any position with escaping (\F\ \S\ \T\ \R\ \E\ and \Xhh\ in the message's character set).
class Message
{
public:
    struct Segment
    {
        QString name;
        QStringList fields; ///< encoded text; fields[0] is the name, fields[n] is field n (MSH: see Position)
    };

    Message() = default;
    /// A new message with an MSH segment: type like "ADT^A01^ADT_A01", the version like "2.5".
    static Message create(const QString& type, const QString& controlId, const QString& version,
                          Charset charset = Charset::Utf8);

    /// Reads the bytes of one message (without MLLP framing): the character set from MSH-18, segments separated
    /// by carriage returns (line feeds are tolerated). Fails with the reason when it is not an HL7 v2 message or
    /// its character set is unknown, or its bytes do not fit it.
    static Result<Message> parse(const QByteArray& bytes);
    /// The message in its character set; segments end with a carriage return.
    QByteArray encode() const;

    Charset charset() const { return m_charset; }
    const Delimiters& delimiters() const { return m_delimiters; }
    const QList<Segment>& segments() const { return m_segments; }

    /// The n-th (from 1) segment with this name; nullptr if there is none.
    const Segment* segment(const QString& name, int occurrence = 1) const;
    int count(const QString& name) const;
    /// Index in segments() of the n-th segment with this name, or -1.
    int indexOf(const QString& name, int occurrence = 1) const;

    /// The unescaped value at a position of a segment ("" when absent).
    QString value(const Segment& segment, const Position& at) const;
    QString value(const QString& segmentName, const Position& at, int occurrence = 1) const;
    /// How many repetitions a field has.
    int repetitions(const Segment& segment, int field) const;

    /// Appends a segment and returns its index.
    int addSegment(const QString& name);
    /// Sets a value (escaped) at a position of the segment at `index`, adding empty fields and components as
    /// needed.
    void set(int index, const Position& at, const QString& value);
    /// Sets a field's encoded text as it is (no escaping), for fields built with the delimiters.
    void setEncoded(int index, int field, const QString& encoded);

    // MSH fields used everywhere.
    QString messageType() const { return value(QStringLiteral("MSH"), {9, 1}); }
    QString triggerEvent() const { return value(QStringLiteral("MSH"), {9, 2}); }
    QString controlId() const { return value(QStringLiteral("MSH"), {10}); }
    QString version() const { return value(QStringLiteral("MSH"), {12}); }

    QString escape(const QString& text) const;
    QString unescape(const QString& text) const;

private:
    Charset m_charset = Charset::Utf8;
    Delimiters m_delimiters;
    QList<Segment> m_segments;
};

/// HL7 table 0357 error codes used in ERR-3.
enum class ErrorCode
{
    SegmentSequence = 100,
    RequiredFieldMissing = 101,
    DataType = 102,
    TableValueNotFound = 103,
    UnsupportedMessageType = 200,
    UnsupportedEvent = 201,
    UnsupportedProcessingId = 202,
    UnsupportedVersion = 203,
    UnknownKey = 204,
    DuplicateKey = 205,
    InternalError = 207,
};

/// An HL7 timestamp (DTM: YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+/-ZZZZ]) as UTC; invalid if unreadable. Without a zone
/// the local time of this machine is assumed.
QDateTime parseTimestamp(const QString& text);
/// A UTC time as YYYYMMDDHHMMSS.SSS+0000.
QString formatTimestamp(const QDateTime& time);

/// The answer to `request` (which may be a message that could not be read: pass what is known) in original
/// acknowledgement mode: MSA-1 code (AA, AE, AR), MSA-2 the request's control id, MSA-3 and ERR with the reason.
struct AckInput
{
    QString code; ///< AA, AE or AR
    QString text; ///< the reason, "" for AA
    ErrorCode error = ErrorCode::InternalError;
    QString controlId; ///< of the answer
    QString sendingApplication = QStringLiteral("PULSEDESK");
    QString sendingFacility;
};
Message acknowledge(const Message& request, const AckInput& input);

} // namespace pulsedesk::hl7
