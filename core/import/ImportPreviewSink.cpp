#include "import/ImportPreviewSink.h"

#include <algorithm>

namespace pulsedesk {

namespace {

constexpr int MaxListedRejections = 200;
constexpr qsizetype MaxTrackedKeys = 2'000'000;

qint64 pairKey(qint64 rowId, qint64 ms)
{
    // Device row ids are small; a sample's time fits in 44 bits of milliseconds until the year 2527.
    return (rowId << 44) ^ ms;
}

} // namespace

ImportPreviewSink::ImportPreviewSink(QSqlDatabase& db, ImportPreview& preview, ImportDeviceResolver& resolver,
                                     const std::atomic_bool* cancel)
    : m_preview(preview)
    , m_resolver(resolver)
    , m_cancel(cancel)
    , m_lookup(db)
{ }

bool ImportPreviewSink::record(ImportRecord&& record)
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
        m_preview.cancelled = true;
        return false;
    }
    const ImportDeviceResolver::Resolved& device = m_resolver.resolve(record.sourceDevice);
    ImportDeviceSummary& summary = summaryOf(record.sourceDevice, device);
    if (device.rowId == 0) {
        return reject({record.line, record.column, ImportDeviceResolver::unresolvedReason(record.sourceDevice), {}});
    }
    const qint64 ms = record.sample.timestampMs;
    bool duplicate = false;
    const qint64 key = pairKey(device.rowId, ms);
    if (m_seen.contains(key)) {
        duplicate = true;
    } else {
        QString conflict;
        if (const auto stored = m_lookup.stored(device.rowId, ms)) {
            duplicate = true;
            conflict = SampleWriter::compare(SampleWriter::vitalsOf(record.sample), *stored);
        }
        // As the import will: another value at a stored time is rejected, and the stored one stays.
        if (!conflict.isEmpty())
            return reject({record.line, record.column, conflict, {}});
        if (m_seen.size() < MaxTrackedKeys)
            m_seen.insert(key);
    }
    ++m_preview.records;
    summary.firstMs = summary.samples == 0 ? ms : std::min(summary.firstMs, ms);
    summary.lastMs = summary.samples == 0 ? ms : std::max(summary.lastMs, ms);
    m_preview.firstMs = m_preview.records == 1 ? ms : std::min(m_preview.firstMs, ms);
    m_preview.lastMs = m_preview.records == 1 ? ms : std::max(m_preview.lastMs, ms);
    ++summary.samples;
    countPatient(summary, device.rowId, ms);
    ++(duplicate ? m_preview.duplicates : m_preview.fresh);
    return true;
}

bool ImportPreviewSink::reject(ImportRejection&& rejection)
{
    ++m_preview.rejected;
    countRejectReason(m_preview.rejectReasons, rejection.reason);
    if (m_preview.rejections.size() < MaxListedRejections) {
        rejection.raw.clear();
        m_preview.rejections.append(std::move(rejection));
    }
    return !(m_cancel && m_cancel->load(std::memory_order_relaxed));
}

void ImportPreviewSink::countPatient(ImportDeviceSummary& summary, qint64 rowId, qint64 ms)
{
    const qint64 patient = m_resolver.patientAt(rowId, ms);
    if (patient == 0) {
        ++summary.unassigned;
        return;
    }
    auto it = std::find_if(summary.patients.begin(), summary.patients.end(),
                           [patient](const ImportPatientSpan& s) { return s.patientId == patient; });
    if (it == summary.patients.end())
        it = summary.patients.insert(summary.patients.end(), ImportPatientSpan {patient, {}, {}, {}, 0});
    ++it->samples;
}

ImportDeviceSummary& ImportPreviewSink::summaryOf(const QString& source, const ImportDeviceResolver::Resolved& device)
{
    for (ImportDeviceSummary& s : m_preview.devices)
        if (s.source == source)
            return s;
    ImportDeviceSummary s;
    s.source = source;
    s.device = device.deviceId;
    s.chosen = device.chosen;
    m_preview.devices.append(s);
    return m_preview.devices.last();
}

} // namespace pulsedesk
