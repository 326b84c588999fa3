#pragma once

#include "analysis/HeartRateBands.h"
#include "model/Patient.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pulsedesk {

/// The five categories of the analysis, ordered from slowest to fastest.
enum class Category
{
    SevereBradycardia,
    ModerateBradycardia,
    NoAnomaly,
    ModerateTachycardia,
    SevereTachycardia,
};

QString categoryKey(Category category); ///< stable key stored in the database: "severe-bradycardia" ...
std::optional<Category> categoryFromKey(const QString& key);
QString categoryDisplayName(Category category);
/// A band's label as people read it, in their language: "0-3 months" is stored (the reference table's own
/// label) and shown as "0 to 3 months"; "patient limits" as "the patient's own limits". A label of another
/// form (an edited table) is shown as it is.
QString bandDisplayName(const QString& label);
bool isSevere(Category category);
bool isBradycardia(Category category);
bool isTachycardia(Category category);

/// Which limits a classification used.
enum class ClassificationBasis
{
    ReferenceTable, ///< the band for the patient's age and sex
    PatientLimits, ///< limits a doctor set for this patient
    AdultAssumed, ///< birth date (or, for a sex-specific band, sex) unknown: adult band
};

QString basisKey(ClassificationBasis basis);
std::optional<ClassificationBasis> basisFromKey(const QString& key);

struct ClassifierInput
{
    double meanHeartRate = 0;
    QDate birthDate; ///< invalid when unknown
    Sex sex = Sex::Unknown;
    QDate onDate; ///< the date of the window, in the ward's time zone
    std::optional<HeartRateLimits> patientLimits; ///< current per-patient limits, if a doctor set them
};

struct Classification
{
    Category category = Category::NoAnomaly;
    ClassificationBasis basis = ClassificationBasis::ReferenceTable;
    QString band; ///< the band's label, or "patient limits"
    bool operator==(const Classification&) const = default;
};

/// The limits a patient's windows are judged by, and where they come from.
struct AppliedLimits
{
    HeartRateLimits limits;
    ClassificationBasis basis = ClassificationBasis::ReferenceTable;
    QString band; ///< the band's label, or "patient limits"
};

namespace Classifier {

/// Completed months between the birth date and the date (negative when born after it).
int ageInMonths(const QDate& birthDate, const QDate& onDate);

/// The limits that apply on that date: the doctor's limits if set, else the band for the age and sex, else the
/// adult band (unknown birth date).
AppliedLimits limitsFor(const HeartRateBands& bands, const QDate& birthDate, Sex sex, const QDate& onDate,
                        const std::optional<HeartRateLimits>& patientLimits);

/// Places a mean heart rate in its category. Pure: the same input always gives the same output, so it is
/// table-tested at every band edge.
Classification classify(const HeartRateBands& bands, const ClassifierInput& input);

/// The category of a mean under the given limits (compared as documented on HeartRateLimits).
Category categorize(double mean, const HeartRateLimits& limits);

} // namespace Classifier

} // namespace pulsedesk
