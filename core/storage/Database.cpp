#include "storage/Database.h"

#include <QLoggingCategory>
#include <QThread>

namespace pulsedesk {

Q_LOGGING_CATEGORY(lcConnections, "pulsedesk.storage.database")

QString Database::threadConnectionName(const char* kind, const QString& instance)
{
    return QStringLiteral("pulsedesk-%1%2-%3")
        .arg(QLatin1String(kind), instance)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::threadConnection(QMutex& mutex, const QSet<QString>& open, const QString& name,
                                        const std::function<Result<QSqlDatabase>(const QString&)>& opener)
{
    {
        QMutexLocker lock(&mutex);
        if (open.contains(name))
            return QSqlDatabase::database(name, false);
    }
    auto opened = opener(name);
    if (!opened) {
        qCCritical(lcConnections) << "Could not open a database connection:" << opened.errorMessage();
        return {};
    }
    return opened.value();
}

} // namespace pulsedesk
