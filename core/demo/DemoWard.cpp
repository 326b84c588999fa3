#include "demo/DemoWard.h"

#include "scores/ObservationStore.h"
#include "security/Session.h"
#include "settings/Settings.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/StaffDirectory.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pulsedesk::DemoWard {

namespace {

struct DemoPatient
{
    const char* mrn;
    const char* name;
    Sex sex;
    int doctor; ///< index into the doctors
    const News2Observation* observations = nullptr; ///< the admission round's, if any
};

// Admission rounds: NEWS2 0 (low), 5 (medium: respiration 22, SpO2 95, pulse 96, temperature 38.4) and 3 from a
// single parameter (low-medium: responds to voice).
constexpr News2Observation Calm {.respirationRate = 16, .spo2 = 97, .systolic = 124, .pulse = 72, .temperatureC = 36.8};
constexpr News2Observation Feverish {
    .respirationRate = 22, .spo2 = 95, .systolic = 112, .pulse = 96, .temperatureC = 38.4};
constexpr News2Observation Drowsy {.respirationRate = 18,
                                   .spo2 = 96,
                                   .systolic = 118,
                                   .pulse = 84,
                                   .consciousness = Consciousness::Voice,
                                   .temperatureC = 37.2};

// Fictitious people; the ages follow beds().
constexpr DemoPatient Patients[] = {
    {"DEMO-001", "Baby Lina Weber", Sex::Female, 0},        {"DEMO-002", "Baby Tom Keller", Sex::Male, 1},
    {"DEMO-003", "Mia Schneider", Sex::Female, 0},          {"DEMO-004", "Luca Bianchi", Sex::Male, 1},
    {"DEMO-005", "Emma Dubois", Sex::Female, 0, &Calm},     {"DEMO-006", "Noah Garcia", Sex::Male, 1, &Calm},
    {"DEMO-007", "Sofia Rossi", Sex::Female, 0, &Feverish}, {"DEMO-008", "Jonas Fischer", Sex::Male, 1, &Drowsy},
    {"DEMO-009", "Clara Martin", Sex::Female, 0},           {"DEMO-010", "Paul Lefebvre", Sex::Male, 1, &Calm},
    {"DEMO-011", "Greta Hoffmann", Sex::Female, 0},         {"DEMO-012", "Otto Brandt", Sex::Male, 1},
};

Error setupFailed(const QString& what, const QString& why)
{
    return {Error::Code::Storage,
            QCoreApplication::translate("DemoWard", "The demo ward could not be set up (%1): %2").arg(what, why)};
}

/// Adds a member of staff and replaces the one-time password with the demo one, as their first login would.
Status addStaff(Workspace& workspace, const Session& admin, const Account& account, Role role)
{
    const QString oneTime = account.password + QStringLiteral("-first");
    if (auto added = workspace.staff().add(admin, account.username, account.name, role, oneTime); !added)
        return added.error();
    auto session = workspace.login(account.username, oneTime);
    if (!session)
        return session.error();
    return workspace.staff().changeOwnPassword(session.value(), oneTime, account.password);
}

} // namespace

QList<Account> accounts()
{
    return {
        {QStringLiteral("admin"), QStringLiteral("demo-admin-2026"), QStringLiteral("admin"),
         QStringLiteral("Ada Admin")},
        {QStringLiteral("dr.rossi"), QStringLiteral("demo-doctor-2026"), QStringLiteral("doctor"),
         QStringLiteral("Dr Marta Rossi")},
        {QStringLiteral("dr.meyer"), QStringLiteral("demo-doctor-2026"), QStringLiteral("doctor"),
         QStringLiteral("Dr Jan Meyer")},
        {QStringLiteral("nurse.ana"), QStringLiteral("demo-nurse-2026"), QStringLiteral("nurse"),
         QStringLiteral("Ana Nurse")},
    };
}

QList<Bed> beds()
{
    static const double ages[] = {0.1, 0.5, 3, 7, 15, 28, 41, 55, 63, 72, 80, 88};
    QList<Bed> list;
    for (int i = 0; i < int(std::size(ages)); ++i)
        list.append({QString::number(i + 1), QStringLiteral("sim-%1").arg(i + 1), ages[i]});
    return list;
}

QList<DeviceSimulator::Device> faultySpares()
{
    return DeviceSimulator::faultyDevices(QStringLiteral("sim-"), 4);
}

Status prepare(const QString& dataDir, int brokerPort)
{
    Workspace workspace(dataDir);
    const QList<Account> staff = accounts();
    const Account& adminAccount = staff.front();
    const bool existing = workspace.isInitialized();
    if (!existing) {
        if (auto created = workspace.initialize(adminAccount.username, adminAccount.name, adminAccount.password);
            !created)
            return created;
    }
    auto admin = workspace.login(adminAccount.username, adminAccount.password);
    if (!admin)
        return setupFailed(QStringLiteral("admin"), admin.errorMessage());
    Settings& settings = workspace.settings();
    if (auto set = settings.setValue(admin.value(), Settings::Key::MqttHost, QStringLiteral("127.0.0.1")); !set)
        return set;
    if (auto set = settings.setValue(admin.value(), Settings::Key::MqttPort, brokerPort); !set)
        return set;
    if (existing)
        return {};

    for (const Account& account : staff.mid(1)) {
        const Role role = account.role == QLatin1String("doctor") ? Role::Doctor : Role::Nurse;
        if (auto added = addStaff(workspace, admin.value(), account, role); !added)
            return setupFailed(account.username, added.errorMessage());
    }
    QList<Session> doctors;
    for (const Account& account : staff) {
        if (account.role != QLatin1String("doctor"))
            continue;
        auto session = workspace.login(account.username, account.password);
        if (!session)
            return session.error();
        doctors.append(session.value());
    }
    auto nurse = workspace.login(staff.back().username, staff.back().password);
    if (!nurse)
        return nurse.error();

    const QDate today = QDate::currentDate();
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QList<Bed> ward = beds();
    for (qsizetype i = 0; i < ward.size(); ++i) {
        const Bed& bed = ward[i];
        const DemoPatient& p = Patients[i];
        PatientInput input;
        input.mrn = QString::fromLatin1(p.mrn);
        input.name = QString::fromUtf8(p.name);
        input.sex = p.sex;
        input.birthDate = today.addDays(-qint64(bed.ageYears * 365.25));
        input.ward = QStringLiteral("A");
        input.bed = bed.bed;
        if (auto admitted = workspace.patients().admit(doctors.at(p.doctor), input); !admitted)
            return setupFailed(input.mrn, admitted.errorMessage());
        if (auto added = workspace.devices().add(nurse.value(), bed.deviceId, QStringLiteral("PulseDesk"),
                                                 QStringLiteral("Simulated monitor"));
            !added)
            return setupFailed(bed.deviceId, added.errorMessage());
        if (auto assigned = workspace.devices().assign(nurse.value(), bed.deviceId, input.mrn, since); !assigned)
            return setupFailed(bed.deviceId, assigned.errorMessage());
        // The admission round's observations, so that the ward shows early-warning scores from the start.
        if (p.observations) {
            ObservationInput round;
            round.values = *p.observations;
            if (auto recorded = workspace.observations().add(nurse.value(), input.mrn, round); !recorded)
                return setupFailed(input.mrn, recorded.errorMessage());
        }
    }
    for (const DeviceSimulator::Device& spare : faultySpares())
        if (auto added = workspace.devices().add(nurse.value(), spare.deviceId, QStringLiteral("PulseDesk"),
                                                 QStringLiteral("Simulated monitor"));
            !added)
            return setupFailed(spare.deviceId, added.errorMessage());
    return {};
}

} // namespace pulsedesk::DemoWard
