#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace pulsedesk::hl7 {

/// The Minimal Lower Layer Protocol (HL7 v2 over TCP): each message is sent as 0x0B, the message, 0x1C 0x0D.
/// The framer cuts a byte stream into messages and refuses frames over a size limit and bytes outside frames
/// (other than line breaks some senders put between frames).
class MllpFramer
{
public:
    static constexpr char StartBlock = 0x0B;
    static constexpr char EndBlock = 0x1C;
    static constexpr char CarriageReturn = 0x0D;
    static constexpr qsizetype DefaultMaxBytes = 1024 * 1024;

    explicit MllpFramer(qsizetype maxFrameBytes = DefaultMaxBytes);

    /// Adds received bytes; false once the stream broke the protocol (see error()); nothing more is read then.
    bool feed(const QByteArray& bytes);
    /// The messages completed so far, oldest first.
    QList<QByteArray> takeFrames();
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    /// True while part of a frame has been received.
    bool inFrame() const { return m_inFrame; }

    /// A message framed for sending.
    static QByteArray frame(const QByteArray& message);

private:
    qsizetype m_maxBytes;
    QByteArray m_current;
    QList<QByteArray> m_frames;
    bool m_inFrame = false;
    bool m_afterEnd = false; ///< 0x1C seen, 0x0D expected
    QString m_error;
};

} // namespace pulsedesk::hl7
