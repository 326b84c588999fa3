#pragma once

#include "import/ImportDeviceResolver.h"
#include "import/ImportFormat.h"
#include "import/Importer.h"
#include "storage/SampleWriter.h"

#include <QSet>
#include <QSqlDatabase>

#include <atomic>

namespace pulsedesk {

/// What a preview counts as the file is read: records, new and already stored samples, conflicts (rejected as the
/// import will reject them), rejections with their reasons, devices and the patients they were assigned to. Writes
/// nothing.
class ImportPreviewSink final : public RecordSink
{
public:
    ImportPreviewSink(QSqlDatabase& db, ImportPreview& preview, ImportDeviceResolver& resolver,
                      const std::atomic_bool* cancel);
    ~ImportPreviewSink() override { finish(); }
    ImportPreviewSink(const ImportPreviewSink&) = delete;
    ImportPreviewSink& operator=(const ImportPreviewSink&) = delete;

    /// Ends the read transaction of the look-ups, if one is open: after each batch of records, so that none is
    /// open while the reader is waited for or the caller hears of the progress.
    void finish() { m_lookup.endBatch(); }

    bool record(ImportRecord&& record) override;
    bool reject(ImportRejection&& rejection) override;
    void deviceAliases(const QString& source, const QStringList& aliases) override
    {
        m_resolver.addAliases(source, aliases);
    }
    void note(const QString& note) override
    {
        if (!m_preview.notes.contains(note))
            m_preview.notes.append(note);
    }
    void skipped(const QString& kind) override { ++m_preview.skipped[kind]; }

private:
    ImportDeviceSummary& summaryOf(const QString& source, const ImportDeviceResolver::Resolved& device);
    /// Counts the sample for the patient the device was assigned to at its time.
    void countPatient(ImportDeviceSummary& summary, qint64 rowId, qint64 ms);

    ImportPreview& m_preview;
    ImportDeviceResolver& m_resolver;
    const std::atomic_bool* m_cancel;
    SampleLookup m_lookup; ///< one look-up per record, a read transaction per batch
    QSet<qint64> m_seen;
};

} // namespace pulsedesk
