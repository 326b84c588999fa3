#pragma once

#include "common/Result.h"
#include "model/Sample.h"

#include <QSqlDatabase>

#include <functional>

namespace pulsedesk {

/// One stored sample as an export reads it: the device's row id (the text id is the caller's to look up once), the
/// vitals, and whether it was imported rather than received live.
struct StoredSample
{
    qint64 deviceRowId = 0;
    Sample sample; ///< deviceId left empty
    bool imported = false;
};

/// Streams the samples of one patient, from every device while it was assigned to them, one row at a time (a month
/// at 1 Hz is never held in memory): assignment by assignment in the order they began, each in time order. So the
/// rows are in time order unless the patient wore two devices at once. Permissions are the caller's.
namespace PatientSamples {

/// Calls `row` for each sample of the patient in [fromMs, toMs) until it returns false (the caller stops, with
/// its own reason). A failed read is an error that says `doing`.
Status each(QSqlDatabase& db, qint64 patientId, qint64 fromMs, qint64 toMs,
            const std::function<bool(const StoredSample&)>& row, const QString& doing);

/// The same rows for the research export: on a ward server through its function pulsedesk_research_samples (an
/// administrator may not read samples, ServerAdminReads), on one PC `each`.
Status eachForResearch(QSqlDatabase& db, qint64 patientId, qint64 fromMs, qint64 toMs,
                       const std::function<bool(const StoredSample&)>& row, const QString& doing);

} // namespace PatientSamples

} // namespace pulsedesk
