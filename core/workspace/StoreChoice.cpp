#include "workspace/StoreChoice.h"

#include "storage/PostgresDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace pulsedesk {

namespace {

constexpr auto KindKey = "store/kind";
constexpr auto ServerKey = "store/server";

} // namespace

QString StoreChoice::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("workstation.conf"));
}

StoreChoice StoreChoice::load(const QString& path)
{
    StoreChoice choice;
    if (!QFileInfo::exists(path))
        return choice;
    const QSettings file(path, QSettings::IniFormat);
    const QString kind = file.value(QLatin1String(KindKey)).toString();
    if (kind == QLatin1String("local")) {
        choice.kind = Kind::Local;
    } else if (kind == QLatin1String("server")) {
        choice.kind = Kind::Server;
        choice.connInfo = file.value(QLatin1String(ServerKey)).toString();
    }
    return choice;
}

Status StoreChoice::save(const QString& path) const
{
    QString server;
    if (kind == Kind::Server) {
        auto normalized = PostgresDatabase::normalizeConnInfo(connInfo, false);
        if (!normalized)
            return normalized.error();
        server = normalized.value();
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("StoreChoice", "The folder of %1 cannot be created.").arg(path)};
    QSettings file(path, QSettings::IniFormat);
    file.setValue(QLatin1String(KindKey),
                  kind == Kind::Server      ? QStringLiteral("server")
                      : kind == Kind::Local ? QStringLiteral("local")
                                            : QString());
    if (kind == Kind::Server)
        file.setValue(QLatin1String(ServerKey), server);
    else
        file.remove(QLatin1String(ServerKey));
    file.sync();
    if (file.status() != QSettings::NoError)
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("StoreChoice", "The choice cannot be saved in %1.").arg(path)};
    return {};
}

Status StoreChoice::probe(const QString& connInfo)
{
    const Status reached = PostgresDatabase::tryLogin(connInfo, {});
    if (!reached && reached.code() == Error::Code::Authentication)
        return {}; // it answered and asks who logs in
    return reached;
}

} // namespace pulsedesk
