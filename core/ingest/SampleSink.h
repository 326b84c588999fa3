#pragma once

#include "model/AnalysisSample.h"

#include <vector>

namespace pulsedesk {

/// Receives samples just stored (live, replayed or imported), on any thread.
class SampleSink
{
public:
    virtual ~SampleSink() = default;
    virtual void submit(std::vector<AnalysisSample> samples) = 0;
};

} // namespace pulsedesk
