#include "MosquittoBroker.h"
#include "TestWorkspace.h"
#include "alarms/AlarmStore.h"
#include "analysis/FindingStore.h"
#include "analysis/PatientLimitsStore.h"
#include "analysis/ResultStore.h"
#include "ingest/IngestPipeline.h"
#include "monitoring/AnalysisService.h"
#include "monitoring/IngestService.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/SqlSupport.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <random>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The analysis behind the ingest, on its own thread, against the real encrypted store (and, end to end, a
/// real Mosquitto broker): results, alarms to the right doctor, findings from old data, acknowledgements from
/// another process, and enrichment that follows changes.
class TestAnalysis : public QObject
{
    Q_OBJECT

    struct Ward
    {
        std::unique_ptr<TestWorkspace> tw;
        Session doctorA;
        Session doctorB;
        Session nurse;
    };

    /// Two patients with their own doctors; dev-1 on the first (an adult), dev-2 on the second (an adult).
    static Ward makeWard(qint64 assignedFromMs)
    {
        Ward ward;
        ward.tw = std::make_unique<TestWorkspace>();
        Workspace& w = ward.tw->workspace();
        ward.doctorA = ward.tw->addStaff(QStringLiteral("doc-a"), Role::Doctor);
        ward.doctorB = ward.tw->addStaff(QStringLiteral("doc-b"), Role::Doctor);
        ward.nurse = ward.tw->addStaff(QStringLiteral("nurse"), Role::Nurse);
        ward.tw->admit(ward.doctorA, QStringLiteral("MRN-1"), QStringLiteral("Patient One"), QStringLiteral("1"));
        ward.tw->admit(ward.doctorB, QStringLiteral("MRN-2"), QStringLiteral("Patient Two"), QStringLiteral("2"));
        for (const QString& device : {QStringLiteral("dev-1"), QStringLiteral("dev-2")}) {
            if (!w.devices().add(ward.tw->admin(), device, QStringLiteral("Polar"), QStringLiteral("H10")))
                qFatal("device add failed");
        }
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(assignedFromMs, Qt::UTC);
        if (!w.devices().assign(ward.nurse, QStringLiteral("dev-1"), QStringLiteral("MRN-1"), from)
            || !w.devices().assign(ward.nurse, QStringLiteral("dev-2"), QStringLiteral("MRN-2"), from))
            qFatal("assign failed");
        return ward;
    }

    static QByteArray message(const QString& device, qint64 ms, double bpm)
    {
        return QStringLiteral(R"({"deviceId":"%1","timestamp":%2,"bpm":%3})").arg(device).arg(ms).arg(bpm).toUtf8();
    }

    static IncomingMessage incoming(const QByteArray& payload)
    {
        return {QStringLiteral("mqtt"), QStringLiteral("IoTSimulator/bpm"), payload,
                QDateTime::currentMSecsSinceEpoch()};
    }

    /// Every stored result, without the time it was computed.
    static QStringList storedResults(Workspace& w)
    {
        QSqlDatabase db = w.database().connection();
        QSqlQuery q(db);
        Sql::exec(q,
                  QStringLiteral("SELECT patient_id, device_id, window_start, window_ms, sample_count, coverage, "
                                 "hr_mean, hr_min, hr_max, hr_sd, category, low_confidence, basis, band "
                                 "FROM analysis_results ORDER BY patient_id, device_id, window_start"));
        QStringList rows;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 14; ++i)
                row.append(q.value(i).toString());
            rows.append(row.join(QLatin1Char('|')));
        }
        return rows;
    }

    static qint64 count(Workspace& w, const QString& sql)
    {
        QSqlDatabase db = w.database().connection();
        return Sql::scalar(db, sql).toLongLong();
    }

    static AnalysisSettings fastSettings()
    {
        AnalysisSettings s;
        s.tickMs = 100;
        return s;
    }

private slots:
    /// The same samples, live in order, shuffled, split between live messages and a batch, or sent twice:
    /// the stored results are identical.
    void sameSamplesAnyArrivalSameStoredResults()
    {
        const qint64 start = (QDateTime::currentMSecsSinceEpoch() / 10'000 - 24) * 10'000; // 4 minutes ago
        QList<QByteArray> messages;
        QRandomGenerator rng(5);
        for (int s = 0; s < 180; ++s) {
            for (const QString& device : {QStringLiteral("dev-1"), QStringLiteral("dev-2")}) {
                double bpm = device == QLatin1String("dev-1") && s >= 60 && s < 120 ? 150 : 70;
                bpm += rng.bounded(-20, 21) / 10.0;
                if (device == QLatin1String("dev-2") && s % 4 == 0 && s > 100)
                    continue; // a loose sensor
                messages.append(message(device, start + s * 1000 + 250, bpm));
            }
        }
        const auto run = [&](const QList<QList<QByteArray>>& deliveries) {
            Ward ward = makeWard(start - 3'600'000);
            Workspace& w = ward.tw->workspace();
            AnalysisService analysis(w);
            analysis.start(fastSettings());
            w.ingest().setSampleSink(&analysis);
            for (const QList<QByteArray>& delivery : deliveries) {
                QList<IncomingMessage> batch;
                for (const QByteArray& m : delivery)
                    batch.append(incoming(m));
                if (!w.ingest().ingest(batch))
                    qFatal("ingest failed");
            }
            w.ingest().setSampleSink(nullptr);
            analysis.stop();
            return storedResults(w);
        };

        QList<QList<QByteArray>> inOrder;
        for (const QByteArray& m : messages)
            inOrder.append({m});
        const QStringList expected = run(inOrder);
        QCOMPARE(expected.size(), 2 * 18);

        QList<QByteArray> shuffled = messages;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(11));
        QList<QList<QByteArray>> shuffledDeliveries;
        for (qsizetype i = 0; i < shuffled.size(); i += 7)
            shuffledDeliveries.append(shuffled.mid(i, 7));
        QCOMPARE(run(shuffledDeliveries), expected);

        // Live for the first two minutes; then the device's buffered dump (overlapping by a minute) as one batch.
        QList<QList<QByteArray>> split;
        QList<QByteArray> dump;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            if (i < messages.size() * 2 / 3)
                split.append({messages[i]});
            if (i >= messages.size() / 3)
                dump.append(messages[i]);
        }
        std::reverse(dump.begin(), dump.end());
        split.append(dump);
        QCOMPARE(run(split), expected);

        QList<QList<QByteArray>> twice = inOrder;
        twice.append(messages);
        QCOMPARE(run(twice), expected);
    }

    /// Through a real broker: a patient in severe tachycardia for 30 s raises one high alarm addressed to
    /// their doctor; the patient in range raises none.
    void severeTachycardiaRaisesOneHighAlarmForTheDoctor()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Ward ward = makeWard(now - 3'600'000);
        Workspace& w = ward.tw->workspace();
        MosquittoBroker broker;
        QVERIFY2(broker.start(), "mosquitto did not start (packaging/install-deps.sh installs it)");

        AnalysisService analysis(w);
        AnalysisSettings settings = fastSettings();
        analysis.start(settings);
        w.ingest().setSampleSink(&analysis);
        IngestService ingest(w);
        QSignalSpy alarms(&analysis, &AnalysisService::alarmEvent);
        MqttSettings mqtt;
        mqtt.port = broker.port();
        mqtt.clientId = QStringLiteral("pulsedesk-analysis-test");
        ingest.start(mqtt);
        QVERIFY(QTest::qWaitFor([&] { return ingest.status().state == MqttStatus::State::Connected; }, 10'000));

        // 30 s of samples ending now, at 1 Hz: dev-1 at 165 bpm, dev-2 at 72.
        const qint64 first = (now / 10'000 - 3) * 10'000;
        QByteArray lines;
        for (qint64 t = first; t < first + 32'000; t += 1000) {
            lines += message(QStringLiteral("dev-1"), t, 165 + (t / 1000) % 3) + '\n';
            lines += message(QStringLiteral("dev-2"), t, 72 - (t / 1000) % 3) + '\n';
        }
        QVERIFY(broker.publish(QStringLiteral("IoTSimulator/bpm"), lines, true));

        QVERIFY(QTest::qWaitFor(
            [&] {
                auto open = w.alarms().alarms(ward.doctorA);
                return open && !open->isEmpty();
            },
            20'000));
        analysis.sync();
        auto open = w.alarms().alarms(ward.nurse);
        QVERIFY(open.ok());
        QList<AlarmView> physiological;
        for (const AlarmView& v : open.value()) {
            if (!isTechnical(v.alarm.condition))
                physiological.append(v);
        }
        QCOMPARE(physiological.size(), 1);
        const AlarmView& alarm = physiological.front();
        QCOMPARE(alarm.mrn, QStringLiteral("MRN-1"));
        QCOMPARE(alarm.alarm.condition, AlarmCondition::Tachycardia);
        QCOMPARE(alarm.alarm.priority, AlarmPriority::High);
        QCOMPARE(alarm.alarm.category, Category::SevereTachycardia);
        QCOMPARE(alarm.addressedTo, QList<qint64> {ward.doctorA.userId});
        QCOMPARE(w.alarms().alarms(ward.doctorB, true, true)->size(), 0); // not addressed to the other doctor
        // The signal announced it too.
        bool announced = false;
        for (const QList<QVariant>& args : alarms) {
            const auto event = args.at(0).value<AlarmEvent>();
            if (event.action == AlarmAction::Raised && event.alarm.id == alarm.alarm.id) {
                announced = true;
                QCOMPARE(event.bed, QStringLiteral("1")); // for notifications: the bed, not the name
            }
        }
        QVERIFY(announced);
        // Both patients have results; the second's are all in range.
        auto second = w.results().results(ward.doctorB, QStringLiteral("MRN-2"));
        QVERIFY(second.ok());
        QVERIFY(!second->isEmpty());
        for (const WindowResult& r : second.value())
            QCOMPARE(r.classification.category, Category::NoAnomaly);

        // Acknowledged "from another process" (the store, as pulsedesk-cli alarms ack does): the running analysis
        // takes it over and does not raise it again while the condition goes on.
        QVERIFY(w.alarms().acknowledge(ward.nurse, alarm.alarm.id, QStringLiteral("at bedside")).ok());
        analysis.nudge();
        QByteArray more;
        for (qint64 t = first + 32'000; t < first + 45'000; t += 1000)
            more += message(QStringLiteral("dev-1"), t, 170) + '\n';
        QVERIFY(broker.publish(QStringLiteral("IoTSimulator/bpm"), more, true));
        QTest::qWait(1500);
        analysis.sync();
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM alarms WHERE condition = 'tachycardia'")), 1);
        QCOMPARE(w.alarms().alarm(ward.nurse, alarm.alarm.id)->alarm.state, AlarmState::Acknowledged);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'alarm.acknowledge'")), 1);

        ingest.stop();
        w.ingest().setSampleSink(nullptr);
        analysis.stop();
    }

    /// A dump from last week gives results and findings for review, not live alarms.
    void oldDataGivesFindingsNotAlarms()
    {
        const qint64 lastWeek = (QDateTime::currentMSecsSinceEpoch() - 7 * 86'400'000) / 10'000 * 10'000;
        Ward ward = makeWard(lastWeek - 3'600'000);
        Workspace& w = ward.tw->workspace();
        AnalysisService analysis(w);
        analysis.start(fastSettings());
        w.ingest().setSampleSink(&analysis);
        QList<IncomingMessage> dump;
        for (int s = 0; s < 60; ++s)
            dump.append(incoming(message(QStringLiteral("dev-1"), lastWeek + s * 1000, 38)));
        QVERIFY(w.ingest().ingest(dump).ok());
        analysis.sync();
        QTest::qWait(200);
        analysis.sync();
        w.ingest().setSampleSink(nullptr);
        analysis.stop();
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM analysis_results")), 6);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM alarms WHERE condition = 'bradycardia'")), 0);
        auto findings = w.findings().findings(ward.doctorA, QStringLiteral("MRN-1"));
        QVERIFY(findings.ok());
        QCOMPARE(findings->size(), 6);
        QCOMPARE(findings->front().category, Category::SevereBradycardia);
    }

    /// Enrichment follows changes made while the analysis runs: new limits, and the device moved to another
    /// patient.
    void enrichmentFollowsChanges()
    {
        const qint64 base = (QDateTime::currentMSecsSinceEpoch() / 10'000 - 20) * 10'000;
        Ward ward = makeWard(base - 3'600'000);
        Workspace& w = ward.tw->workspace();
        AnalysisService analysis(w);
        analysis.start(fastSettings());
        w.ingest().setSampleSink(&analysis);
        const auto feed = [&](qint64 from, double bpm) {
            QList<IncomingMessage> batch;
            for (int s = 0; s < 10; ++s)
                batch.append(incoming(message(QStringLiteral("dev-1"), from + s * 1000, bpm)));
            QVERIFY(w.ingest().ingest(batch).ok());
        };
        feed(base, 45);
        feed(base + 10'000, 45);
        feed(base + 20'000, 45);
        analysis.sync();
        auto before = w.results().results(ward.doctorA, QStringLiteral("MRN-1"));
        QVERIFY(before.ok() && !before->isEmpty());
        QCOMPARE(before->last().classification.category, Category::ModerateBradycardia);

        // An athlete: the doctor sets lower limits, with a reason.
        QVERIFY(!w.limits().setLimits(ward.nurse, QStringLiteral("MRN-1"), {35, 42, 100, 131}, QStringLiteral("x")));
        QVERIFY(w.limits()
                    .setLimits(ward.doctorA, QStringLiteral("MRN-1"), {35, 42, 100, 131},
                               QStringLiteral("trained athlete, resting rate 45"))
                    .ok());
        feed(base + 30'000, 45);
        feed(base + 40'000, 45);
        analysis.sync();
        auto after = w.results().results(ward.doctorA, QStringLiteral("MRN-1"), {}, {}, 1000);
        QVERIFY(after.ok());
        const WindowResult& withLimits = *std::find_if(
            after->begin(), after->end(), [&](const WindowResult& r) { return r.windowStartMs == base + 30'000; });
        QCOMPARE(withLimits.classification.basis, ClassificationBasis::PatientLimits);
        QCOMPARE(withLimits.classification.category, Category::NoAnomaly);

        // The device moves to the second patient: later samples are theirs.
        const QDateTime moveAt = QDateTime::fromMSecsSinceEpoch(base + 60'000, Qt::UTC);
        QVERIFY(w.devices().unassign(ward.nurse, QStringLiteral("dev-1"), moveAt).ok());
        QVERIFY(w.devices().assign(ward.nurse, QStringLiteral("dev-1"), QStringLiteral("MRN-2"), moveAt).ok());
        feed(base + 60'000, 80);
        feed(base + 70'000, 80);
        feed(base + 80'000, 80);
        w.ingest().setSampleSink(nullptr);
        analysis.stop();
        auto second = w.results().results(ward.doctorB, QStringLiteral("MRN-2"));
        QVERIFY(second.ok());
        QCOMPARE(second->size(), 3);
        for (const WindowResult& r : second.value())
            QVERIFY(r.windowStartMs >= base + 60'000);
        // Discharge ends the limits.
        QVERIFY(w.patients().discharge(ward.doctorA, QStringLiteral("MRN-1")).ok());
        QVERIFY(!w.limits().limits(ward.doctorA, QStringLiteral("MRN-1"))->has_value());
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "TestAnalysis.moc"
