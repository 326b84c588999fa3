#include "PcmAnalysis.h"

#include <QtEndian>

#include <cmath>
#include <numbers>

namespace pulsedesk::test {

std::vector<double> pcmSamples(const QByteArray& pcm)
{
    std::vector<double> out(size_t(pcm.size() / 2));
    const auto* in = reinterpret_cast<const uchar*>(pcm.constData());
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = qFromLittleEndian<qint16>(in + 2 * i) / 32768.0;
    return out;
}

QList<PcmSpan> pulsesIn(const std::vector<double>& x, int sampleRate, double threshold)
{
    QList<PcmSpan> spans;
    const auto gapFrames = qsizetype(sampleRate / 50);
    qsizetype start = -1;
    qsizetype lastLoud = -1;
    auto close = [&] {
        if (start >= 0)
            spans.append({double(start) * 1000.0 / sampleRate, double(lastLoud - start + 1) * 1000.0 / sampleRate});
    };
    for (qsizetype i = 0; i < qsizetype(x.size()); ++i) {
        if (std::abs(x[size_t(i)]) < threshold)
            continue;
        if (start < 0 || i - lastLoud > gapFrames) {
            close();
            start = i;
        }
        lastLoud = i;
    }
    close();
    return spans;
}

double powerAt(const std::vector<double>& x, size_t from, size_t count, double hz, int sampleRate)
{
    const double w = 2.0 * std::numbers::pi * hz / sampleRate;
    double re = 0;
    double im = 0;
    for (size_t n = 0; n < count && from + n < x.size(); ++n) {
        re += x[from + n] * std::cos(w * double(n));
        im -= x[from + n] * std::sin(w * double(n));
    }
    return re * re + im * im;
}

double strongestFrequency(const std::vector<double>& x, size_t from, size_t count, double fromHz, double toHz,
                          double stepHz, int sampleRate)
{
    double best = fromHz;
    double peak = -1;
    for (double hz = fromHz; hz <= toHz; hz += stepHz) {
        const double p = powerAt(x, from, count, hz, sampleRate);
        if (p > peak) {
            peak = p;
            best = hz;
        }
    }
    return best;
}

} // namespace pulsedesk::test
