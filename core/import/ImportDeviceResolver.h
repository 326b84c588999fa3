#pragma once

#include "import/Importer.h"
#include "storage/DeviceResolver.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pulsedesk {

/// Maps the devices a file names to registered devices, on the shared DeviceResolver: the nurse's choice first,
/// then the name itself, the name without a FHIR "Device/" prefix, and the other names the file gives it;
/// finally the default device. One per preview or import, on the thread that reads the store.
class ImportDeviceResolver
{
public:
    struct Resolved
    {
        qint64 rowId = 0; ///< 0: no registered device
        QString deviceId;
        bool chosen = false;
    };

    ImportDeviceResolver(QSqlDatabase& db, const ImportOptions& options);

    void addAliases(const QString& source, const QStringList& aliases) { m_aliases[source] += aliases; }
    const Resolved& resolve(const QString& source);
    /// The patient the device was assigned to at `ms`, 0 for nobody.
    qint64 patientAt(qint64 rowId, qint64 ms) { return m_devices.patientAt(m_db, rowId, ms); }

    /// Why a record of `source` cannot be stored while it resolves to no registered device.
    static QString unresolvedReason(const QString& source);

private:
    QSqlDatabase& m_db;
    const ImportOptions& m_options;
    DeviceResolver m_devices;
    QHash<QString, QStringList> m_aliases;
    QHash<QString, Resolved> m_cache;
};

/// Counts a rejection's reason; past MaxReasons distinct ones, under "other reasons".
void countRejectReason(QMap<QString, qint64>& reasons, const QString& reason);

} // namespace pulsedesk
