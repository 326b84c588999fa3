#include "demo/SimulatedFleet.h"

#include "demo/DemoWard.h"
#include "ingest/MessageParser.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SampleWriter.h"
#include "storage/SqlSupport.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace pulsedesk::SimulatedFleet {

Result<qint64> store(Workspace& workspace, const Session& session, const QList<DeviceSimulator::Device>& devices,
                     const QString& manufacturer, const QString& model, qint64 endMs, int seconds, quint32 seed,
                     DeviceSimulator::Options options)
{
    QHash<QString, qint64> rowIds;
    for (const DeviceSimulator::Device& d : devices) {
        auto added = workspace.devices().add(session, d.deviceId, manufacturer, model);
        if (!added)
            return added.error();
        rowIds.insert(d.deviceId, added->id);
    }
    DeviceSimulator simulator(devices, seed, options);
    QSqlDatabase db = workspace.database().connection();
    const QString doing = QCoreApplication::translate("SimulatedFleet", "storing the simulated fleet");
    const qint64 startMs = endMs - qint64(seconds) * 1000;
    qint64 stored = 0;
    constexpr int SecondsPerTransaction = 300;
    for (int second = 0; second < seconds;) {
        Sql::Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        SampleWriter writer(db);
        if (!writer.ok())
            return writer.error(doing);
        for (const int last = std::min(seconds, second + SecondsPerTransaction); second < last; ++second) {
            const qint64 now = startMs + qint64(second) * 1000;
            for (const DeviceSimulator::Publication& p : simulator.tick(now)) {
                for (const Sample& sample : MessageParser::parse(p.payload, now).samples) {
                    auto written = writer.write(rowIds.value(sample.deviceId), sample, SampleWriter::Source::Live, now);
                    if (!written)
                        return written.error();
                    stored += written->kind == SampleWriter::Written::Kind::Stored ? 1 : 0;
                }
            }
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return stored;
}

QList<DeviceSimulator::Device> labelled(const QString& prefix, int healthy, int faulty)
{
    const QList<DemoWard::Bed> beds = DemoWard::beds();
    QList<DeviceSimulator::Device> devices;
    for (int i = 0; i < healthy; ++i)
        devices.append({QStringLiteral("%1ok-%2").arg(prefix).arg(i + 1), beds[i % beds.size()].ageYears});
    devices += DeviceSimulator::faultyDevices(prefix, faulty);
    return devices;
}

} // namespace pulsedesk::SimulatedFleet
