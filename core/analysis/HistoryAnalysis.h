#pragma once

#include "analysis/AnalysisTypes.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "settings/AnalysisSettings.h"

#include <vector>

namespace pulsedesk {

class Database;
class FindingStore;
class ResultStore;

/// Analysis after the fact, of samples already in the store that no live analysis saw (an import, a replay from
/// the command line): every window they touch is analysed with everything stored in it, its result stored, and
/// abnormal windows become findings for review. It raises no live alarm. Runs on the calling thread (plus one
/// reading thread of its own in analyseRanges()).
class HistoryAnalysis
{
public:
    struct Totals
    {
        qint64 samples = 0;
        qint64 results = 0;
        qint64 findings = 0;
    };

    /// A device's stored samples from `firstMs` to `lastMs` (an import's range on that device).
    struct StoredRange
    {
        qint64 deviceRowId = 0;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
    };

    HistoryAnalysis(Database& database, const ResultStore& results, const FindingStore& findings);

    /// Reads each window the samples touch back whole from the store.
    Result<Totals> analyseStored(const std::vector<AnalysisSample>& samples, const AnalysisSettings& settings,
                                 const Clock& clock = Clock::system()) const;
    /// Reads every window of the ranges once, in order, device by device: much faster than analyseStored() for
    /// long ranges, which reads each window back separately.
    Result<Totals> analyseRanges(const std::vector<StoredRange>& ranges, const AnalysisSettings& settings,
                                 const Clock& clock = Clock::system()) const;

private:
    Database& m_database;
    const ResultStore& m_results;
    const FindingStore& m_findings;
};

} // namespace pulsedesk
