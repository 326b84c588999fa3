#include "ImportFixtures.h"

#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QDateTime>
#include <QFile>

namespace pulsedesk::test {

QByteArray dump(const QString& device, qint64 firstMs, int count, const std::function<double(int)>& bpm)
{
    QByteArray bytes = "{\"deviceId\":\"" + device.toUtf8() + "\",\"samples\":[\n";
    for (int i = 0; i < count; ++i)
        bytes += "{\"timestamp\":" + QByteArray::number(firstMs + i * 1000LL) + ",\"bpm\":" + QByteArray::number(bpm(i))
            + (i + 1 < count ? "},\n" : "}\n");
    return bytes + "]}\n";
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
    return path;
}

qint64 count(Workspace& w, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlDatabase db = w.database().connection();
    return Sql::scalar(db, sql, values).toLongLong();
}

Ward makeWard(qint64 assignedFromMs)
{
    Ward ward;
    ward.tw = std::make_unique<TestWorkspace>();
    Workspace& w = ward.tw->workspace();
    ward.doctor = ward.tw->addStaff(QStringLiteral("doc"), Role::Doctor);
    ward.nurse = ward.tw->addStaff(QStringLiteral("nurse"), Role::Nurse);
    ward.tw->admit(ward.doctor, QStringLiteral("MRN-1"), QStringLiteral("Patient One"), QStringLiteral("1"));
    ward.tw->admit(ward.doctor, QStringLiteral("MRN-2"), QStringLiteral("Patient Two"), QStringLiteral("2"));
    for (const QString& device : {QStringLiteral("dev-1"), QStringLiteral("dev-2")})
        if (!w.devices().add(ward.tw->admin(), device, QStringLiteral("Polar"), QStringLiteral("H10")))
            qFatal("device add failed");
    if (!w.devices().assign(ward.nurse, QStringLiteral("dev-1"), QStringLiteral("MRN-1"),
                            QDateTime::fromMSecsSinceEpoch(assignedFromMs, Qt::UTC)))
        qFatal("assign failed");
    return ward;
}

ImportOutcome importFile(Workspace& w, const Session& nurse, const QString& path, const ImportOptions& options,
                         SampleSink* sink)
{
    Importer importer(w);
    auto preview = importer.preview(nurse, path, options);
    if (!preview || !preview->error.isEmpty())
        qFatal("preview failed: %s", qPrintable(preview ? preview->error : preview.errorMessage()));
    auto outcome = importer.run(nurse, preview.value(), options, nullptr, {}, sink);
    if (!outcome)
        qFatal("import failed: %s", qPrintable(outcome.errorMessage()));
    return outcome.value();
}

} // namespace pulsedesk::test
