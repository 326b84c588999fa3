#pragma once

#include "common/Result.h"
#include "ingest/DeviceSimulator.h"

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
/// Spare monitors of the same model that are faulty (one of each kind, labelled in their ids), worn by nobody: the
/// device-fleet health flags them.
QList<DeviceSimulator::Device> faultySpares();

/// Creates the demo workstation in an empty folder, or, when it exists already, only points its broker setting
/// at `brokerPort`.
Status prepare(const QString& dataDir, int brokerPort);

} // namespace DemoWard

} // namespace pulsedesk
