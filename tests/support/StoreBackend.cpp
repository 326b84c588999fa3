#include "StoreBackend.h"

#include "PostgresServer.h"

#include <QTest>

namespace pulsedesk::test {

namespace {

StoreBackend g_backend = StoreBackend::SqlCipher;
PostgresServer* g_server = nullptr;

} // namespace

StoreBackend currentBackend()
{
    return g_backend;
}

QString backendName(StoreBackend backend)
{
    return backend == StoreBackend::Postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLCipher");
}

PostgresServer* postgresServer()
{
    return g_server;
}

int runOnEveryBackend(QObject& test, int argc, char** argv)
{
    g_backend = StoreBackend::SqlCipher;
    qInfo("Store backend: %s", qPrintable(backendName(g_backend)));
    int failures = QTest::qExec(&test, argc, argv);

    PostgresServer server;
    QString error;
    if (!server.start(&error)) {
        qCritical("The PostgreSQL server for the second run could not be started: %s", qPrintable(error));
        return failures + 1;
    }
    g_server = &server;
    g_backend = StoreBackend::Postgres;
    qInfo("Store backend: %s (port %d)", qPrintable(backendName(g_backend)), server.port());
    failures += QTest::qExec(&test, argc, argv);
    g_server = nullptr;
    g_backend = StoreBackend::SqlCipher;
    return failures;
}

} // namespace pulsedesk::test
