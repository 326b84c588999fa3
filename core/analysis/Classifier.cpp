#include "analysis/Classifier.h"

#include "common/KeyTable.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pulsedesk {

namespace {

constexpr KeyTable<Category, 5> CategoryKeys = {{
    {Category::SevereBradycardia, "severe-bradycardia"},
    {Category::ModerateBradycardia, "moderate-bradycardia"},
    {Category::NoAnomaly, "no-anomaly"},
    {Category::ModerateTachycardia, "moderate-tachycardia"},
    {Category::SevereTachycardia, "severe-tachycardia"},
}};

constexpr KeyTable<ClassificationBasis, 3> BasisKeys = {{
    {ClassificationBasis::ReferenceTable, "reference-table"},
    {ClassificationBasis::PatientLimits, "patient-limits"},
    {ClassificationBasis::AdultAssumed, "adult-assumed"},
}};

} // namespace

QString categoryKey(Category category)
{
    return keyOf(CategoryKeys, category);
}

std::optional<Category> categoryFromKey(const QString& key)
{
    return fromKey(CategoryKeys, key);
}

QString bandDisplayName(const QString& label)
{
    if (label == QLatin1String("patient limits"))
        return QCoreApplication::translate("Band", "the patient's own limits");
    static const QRegularExpression range(QStringLiteral("^(\\d+)-(\\d+) (months|years)$"));
    static const QRegularExpression adult(QStringLiteral("^adult \\((\\d+) years and over\\)$"));
    if (const QRegularExpressionMatch m = range.match(label); m.hasMatch()) {
        return m.captured(3) == QLatin1String("months")
            ? QCoreApplication::translate("Band", "%1 to %2 months").arg(m.captured(1), m.captured(2))
            : QCoreApplication::translate("Band", "%1 to %2 years").arg(m.captured(1), m.captured(2));
    }
    if (const QRegularExpressionMatch m = adult.match(label); m.hasMatch())
        return QCoreApplication::translate("Band", "adults, %1 years and over").arg(m.captured(1));
    return label;
}

QString categoryDisplayName(Category category)
{
    switch (category) {
    case Category::SevereBradycardia:
        return QCoreApplication::translate("Category", "Severe bradycardia");
    case Category::ModerateBradycardia:
        return QCoreApplication::translate("Category", "Moderate bradycardia");
    case Category::NoAnomaly:
        return QCoreApplication::translate("Category", "No anomaly");
    case Category::ModerateTachycardia:
        return QCoreApplication::translate("Category", "Moderate tachycardia");
    case Category::SevereTachycardia:
        return QCoreApplication::translate("Category", "Severe tachycardia");
    }
    Q_UNREACHABLE();
}

bool isSevere(Category category)
{
    return category == Category::SevereBradycardia || category == Category::SevereTachycardia;
}

bool isBradycardia(Category category)
{
    return category == Category::SevereBradycardia || category == Category::ModerateBradycardia;
}

bool isTachycardia(Category category)
{
    return category == Category::SevereTachycardia || category == Category::ModerateTachycardia;
}

QString basisKey(ClassificationBasis basis)
{
    return keyOf(BasisKeys, basis);
}

std::optional<ClassificationBasis> basisFromKey(const QString& key)
{
    return fromKey(BasisKeys, key);
}

namespace Classifier {

int ageInMonths(const QDate& birthDate, const QDate& onDate)
{
    int months = (onDate.year() - birthDate.year()) * 12 + (onDate.month() - birthDate.month());
    // A month is complete on the same day of the month, or on the last day of a shorter month.
    const int birthDay = std::min(birthDate.day(), onDate.daysInMonth());
    if (onDate.day() < birthDay)
        --months;
    return months;
}

Category categorize(double mean, const HeartRateLimits& limits)
{
    if (mean <= limits.severeBradycardiaAtOrBelow)
        return Category::SevereBradycardia;
    if (mean < limits.bradycardiaBelow)
        return Category::ModerateBradycardia;
    if (mean <= limits.tachycardiaAbove)
        return Category::NoAnomaly;
    if (mean < limits.severeTachycardiaAtOrAbove)
        return Category::ModerateTachycardia;
    return Category::SevereTachycardia;
}

AppliedLimits limitsFor(const HeartRateBands& bands, const QDate& birthDate, Sex sex, const QDate& onDate,
                        const std::optional<HeartRateLimits>& patientLimits)
{
    if (patientLimits)
        return {*patientLimits, ClassificationBasis::PatientLimits, QStringLiteral("patient limits")};
    const HeartRateBand* band = nullptr;
    if (birthDate.isValid() && onDate.isValid())
        band = bands.find(std::max(ageInMonths(birthDate, onDate), 0), sex);
    if (!band)
        return {bands.adult().limits, ClassificationBasis::AdultAssumed, bands.adult().label};
    return {band->limits, ClassificationBasis::ReferenceTable, band->label};
}

Classification classify(const HeartRateBands& bands, const ClassifierInput& input)
{
    const AppliedLimits applied = limitsFor(bands, input.birthDate, input.sex, input.onDate, input.patientLimits);
    return {categorize(input.meanHeartRate, applied.limits), applied.basis, applied.band};
}

} // namespace Classifier

} // namespace pulsedesk
