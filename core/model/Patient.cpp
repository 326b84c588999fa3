#include "model/Patient.h"

#include <QCoreApplication>

namespace pulsedesk {

QString sexKey(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<Sex> sexFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("female") || k == QLatin1String("f"))
        return Sex::Female;
    if (k == QLatin1String("male") || k == QLatin1String("m"))
        return Sex::Male;
    if (k.isEmpty() || k == QLatin1String("unknown") || k == QLatin1String("u"))
        return Sex::Unknown;
    return std::nullopt;
}

QString sexDisplayName(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QCoreApplication::translate("Sex", "Female");
    case Sex::Male:
        return QCoreApplication::translate("Sex", "Male");
    case Sex::Unknown:
        break;
    }
    return QCoreApplication::translate("Sex", "Unknown");
}

std::optional<int> Patient::ageInYearsOn(const QDate& date) const
{
    if (!birthDate.isValid() || !date.isValid() || date < birthDate)
        return std::nullopt;
    int years = date.year() - birthDate.year();
    if (date.month() < birthDate.month() || (date.month() == birthDate.month() && date.day() < birthDate.day()))
        --years;
    return years;
}

} // namespace pulsedesk
