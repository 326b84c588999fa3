#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "alarms/AlarmStore.h"
#include "monitoring/AnalysisService.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The live analysis scores every window and stores the score with the result; the score raises no alarm unless
/// an administrator turned analysis.anomalyAlarm on, and then a low one once three windows in a row score high.
class TestAnomalyAlarm : public QObject
{
    Q_OBJECT

    static constexpr qint64 WindowMs = 10'000;

    struct Ward
    {
        std::unique_ptr<ManualClock> clock;
        std::unique_ptr<TestWorkspace> tw;
        Session nurse;
        qint64 device = 0;
        qint64 base = 0; ///< the start of the first window, 400 s ago
    };

    static Ward makeWard()
    {
        Ward ward;
        ward.clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        ward.tw = std::make_unique<TestWorkspace>(*ward.clock);
        Workspace& w = ward.tw->workspace();
        const Session doctor = ward.tw->addStaff(QStringLiteral("doc"), Role::Doctor);
        ward.nurse = ward.tw->addStaff(QStringLiteral("nurse"), Role::Nurse);
        ward.tw->admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"), QStringLiteral("1"));
        if (!w.devices().add(ward.tw->admin(), QStringLiteral("dev-1"), QStringLiteral("Acme"), QStringLiteral("M1"))
            || !w.devices().assign(ward.nurse, QStringLiteral("dev-1"), QStringLiteral("P1"),
                                   ward.clock->now().addSecs(-3600)))
            qFatal("device setup failed");
        QSqlDatabase db = w.database().connection();
        ward.device =
            Sql::scalar(db, QStringLiteral("SELECT id FROM devices WHERE device_id = ?"), {QStringLiteral("dev-1")})
                .toLongLong();
        ward.base = (ward.clock->now().toMSecsSinceEpoch() / WindowMs - 40) * WindowMs;
        return ward;
    }

    /// 1 Hz samples of windows [from, to) plus the first 3 s of window `to` (which closes window to - 1); heart
    /// rate 140 in windows [highFrom, highTo), 70 (69 and 71 in turn) elsewhere.
    static void send(AnalysisService& analysis, const Ward& ward, int from, int to, int highFrom, int highTo)
    {
        std::vector<AnalysisSample> samples;
        for (qint64 s = qint64(from) * 10; s < qint64(to) * 10 + 3; ++s) {
            const qint64 window = s / 10;
            const double hr = window >= highFrom && window < highTo ? 140 : (s % 2 ? 69 : 71);
            samples.push_back({ward.device, ward.base + s * 1000, hr, 97, AnalysisSample::Missing,
                               AnalysisSample::Missing, AnalysisSample::Missing});
        }
        analysis.submit(std::move(samples));
        analysis.sync();
    }

    static std::optional<AlarmView> anomalyAlarm(Workspace& w, const Session& session)
    {
        auto open = w.alarms().alarms(session, true, false);
        if (!open)
            qFatal("alarms: %s", qPrintable(open.errorMessage()));
        for (const AlarmView& v : open.value())
            if (v.alarm.condition == AlarmCondition::Anomaly)
                return v;
        return std::nullopt;
    }

    /// The stored scores by window index (NaN for NULL).
    static QMap<int, double> storedScores(const Ward& ward)
    {
        QSqlDatabase db = ward.tw->workspace().database().connection();
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT window_start, anomaly FROM analysis_results WHERE device_id = ?"),
                       {ward.device}))
            qFatal("read scores");
        QMap<int, double> scores;
        while (q.next())
            scores.insert(int((q.value(0).toLongLong() - ward.base) / WindowMs), Sql::realOrNaN(q.value(1)));
        return scores;
    }

private slots:
    void settingOff_scoresStored_noAlarm()
    {
        Ward ward = makeWard();
        Workspace& w = ward.tw->workspace();
        QCOMPARE(w.settings().analysis().anomalyAlarm, false); // off by default
        AnalysisService analysis(w, *ward.clock);
        AnalysisSettings settings = w.settings().analysis();
        settings.tickMs = 50;
        analysis.start(settings);
        send(analysis, ward, 0, 36, 30, 34);
        const QMap<int, double> scores = storedScores(ward);
        QCOMPARE(scores.size(), 36);
        for (int i = 0; i < 18; ++i)
            QVERIFY2(std::isnan(scores.value(i)), qPrintable(QString::number(i))); // not enough history yet
        for (int i = 18; i < 30; ++i)
            QCOMPARE(scores.value(i), 0.0); // means of 70, MAD 0: the floor
        for (int i = 30; i < 34; ++i)
            QCOMPARE(scores.value(i), 1.0);
        QVERIFY(!anomalyAlarm(w, ward.nurse).has_value());
        // Never raised, not even for a moment.
        QSqlDatabase db = w.database().connection();
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM alarms WHERE condition = 'anomaly'")).toInt(), 0);
        analysis.stop();
    }

    void settingOn_alarmAfterThreeHighWindows_endsWhenNormal()
    {
        Ward ward = makeWard();
        Workspace& w = ward.tw->workspace();
        QVERIFY(w.settings().setValue(ward.tw->admin(), Settings::Key::AnomalyAlarm, true).ok());
        AnalysisSettings settings = w.settings().analysis();
        QVERIFY(settings.anomalyAlarm);
        settings.tickMs = 50;
        AnalysisService analysis(w, *ward.clock);
        analysis.start(settings);

        send(analysis, ward, 0, 32, 30, 40); // windows 30 and 31 high
        QVERIFY(!anomalyAlarm(w, ward.nurse).has_value());
        send(analysis, ward, 32, 33, 30, 40); // the third
        const auto raised = anomalyAlarm(w, ward.nurse);
        QVERIFY(raised.has_value());
        QCOMPARE(raised->alarm.priority, AlarmPriority::Low);
        QCOMPARE(raised->mrn, QStringLiteral("P1"));
        QCOMPARE(raised->deviceId, QStringLiteral("dev-1"));
        QVERIFY2(raised->alarm.detail.contains(QLatin1String("heart rate")), qPrintable(raised->alarm.detail));
        QCOMPARE(conditionKey(AlarmCondition::Anomaly), QStringLiteral("anomaly"));

        // Back to normal: the alarm ends with the next normal window.
        send(analysis, ward, 33, 42, 30, 40);
        QVERIFY(!anomalyAlarm(w, ward.nurse).has_value());
        analysis.stop();
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestAnomalyAlarm)
#include "TestAnomalyAlarm.moc"
