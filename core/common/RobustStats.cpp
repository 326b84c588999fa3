#include "common/RobustStats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pulsedesk::RobustStats {

double median(std::vector<double>& values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto mid = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    const double upper = *mid;
    if (values.size() % 2 == 1)
        return upper;
    return (upper + *std::max_element(values.begin(), mid)) / 2;
}

double mad(std::vector<double>& values, double centre)
{
    for (double& x : values)
        x = std::abs(x - centre);
    return median(values);
}

} // namespace pulsedesk::RobustStats
