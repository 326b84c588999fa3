#include "interfaces/Mllp.h"

#include <QCoreApplication>

namespace pulsedesk::hl7 {

MllpFramer::MllpFramer(qsizetype maxFrameBytes)
    : m_maxBytes(maxFrameBytes)
{ }

bool MllpFramer::feed(const QByteArray& bytes)
{
    for (qsizetype i = 0; i < bytes.size() && !failed(); ++i) {
        const char c = bytes.at(i);
        if (m_afterEnd) {
            m_afterEnd = false;
            if (c == CarriageReturn)
                continue;
            // A sender that ends frames with 0x1C alone: the byte belongs to what follows.
        }
        if (!m_inFrame) {
            if (c == StartBlock) {
                m_inFrame = true;
                m_current.clear();
            } else if (c != '\r' && c != '\n') {
                m_error = QCoreApplication::translate("Mllp", "bytes outside an MLLP frame (0x%1)")
                              .arg(uchar(c), 2, 16, QLatin1Char('0'));
            }
            continue;
        }
        if (c == EndBlock) {
            m_frames.append(m_current);
            m_current.clear();
            m_inFrame = false;
            m_afterEnd = true;
        } else if (c == StartBlock) {
            m_error = QCoreApplication::translate("Mllp", "a new MLLP frame began before the last one ended");
        } else if (m_current.size() >= m_maxBytes) {
            m_error = QCoreApplication::translate("Mllp", "an MLLP frame is larger than %1 bytes").arg(m_maxBytes);
        } else {
            m_current.append(c);
        }
    }
    return !failed();
}

QList<QByteArray> MllpFramer::takeFrames()
{
    return std::exchange(m_frames, {});
}

QByteArray MllpFramer::frame(const QByteArray& message)
{
    QByteArray framed;
    framed.reserve(message.size() + 3);
    framed.append(StartBlock);
    framed.append(message);
    framed.append(EndBlock);
    framed.append(CarriageReturn);
    return framed;
}

} // namespace pulsedesk::hl7
