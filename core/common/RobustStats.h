#pragma once

#include <vector>

namespace pulsedesk::RobustStats {

/// The median of the values (the mean of the two middle ones for an even count; NaN for none). The values are
/// reordered.
double median(std::vector<double>& values);
/// The median absolute deviation from `centre`, unscaled (NaN for none). The values are overwritten.
double mad(std::vector<double>& values, double centre);

/// Makes the MAD a consistent estimator of the standard deviation for normal data (Leys et al. 2013).
constexpr double MadScale = 1.4826;

} // namespace pulsedesk::RobustStats
