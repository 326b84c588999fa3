#include "import/ImportDeviceResolver.h"

#include <QCoreApplication>

namespace pulsedesk {

namespace {

constexpr int MaxReasons = 100;

} // namespace

ImportDeviceResolver::ImportDeviceResolver(QSqlDatabase& db, const ImportOptions& options)
    : m_db(db)
    , m_options(options)
{ }

const ImportDeviceResolver::Resolved& ImportDeviceResolver::resolve(const QString& source)
{
    if (const auto it = m_cache.constFind(source); it != m_cache.constEnd())
        return *it;
    Resolved r;
    const auto known = [this, &r](const QString& id, bool chosen) {
        if (id.isEmpty())
            return false;
        const std::optional<qint64> row = m_devices.rowId(m_db, id);
        if (!row)
            return false;
        r = {*row, id, chosen};
        return true;
    };
    QStringList names {source};
    if (source.startsWith(QLatin1String("Device/")))
        names.append(source.mid(7));
    names += m_aliases.value(source);
    if (!known(m_options.deviceMap.value(source), true)) {
        bool found = false;
        for (const QString& n : std::as_const(names))
            if ((found = known(n, false)))
                break;
        if (!found)
            known(m_options.defaultDevice, true);
    }
    return *m_cache.insert(source, r);
}

QString ImportDeviceResolver::unresolvedReason(const QString& source)
{
    return source.isEmpty()
        ? QCoreApplication::translate("Importer", "the file does not say which device took it; choose the device")
        : QCoreApplication::translate("Importer", "device %1 is not registered; choose the device it belongs to")
              .arg(source);
}

void countRejectReason(QMap<QString, qint64>& reasons, const QString& reason)
{
    if (reasons.contains(reason) || reasons.size() < MaxReasons)
        ++reasons[reason];
    else
        ++reasons[QCoreApplication::translate("Importer", "other reasons")];
}

} // namespace pulsedesk
