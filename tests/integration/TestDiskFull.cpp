#include "MosquittoBroker.h"
#include "TestWorkspace.h"
#include "import/Importer.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

namespace {

/// A tmpfs of a few MiB mounted for the test (root, or CAP_SYS_ADMIN), as the disk of the data folder: filled to
/// the last byte with a file of its own, and emptied again.
class SmallDisk
{
public:
    static constexpr qint64 SizeBytes = 24 * 1024 * 1024;

    SmallDisk()
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=%1").arg(SizeBytes), QStringLiteral("pulsedesk-test"), m_mountPoint.path()});
        if (!mount.waitForFinished(10'000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            m_refusal = QString::fromLocal8Bit(mount.readAllStandardError()).trimmed() + mount.errorString();
    }
    ~SmallDisk()
    {
        if (m_refusal.isEmpty())
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_mountPoint.path()});
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    /// Why the machine would not mount it; empty when it is mounted.
    QString refusal() const { return m_refusal; }
    QString path() const { return m_mountPoint.path(); }

    /// Takes every free byte but `leaveBytes`.
    bool fill(qint64 leaveBytes = 0)
    {
        QFile filler(fillerPath());
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray block(64 * 1024, '\0');
        while (filler.write(block) > 0) { }
        // What is left is less than a block: take it byte by byte.
        while (filler.write("\0", 1) == 1) { }
        const qint64 size = filler.size();
        if (size <= leaveBytes || !filler.resize(size - leaveBytes))
            return false;
        filler.close();
        return true;
    }
    bool makeRoom() { return QFile::remove(fillerPath()); }

private:
    QString fillerPath() const { return m_mountPoint.path() + QStringLiteral("/filler"); }

    QTemporaryDir m_mountPoint;
    QString m_refusal;
};

/// A workspace whose folder is made on `disk` (QTemporaryDir follows TMPDIR).
std::unique_ptr<TestWorkspace> workspaceOn(const SmallDisk& disk)
{
    const QByteArray old = qgetenv("TMPDIR");
    qputenv("TMPDIR", disk.path().toLocal8Bit());
    auto tw = std::make_unique<TestWorkspace>();
    if (old.isEmpty())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", old);
    return tw;
}

qint64 samples(Workspace& w)
{
    QSqlDatabase db = w.database().connection();
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM samples")).toLongLong();
}

/// One message with `count` 1 Hz samples of the device, ending `endSeconds`.
QByteArray batch(const QString& device, qint64 endSeconds, int count)
{
    QByteArray json = "{\"deviceId\":\"" + device.toUtf8() + "\",\"samples\":[";
    for (int i = 0; i < count; ++i)
        json += (i ? "," : "")
            + QStringLiteral(R"({"timestamp":%1,"bpm":%2})").arg(endSeconds - count + i + 1).arg(60 + i % 40).toUtf8();
    return json + "]}";
}

} // namespace

/// The data folder on a disk that fills up: live ingest stops acknowledging and says why in the monitor, loses
/// nothing and goes on by itself once there is room; an import fails whole with a clear message.
class TestDiskFull : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmallDisk> m_disk;

private slots:
    void init()
    {
        m_disk = std::make_unique<SmallDisk>();
        if (!m_disk->refusal().isEmpty())
            QSKIP(qPrintable(QStringLiteral("this machine does not let the test mount a tmpfs (it needs root or "
                                            "CAP_SYS_ADMIN): ")
                             + m_disk->refusal()));
    }
    void cleanup() { m_disk.reset(); }

    void liveIngest_waitsForRoom_andLosesNothing()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), "mosquitto did not start (packaging/install-deps.sh installs it)");
        auto tw = workspaceOn(*m_disk);
        QVERIFY((*tw)->devices().add(tw->admin(), QStringLiteral("dev-a"), {}, {}).ok());
        const QString dir = tw->dir();
        tw->close();

        QProcess monitor;
        monitor.start(qEnvironmentVariable("PULSEDESK_CLI"),
                      {QStringLiteral("--data"), dir, QStringLiteral("--user"),
                       QString::fromLatin1(TestWorkspace::AdminName), QStringLiteral("--password-stdin"),
                       QStringLiteral("monitor"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--port"), QString::number(broker.port()), QStringLiteral("--status-every"),
                       QStringLiteral("1")});
        QVERIFY(monitor.waitForStarted(10'000));
        monitor.write(QByteArray(TestWorkspace::AdminPassword) + '\n');
        monitor.closeWriteChannel();
        QByteArray seen;
        const auto lastStatus = [&seen, &monitor] {
            seen += monitor.readAllStandardOutput();
            const qsizetype end = seen.lastIndexOf("\n");
            return seen.left(end).mid(seen.lastIndexOf("\n", end - 1) + 1);
        };
        // Subscribed first: the broker keeps messages for the session from then on.
        QTRY_VERIFY2_WITH_TIMEOUT(lastStatus().contains("broker connected"), seen.right(2000).constData(), 60'000);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(broker.publish(QStringLiteral("IoTSimulator/bpm"), batch(QStringLiteral("dev-a"), now - 4000, 1)));
        QTRY_VERIFY2_WITH_TIMEOUT(lastStatus().contains("broker connected") && lastStatus().contains("stored 1 "),
                                  seen.right(2000).constData(), 60'000);

        QVERIFY(m_disk->fill());
        // More samples than the database has free pages for: the write needs the disk.
        const int Count = 3000;
        QVERIFY(broker.publish(QStringLiteral("IoTSimulator/bpm"), batch(QStringLiteral("dev-a"), now - 5, Count)));
        QTRY_VERIFY2_WITH_TIMEOUT(lastStatus().contains("The disk is full"), seen.right(2000).constData(), 30'000);
        QVERIFY2(lastStatus().contains("stored 1 "), lastStatus().constData());
        QVERIFY2(lastStatus().contains("not acknowledged"), lastStatus().constData());

        // Room again: the broker's next delivery is stored, with nothing restarted.
        QVERIFY(m_disk->makeRoom());
        QTRY_VERIFY2_WITH_TIMEOUT(lastStatus().contains(QStringLiteral("stored %1 ").arg(1 + Count).toUtf8()),
                                  seen.right(2000).constData(), 90'000);
        QTRY_VERIFY2_WITH_TIMEOUT(lastStatus().contains("broker connected"), seen.right(2000).constData(), 30'000);
        monitor.terminate();
        QVERIFY(monitor.waitForFinished(20'000));

        tw->reopen();
        QVERIFY((*tw)
                    ->login(QString::fromLatin1(TestWorkspace::AdminName),
                            QString::fromLatin1(TestWorkspace::AdminPassword))
                    .ok());
        QCOMPARE(samples(tw->workspace()), qint64(1 + Count));
        QSqlDatabase db = (*tw)->database().connection();
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM quarantine")).toLongLong(), qint64(0));
    }

    void import_failsWhole_withAClearMessage()
    {
        auto tw = workspaceOn(*m_disk);
        Workspace& w = tw->workspace();
        QVERIFY(w.devices().add(tw->admin(), QStringLiteral("dev-a"), {}, {}).ok());
        const Session nurse = tw->addStaff(QStringLiteral("nurse"), Role::Nurse);
        QTemporaryDir elsewhere; // the file to import is not on the small disk
        const QString path = elsewhere.filePath(QStringLiteral("dump.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const int Count = 20'000;
        file.write(batch(QStringLiteral("dev-a"), QDateTime::currentSecsSinceEpoch() - 60, Count));
        file.close();

        Importer importer(w);
        const ImportOptions options;
        auto preview = importer.preview(nurse, path, options);
        QVERIFY2(preview.ok() && preview->error.isEmpty(), qPrintable(preview.errorMessage()));
        // Room for the import's lock file and its first rows, not for the whole file.
        QVERIFY(m_disk->fill(256 * 1024));
        auto failed = importer.run(nurse, preview.value(), options);
        QVERIFY2(failed.ok(), qPrintable(failed.errorMessage()));
        QCOMPARE(failed->state, ImportOutcome::State::Failed);
        QVERIFY2(failed->error.startsWith(QLatin1String("The disk is full: nothing of the file was stored")),
                 qPrintable(failed->error));
        QCOMPARE(samples(w), qint64(0));

        QVERIFY(m_disk->makeRoom());
        auto imported = importer.run(nurse, preview.value(), options);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(samples(w), qint64(Count));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "TestDiskFull.moc"
