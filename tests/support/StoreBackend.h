#pragma once

#include <QObject>
#include <QString>

namespace pulsedesk::test {

class PostgresServer;

/// The engine behind the stores a test makes (TestWorkspace): the SQLCipher file, or a PostgreSQL database on a
/// server the test process starts for itself.
enum class StoreBackend
{
    SqlCipher,
    Postgres,
};

/// The backend of the run in progress.
StoreBackend currentBackend();
QString backendName(StoreBackend backend);

/// The server of the PostgreSQL run (started before it); null during the SQLCipher run.
PostgresServer* postgresServer();

/// Runs every test function of `test` once on each backend: SQLCipher first, then PostgreSQL on a server started
/// for the run in a temporary folder. Fails (never skips) when the server cannot be started.
int runOnEveryBackend(QObject& test, int argc, char** argv);

} // namespace pulsedesk::test

/// QTEST_GUILESS_MAIN, with every test function run on both backends.
#define PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestObject)                                                                  \
    int main(int argc, char* argv[])                                                                                   \
    {                                                                                                                  \
        QCoreApplication app(argc, argv);                                                                              \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return pulsedesk::test::runOnEveryBackend(tc, argc, argv);                                                     \
    }

/// QTEST_MAIN for a test that paints (QGuiApplication; the test includes <QGuiApplication>), with every test
/// function run on both backends.
#define PULSEDESK_TEST_GUI_MAIN_EVERY_BACKEND(TestObject)                                                              \
    int main(int argc, char* argv[])                                                                                   \
    {                                                                                                                  \
        QGuiApplication app(argc, argv);                                                                               \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return pulsedesk::test::runOnEveryBackend(tc, argc, argv);                                                     \
    }
