#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>

namespace pulsedesk {

/// Walks a JSON file of any size without loading it whole. What a reader needs comes out piece by piece, each
/// with the line and column where it starts:
///
/// * each element of a top-level array;
/// * each element of the top-level object's *streamed* arrays (an offline dump's "samples", a FHIR Bundle's
///   "entry"), while the object's other members form its header();
/// * a top-level object without streamed arrays, whole;
/// * each top-level value of a file with several of them (one JSON document per line);
/// * an empty array where elements would come (a dump's "samples": [], or a file that is []), as an element
///   without bytes and with index -1, so that a reader can say the file or message holds nothing.
///
/// Structure is checked as the file is walked; an element's own syntax is checked by whoever parses it, and
/// elementError() turns the offset QJsonDocument reports into a line and column of the file.
class JsonStream
{
public:
    struct Element
    {
        QByteArray bytes;
        QString container; ///< the streamed array's name, empty for top-level values and array elements
        qint64 line = 1;
        qint64 column = 1;
        qint64 index = 0; ///< position in its array (or among the top-level values); -1 for an empty array
        qint64 document = 0; ///< the top-level value it is part of (one JSON document per line)
        bool isEmptyArray() const { return index < 0; }
    };
    /// Return false to stop walking (cancelled, or the reader has seen enough).
    using ElementHandler = std::function<bool(const Element&)>;

    JsonStream(QIODevice& device, QSet<QString> streamedKeys);

    /// The top-level object's members other than the streamed arrays; empty when the file starts with an array.
    /// Reads the object once, skipping the streamed arrays without parsing them. With streamed arrays, a member
    /// named twice with different values fails it (which one counts for their elements would be a guess).
    Result<QJsonObject> header();
    /// The header of every top-level object that has streamed arrays (see header()), by its position among the
    /// top-level values (Element::document): each applies to its own object's elements only.
    Result<QHash<qint64, QJsonObject>> headers();
    /// True when header() found a streamed array in the top-level object (headers(): in any).
    bool hasStreamedArray() const { return m_hasStreamedArray; }
    /// Hands every element to `handler`, from the start of the file.
    Status elements(const ElementHandler& handler);
    /// Bytes of the file consumed so far (for progress).
    qint64 position() const { return m_consumed + m_pos; }

    /// "invalid JSON at line L, column C: what" for a QJsonDocument error at `offset` inside `element`.
    static QString elementError(const Element& element, int offset, const QString& what);

private:
    static constexpr int Eof = -1;
    bool rewind();
    int peek();
    int get();
    void skipSpace();
    Status fail(const QString& what) const;
    Status skipValue(int depth = 0);
    Status skipString();
    Result<QString> readKey();
    /// readKey(), then the ':' after it: the stream is left at the member's value.
    Result<QString> readMemberName();
    /// The object starting here: its members but the streamed arrays, read when `parseAlways` or when it has
    /// streamed arrays (`*streamed`).
    Result<QJsonObject> readHeaderObject(bool parseAlways, bool* streamed);
    void startRecording();
    QByteArray stopRecording();

    QIODevice& m_device;
    QSet<QString> m_streamedKeys;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0; ///< bytes of the file before m_buffer
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_column = 1;
    bool m_recording = false;
    qsizetype m_recordStart = 0;
    QByteArray m_record;
    bool m_hasStreamedArray = false;
};

} // namespace pulsedesk
