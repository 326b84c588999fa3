#include "DisplayFormat.h"

#include "analysis/Classifier.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pulsedesk::ui::DisplayFormat {

QString localTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString localTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

QString number(double value, int decimals)
{
    return std::isnan(value) ? QString() : QLocale().toString(value, 'f', decimals);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString birthText(const Patient& p)
{
    if (!p.birthDate.isValid())
        return QCoreApplication::translate("DisplayFormat", "unknown");
    const QDate today = QDate::currentDate();
    const QString born = QLocale().toString(p.birthDate, QLocale::ShortFormat);
    const int months = Classifier::ageInMonths(p.birthDate, today);
    if (months < 1)
        return QCoreApplication::translate("DisplayFormat", "%1 (%n day(s))", nullptr,
                                           static_cast<int>(std::max<qint64>(0, p.birthDate.daysTo(today))))
            .arg(born);
    if (months < 24)
        return QCoreApplication::translate("DisplayFormat", "%1 (%n month(s))", nullptr, months).arg(born);
    return QCoreApplication::translate("DisplayFormat", "%1 (%2 y)").arg(born).arg(p.ageInYearsOn(today).value_or(0));
}

} // namespace pulsedesk::ui::DisplayFormat
