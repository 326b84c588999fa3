#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pulsedesk {

/// A demo ward for a newcomer: staff accounts for each role, a dozen patients of all ages (an infant and a
/// child among them), each wearing a simulated device, and the broker setting pointing at a local broker.
/// The accounts have known passwords, printed by the demo; they are for a demo data folder only.
namespace DemoWard {

struct Account
{
    QString username;
    QString password;
    QString role;
    QString name;
};

struct Bed
{
    QString bed;
    QString deviceId;
    double ageYears = 40;
};

/// The demo accounts (the same every time).
QList<Account> accounts();
/// The ward's beds: device ids and ages, which the simulator uses for resting rates that fit each wearer.
QList<Bed> beds();

/// Creates the demo workstation in an empty folder, or, when it exists already, only points its broker setting
/// at `brokerPort`.
Status prepare(const QString& dataDir, int brokerPort);

} // namespace DemoWard

} // namespace pulsedesk
