#include "ingest/DeviceSimulator.h"
#include "ingest/MessageParser.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace pulsedesk;

/// The simulator makes what a real ward sends, including its faults, and the parser accepts all of it.
class TestDeviceSimulator : public QObject
{
    Q_OBJECT

    static constexpr qint64 Start = 1700000000000;

    struct Run
    {
        QList<Sample> samples;
        int batches = 0;
        int publications = 0;
        int outOfOrder = 0;
        int duplicates = 0;
    };

    static Run simulate(const QList<DeviceSimulator::Device>& devices, quint32 seed, int seconds,
                        DeviceSimulator::Options options = {})
    {
        DeviceSimulator sim(devices, seed, options);
        Run run;
        QHash<QString, qint64> lastTime;
        QSet<QPair<QString, qint64>> seen;
        for (int t = 0; t < seconds; ++t) {
            const qint64 now = Start + qint64(t) * 1000;
            for (const auto& p : sim.tick(now)) {
                ++run.publications;
                run.batches += p.batch ? 1 : 0;
                const auto parsed = MessageParser::parse(p.payload, now);
                if (!parsed.rejections.isEmpty())
                    qFatal("simulator produced an invalid message");
                for (const Sample& s : parsed.samples) {
                    if (s.timestampMs < lastTime.value(s.deviceId))
                        ++run.outOfOrder;
                    lastTime[s.deviceId] = std::max(lastTime.value(s.deviceId), s.timestampMs);
                    if (seen.contains({s.deviceId, s.timestampMs}))
                        ++run.duplicates;
                    seen.insert({s.deviceId, s.timestampMs});
                    run.samples.append(s);
                }
            }
        }
        return run;
    }

    static double median(QList<double> v)
    {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v[v.size() / 2];
    }

private slots:
    void sameSeed_sameStream()
    {
        const QList<DeviceSimulator::Device> ward = {{QStringLiteral("a"), 40}, {QStringLiteral("b"), 2}};
        const Run first = simulate(ward, 42, 600);
        const Run second = simulate(ward, 42, 600);
        QCOMPARE(first.samples.size(), second.samples.size());
        for (qsizetype i = 0; i < first.samples.size(); ++i)
            QCOMPARE(first.samples[i].heartRate, second.samples[i].heartRate);
        QVERIFY(simulate(ward, 43, 600).samples.size() != first.samples.size()
                || simulate(ward, 43, 600).samples.first().heartRate != first.samples.first().heartRate);
    }

    void restingRate_fitsTheAge()
    {
        DeviceSimulator::Options calm;
        calm.episodeChancePerMinute = 0;
        const Run infant = simulate({{QStringLiteral("infant"), 0.1}}, 1, 600, calm);
        const Run adult = simulate({{QStringLiteral("adult"), 45}}, 1, 600, calm);
        QList<double> infantRates, adultRates;
        for (const Sample& s : infant.samples)
            infantRates.append(s.heartRate);
        for (const Sample& s : adult.samples)
            adultRates.append(s.heartRate);
        QVERIFY2(median(infantRates) > 125 && median(infantRates) < 165,
                 qPrintable(QString::number(median(infantRates))));
        QVERIFY2(median(adultRates) > 55 && median(adultRates) < 90, qPrintable(QString::number(median(adultRates))));
    }

    void episodes_reachBradycardiaAndTachycardia()
    {
        DeviceSimulator::Options often;
        often.episodeChancePerMinute = 2;
        const Run run = simulate({{QStringLiteral("a"), 40}}, 5, 3600, often);
        const auto [low, high] =
            std::minmax_element(run.samples.begin(), run.samples.end(),
                                [](const Sample& x, const Sample& y) { return x.heartRate < y.heartRate; });
        QVERIFY2(low->heartRate < 50, qPrintable(QString::number(low->heartRate)));
        QVERIFY2(high->heartRate > 110, qPrintable(QString::number(high->heartRate)));
    }

    void faults_occur_dropoutsDuplicatesLateAndOfflineBatches()
    {
        DeviceSimulator::Options faulty;
        faulty.dropoutChance = 0.05;
        faulty.duplicateChance = 0.05;
        faulty.lateChance = 0.05;
        faulty.offlineChancePerMinute = 1;
        const QList<DeviceSimulator::Device> ward = {{QStringLiteral("a"), 40}, {QStringLiteral("b"), 70}};
        const Run run = simulate(ward, 9, 1800, faulty);
        QVERIFY(run.batches > 0);
        QVERIFY(run.duplicates > 0);
        QVERIFY(run.outOfOrder > 0);
        QSet<QPair<QString, qint64>> unique;
        for (const Sample& s : run.samples)
            unique.insert({s.deviceId, s.timestampMs});
        QVERIFY2(unique.size() < 2 * 1800, "dropouts should leave gaps");
        QVERIFY(unique.size() > 2 * 1800 * 8 / 10);
    }

    void faultyDevices_areLabelledAndSendEveryVitalAsTheirFaultSays()
    {
        const QList<DeviceSimulator::Device> faulty = DeviceSimulator::faultyDevices(QStringLiteral("x-"), 5);
        QCOMPARE(faulty.size(), 5);
        QCOMPARE(faulty[0].deviceId, QStringLiteral("x-fault-offset-1"));
        QCOMPARE(faulty[3].deviceId, QStringLiteral("x-fault-dropouts-1"));
        QCOMPARE(faulty[4].deviceId, QStringLiteral("x-fault-offset-2"));
        QCOMPARE(faulty[1].fault, DeviceSimulator::Fault::Stuck);
        QCOMPARE(faulty[2].fault, DeviceSimulator::Fault::Noise);

        DeviceSimulator::Options options;
        options.allVitals = true;
        options.offlineChancePerMinute = 0;
        options.dropoutChance = options.duplicateChance = options.lateChance = 0;
        QList<DeviceSimulator::Device> ward = faulty.mid(0, 4);
        ward.append({QStringLiteral("x-ok-1"), 40});
        const Run run = simulate(ward, 3, 1500, options);
        QHash<QString, QList<Sample>> byDevice;
        for (const Sample& s : run.samples) {
            QVERIFY(Sample::has(s.spo2) && Sample::has(s.temperatureC) && Sample::has(s.systolic)
                    && Sample::has(s.diastolic));
            byDevice[s.deviceId].append(s);
        }
        const auto medianOf = [&](const QString& id, double Sample::*vital) {
            QList<double> values;
            for (const Sample& s : byDevice.value(id))
                values.append(s.*vital);
            return median(values);
        };
        // Offset: SpO2 6 % low against the healthy device (each wearer's own baseline is within 2.5 %).
        QVERIFY(medianOf(QStringLiteral("x-ok-1"), &Sample::spo2) - medianOf(faulty[0].deviceId, &Sample::spo2) > 3);
        // Stuck: from the 600th second to the 1200th every value is the last one sent before.
        const QList<Sample> stuck = byDevice.value(faulty[1].deviceId);
        QCOMPARE(stuck.size(), 1500);
        for (int i = 600; i < 1200; ++i) {
            QCOMPARE(stuck[i].heartRate, stuck[599].heartRate);
            QCOMPARE(stuck[i].spo2, stuck[599].spo2);
        }
        // Dropouts: about a third of the samples never sent.
        const qsizetype dropped = byDevice.value(faulty[3].deviceId).size();
        QVERIFY2(dropped > 1500 * 0.55 && dropped < 1500 * 0.75, qPrintable(QString::number(dropped)));
        // Without allVitals, a device sends its heart rate alone, as before.
        for (const Sample& s : simulate({{QStringLiteral("a"), 40}}, 3, 60).samples)
            QVERIFY(!Sample::has(s.spo2));
    }
};

QTEST_GUILESS_MAIN(TestDeviceSimulator)
#include "TestDeviceSimulator.moc"
