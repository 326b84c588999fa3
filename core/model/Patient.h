#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pulsedesk {

enum class Sex
{
    Unknown,
    Female,
    Male,
};

QString sexKey(Sex sex);
std::optional<Sex> sexFromKey(const QString& key);
QString sexDisplayName(Sex sex);

/// What a doctor enters to admit a patient.
struct PatientInput
{
    QString mrn; ///< medical record number, unique
    QString name;
    QDate birthDate; ///< invalid when unknown
    Sex sex = Sex::Unknown;
    QString ward;
    QString bed;
};

struct Patient
{
    qint64 id = 0;
    QString mrn;
    QString name;
    QDate birthDate;
    Sex sex = Sex::Unknown;
    QString ward;
    QString bed;
    QDateTime admittedAt;
    QDateTime dischargedAt; ///< invalid while admitted
    QList<qint64> doctorIds;

    bool isAdmitted() const { return !dischargedAt.isValid(); }
    /// Whole years on the given date; nullopt without a birth date.
    std::optional<int> ageInYearsOn(const QDate& date) const;
};

} // namespace pulsedesk
