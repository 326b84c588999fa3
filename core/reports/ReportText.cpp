#include "reports/ReportText.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace pulsedesk::reports::ReportText {

QString dash()
{
    return QStringLiteral("–");
}

QString time(qint64 ms)
{
    if (ms <= 0)
        return dash();
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString timeOfDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm"));
}

QString period(qint64 fromMs, qint64 toMs)
{
    return QCoreApplication::translate("Report", "%1 to %2").arg(time(fromMs), time(toMs));
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return dash();
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("Report", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("Report", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QCoreApplication::translate("Report", "%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString bpm(double value)
{
    return std::isnan(value) ? dash() : QString::number(value, 'f', 0);
}

QString percent(double share)
{
    if (share <= 0)
        return dash();
    return QCoreApplication::translate("Report", "%1 %").arg(std::lround(share * 100));
}

} // namespace pulsedesk::reports::ReportText
