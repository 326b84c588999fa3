#pragma once

#include <QByteArray>
#include <QList>

#include <vector>

namespace pulsedesk::test {

/// Measuring sound in tests: 16-bit little-endian mono PCM as numbers in [-1, 1), the pulses heard in it, and
/// the power of one frequency.
std::vector<double> pcmSamples(const QByteArray& pcm);

struct PcmSpan
{
    double startMs = 0;
    double lengthMs = 0;
};

/// Runs of sound louder than `threshold`, split by silences longer than 20 ms.
QList<PcmSpan> pulsesIn(const std::vector<double>& x, int sampleRate, double threshold = 1e-3);

/// The power of one frequency in `count` samples from `from` (a single DFT bin, Goertzel's way).
double powerAt(const std::vector<double>& x, size_t from, size_t count, double hz, int sampleRate);

/// The strongest frequency in [fromHz, toHz], in `stepHz` steps.
double strongestFrequency(const std::vector<double>& x, size_t from, size_t count, double fromHz, double toHz,
                          double stepHz, int sampleRate);

} // namespace pulsedesk::test
