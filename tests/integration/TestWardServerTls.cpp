#include "CliRunner.h"
#include "PostgresServer.h"
#include "TestPki.h"

#include <QTest>

using namespace pulsedesk::test;

/// A ward server that takes TLS connections only (hostssl), with certificates made by OpenSSL in the test: the
/// ward's CA verifies it (sslmode=verify-full); a wrong CA, another host name or no encryption are refused, each
/// with a message that says what to do.
class TestWardServerTls : public QObject
{
    Q_OBJECT

    TestPki m_pki;
    PostgresServer m_server;
    QString m_ward;

    QString file(const char* name) const { return m_pki.file(QString::fromLatin1(name)); }

    QString ward(const QString& host, const QString& tls) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 %4").arg(host).arg(m_server.port()).arg(m_ward, tls);
    }

    CliRun status(const QString& connInfo)
    {
        return runCli({QStringLiteral("--server"), connInfo, QStringLiteral("--user"), QStringLiteral("ward.admin"),
                       QStringLiteral("--password-stdin"), QStringLiteral("status")},
                      "admin-password-1\n");
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        QVERIFY(m_pki.makeCa(QStringLiteral("ward-ca")));
        QVERIFY(m_pki.makeCa(QStringLiteral("other-ca")));
        // The server's certificate, for the address 127.0.0.1 only, signed by the ward's CA.
        QVERIFY(m_pki.makeSigned(QStringLiteral("server"), QStringLiteral("ward-db"), true, QStringLiteral("ward-ca")));
        m_server.requireTls(file("server.crt"), file("server.key"));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_ward = m_server.createDatabase(&error);
        QVERIFY2(!m_ward.isEmpty(), qPrintable(error));
        const CliRun init = runCli(
            {QStringLiteral("--server"),
             m_server.connInfo(m_ward) + QStringLiteral(" sslmode=verify-full sslrootcert=") + file("ward-ca.crt"),
             QStringLiteral("--password-stdin"), QStringLiteral("server"), QStringLiteral("init"),
             QStringLiteral("--admin"), QStringLiteral("ward.admin")},
            "admin-password-1\n");
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void theWardsCa_verifiesTheServer()
    {
        const CliRun run = status(ward(QStringLiteral("127.0.0.1"),
                                       QStringLiteral("sslmode=verify-full sslrootcert=") + file("ward-ca.crt")));
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void aWrongCa_isRefused_sayingWhatToDo()
    {
        const CliRun run = status(ward(QStringLiteral("127.0.0.1"),
                                       QStringLiteral("sslmode=verify-full sslrootcert=") + file("other-ca.crt")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("is not signed by the CA in sslrootcert"), run.err.constData());
    }

    void anotherHostName_isRefused_sayingWhatToDo()
    {
        const CliRun run = status(ward(QStringLiteral("localhost"),
                                       QStringLiteral("sslmode=verify-full sslrootcert=") + file("ward-ca.crt")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("made out to another name"), run.err.constData());
    }

    void aMissingCaFile_isRefused_sayingWhatToDo()
    {
        const CliRun run = status(ward(QStringLiteral("127.0.0.1"),
                                       QStringLiteral("sslmode=verify-full sslrootcert=") + file("missing.crt")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("sslrootcert cannot be read"), run.err.constData());
    }

    void noEncryption_isRefused_sayingWhatToDo()
    {
        const CliRun run = status(ward(QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=disable")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("accepts only encrypted connections"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestWardServerTls)
#include "TestWardServerTls.moc"
