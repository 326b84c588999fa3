#include "import/RecordQueue.h"

#include "common/HandOffQueue.h"

#include <QHash>
#include <QSet>
#include <QThread>

#include <memory>
#include <optional>
#include <vector>

namespace pulsedesk {

namespace {

/// Carries what a reader finds from its thread to the one that stores it, in batches and in order.
class RecordQueue final : public RecordSink
{
public:
    /// `device` is what the reader reads: each batch carries how far it had read.
    explicit RecordQueue(const QIODevice& device)
        : m_device(device)
    { }

    enum class Kind
    {
        Record,
        Rejection,
        Aliases,
        Note,
        Skipped,
    };
    struct Item
    {
        Kind kind = Kind::Record;
        ImportRecord record;
        ImportRejection rejection;
        QString text;
        QStringList list;
        qint64 count = 0; ///< Skipped: how many of that kind
    };
    struct Batch
    {
        std::vector<Item> items;
        qint64 position = 0; ///< bytes of the file read when the batch was handed over
    };

    bool record(ImportRecord&& record) override
    {
        Item item;
        item.record = std::move(record);
        return push(std::move(item));
    }
    bool reject(ImportRejection&& rejection) override
    {
        Item item;
        item.kind = Kind::Rejection;
        item.rejection = std::move(rejection);
        return push(std::move(item));
    }
    void deviceAliases(const QString& source, const QStringList& aliases) override
    {
        Item item;
        item.kind = Kind::Aliases;
        item.text = source;
        item.list = aliases;
        push(std::move(item));
    }
    /// A note goes over once (a reader may give the same one for every record).
    void note(const QString& note) override
    {
        if (m_notes.contains(note))
            return;
        m_notes.insert(note);
        Item item;
        item.kind = Kind::Note;
        item.text = note;
        push(std::move(item));
    }
    /// Skipped records are counted per kind and go over as counts with the batch (an Apple Health export skips
    /// millions).
    void skipped(const QString& kind) override { ++m_skipped[kind]; }

    /// The reader is done.
    void finish()
    {
        if (!m_pending.items.empty() || !m_skipped.isEmpty())
            (void)handOver();
        m_full.finish();
    }
    /// The storing side gives up (cancel, error): the reader stops at its next hand-over.
    void stop() { m_full.stop(); }
    /// The next batch, or nothing once the reader is done and everything was taken.
    std::optional<Batch> take() { return m_full.take(); }

private:
    static constexpr std::size_t BatchItems = 2048;
    static constexpr std::size_t MaxBatches = 8;

    bool push(Item&& item)
    {
        m_pending.items.push_back(std::move(item));
        if (m_pending.items.size() < BatchItems)
            return !m_stoppedSeen;
        return handOver();
    }

    /// Hands the pending batch over, with the skipped counts and the position read so far.
    bool handOver()
    {
        for (auto it = m_skipped.cbegin(); it != m_skipped.cend(); ++it) {
            Item item;
            item.kind = Kind::Skipped;
            item.text = it.key();
            item.count = it.value();
            m_pending.items.push_back(std::move(item));
        }
        m_skipped.clear();
        m_pending.position = m_device.pos();
        m_stoppedSeen = !m_full.push(std::move(m_pending));
        m_pending = Batch {};
        m_pending.items.reserve(BatchItems);
        return !m_stoppedSeen;
    }

    const QIODevice& m_device;
    // Filled by the reader without the lock:
    Batch m_pending;
    QSet<QString> m_notes;
    QHash<QString, qint64> m_skipped;
    bool m_stoppedSeen = false; ///< the storing side has stopped, as the reader last saw it
    HandOffQueue<Batch> m_full {MaxBatches};
};

} // namespace

Status readBeside(ImportFormat format, QIODevice& file, const ReaderOptions& options, RecordSink& sink,
                  const std::function<void(qint64 position, qint64 records)>& afterBatch)
{
    RecordQueue queue(file);
    Status read;
    // The reader reads the file only: it never touches the store, so it needs no connection.
    const std::unique_ptr<QThread> reader(QThread::create([&queue, &read, &file, format, &options] {
        read = readRecords(format, file, options, queue);
        queue.finish();
    }));
    reader->setObjectName(QStringLiteral("pulsedesk-import-reader"));
    reader->start();
    qint64 count = 0;
    bool stopped = false;
    while (auto batch = queue.take()) {
        for (RecordQueue::Item& item : batch->items) {
            if (stopped)
                break;
            switch (item.kind) {
            case RecordQueue::Kind::Record:
                stopped = !sink.record(std::move(item.record));
                ++count;
                break;
            case RecordQueue::Kind::Rejection:
                stopped = !sink.reject(std::move(item.rejection));
                ++count;
                break;
            case RecordQueue::Kind::Aliases:
                sink.deviceAliases(item.text, item.list);
                break;
            case RecordQueue::Kind::Note:
                sink.note(item.text);
                break;
            case RecordQueue::Kind::Skipped:
                for (qint64 i = 0; i < item.count; ++i)
                    sink.skipped(item.text);
                break;
            }
        }
        if (stopped)
            queue.stop(); // the reader sees it at its next hand-over and ends
        if (afterBatch)
            afterBatch(batch->position, count);
    }
    reader->wait();
    return read;
}

} // namespace pulsedesk
