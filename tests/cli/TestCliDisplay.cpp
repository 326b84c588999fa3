#include "CliRunner.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "ingest/IngestPipeline.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// pulsedesk-cli shows text from outside (device ids and topics from the network, file names and contents)
/// with control characters escaped: no escape sequence, faked line or NUL reaches the terminal. Per-file import
/// failures are reported on stderr.
class TestCliDisplay : public QObject
{
    Q_OBJECT

    using Run = CliRun;

    std::unique_ptr<TestWorkspace> m_tw;
    QStringList m_store; ///< --data DIR, or --server CONNINFO in the PostgreSQL run
    QTemporaryDir m_files;

    /// The device id and topic a hostile client sends.
    static QString hostile()
    {
        return QStringLiteral("evil\x1b[2J\nALARM HIGH bed 3") + QChar(0) + QChar(0x202e) + QStringLiteral("x");
    }

    Run cli(const QStringList& args)
    {
        return runCli(
            m_store
                + QStringList {QStringLiteral("--user"), QStringLiteral("nurse"), QStringLiteral("--password-stdin")}
                + args,
            QByteArray(TestWorkspace::StaffPassword) + '\n');
    }

    /// Nothing that could drive a terminal or fake a line: no ESC, NUL, C1 or override, and no line of its own.
    static void verifyClean(const QByteArray& text)
    {
        QVERIFY2(!text.contains('\x1b'), text.constData());
        QVERIFY2(!text.contains('\0'), text.toHex().constData());
        QVERIFY2(!text.contains("\xe2\x80\xae"), text.constData()); // U+202E
        for (const QByteArray& line : text.split('\n'))
            QVERIFY2(!line.startsWith("ALARM HIGH"), text.constData());
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        m_tw = std::make_unique<TestWorkspace>();
        m_tw->addStaff(QStringLiteral("nurse"), Role::Nurse);
        // As live ingest keeps it: the device is not registered, so the message is quarantined.
        const QJsonObject message {{QStringLiteral("deviceId"), hostile()},
                                   {QStringLiteral("timestamp"), QDateTime::currentSecsSinceEpoch() - 60},
                                   {QStringLiteral("bpm"), 77}};
        QVERIFY(
            m_tw->workspace()
                .ingest()
                .ingest({{QStringLiteral("mqtt"), QStringLiteral("ward/") + hostile(),
                          QJsonDocument(message).toJson(QJsonDocument::Compact), QDateTime::currentMSecsSinceEpoch()}})
                .ok());
        m_store = m_tw->cliStore();
        m_tw->close();
    }

    void quarantineList_escapesDeviceIdsAndTopics()
    {
        const Run r = cli({QStringLiteral("quarantine"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("\\x1b[2J"), r.out.constData()); // shown, as an escape
        verifyClean(r.out);
        QCOMPARE(r.out.count('\n'), 1); // one message, one line
        // JSON, for programs, keeps the exact text, its control characters escaped the JSON way.
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("quarantine"), QStringLiteral("list")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QVERIFY(!json.out.contains('\x1b') && !json.out.contains('\0'));
        QVERIFY(json.out.contains("\\u001b[2J"));
    }

    void importPreview_escapesFileNamesAndTheirContent()
    {
        const qint64 t = (QDateTime::currentMSecsSinceEpoch() / 1000 - 600) * 1000;
        const QJsonObject dump {
            {QStringLiteral("deviceId"), hostile()},
            {QStringLiteral("samples"),
             QJsonDocument::fromJson(QStringLiteral(R"([{"timestamp":%1,"bpm":70}])").arg(t).toUtf8()).array()}};
        const QString path = write(QStringLiteral("dump\x1b[31m.json"), QJsonDocument(dump).toJson());
        const Run r = cli({QStringLiteral("import"), path, QStringLiteral("--dry-run")});
        QVERIFY2(r.out.contains("dump\\x1b[31m.json"), r.out.constData());
        verifyClean(r.out);
        verifyClean(r.err);
    }

    void importFailures_goToStderr_escaped()
    {
        const QString bad = write(QStringLiteral("bad\x1b[2J.json"), QByteArray("{\"deviceId\": \"\x1b[2J"));
        const qint64 t = (QDateTime::currentMSecsSinceEpoch() / 1000 - 600) * 1000;
        const QString good =
            write(QStringLiteral("good.json"),
                  QStringLiteral(R"({"deviceId":"dev-x","samples":[{"timestamp":%1,"bpm":70}]})").arg(t).toUtf8());
        const Run r = cli({QStringLiteral("import"), bad, good, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not imported"), r.err.constData());
        QVERIFY2(r.err.contains("bad\\x1b[2J.json"), r.err.constData());
        QVERIFY2(!r.out.contains("not imported"), r.out.constData());
        QVERIFY2(r.out.contains("good.json"), r.out.constData()); // the next file went on
        verifyClean(r.out);
        verifyClean(r.err);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestCliDisplay)
#include "TestCliDisplay.moc"
