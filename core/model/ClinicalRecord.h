#pragma once

#include <QDateTime>
#include <QString>

namespace pulsedesk {

/// An entry in a patient's clinical notes. Entries are never changed: a correction is a new entry whose
/// `amendsId` points at the one it corrects, and both stay visible.
struct ClinicalRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 authorId = 0;
    QString authorName;
    QDateTime writtenAt;
    QString text;
    qint64 amendsId = 0; ///< 0 for an original entry
    qint64 amendedById = 0; ///< the newest amendment of this entry, 0 if none
};

} // namespace pulsedesk
