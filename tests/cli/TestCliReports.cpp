#include "CliRunner.h"
#include "ReportFixtures.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// pulsedesk-cli report trend | alarms | handover, run as the real binary on a populated ward: the PDFs it writes,
/// who may write them, the usage errors, and the audit entries.
class TestCliReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    QStringList m_store; ///< --data DIR, or --server CONNINFO in the PostgreSQL run
    ReportWard m_ward;
    QTemporaryDir m_out;

    CliRun cli(const QString& user, const QStringList& args, bool json = true)
    {
        const QString password = user == QLatin1String("admin") ? QString::fromLatin1(TestWorkspace::AdminPassword)
                                                                : QString::fromLatin1(TestWorkspace::StaffPassword);
        QStringList all = m_store + QStringList {QStringLiteral("--user"), user, QStringLiteral("--password-stdin")};
        if (json)
            all << QStringLiteral("--json");
        return runCli(all + args, password.toUtf8() + '\n');
    }

    /// Every page carries "Page N of M" and each of `expected`.
    static bool onEveryPage(const QString& path, int pages, const QStringList& expected)
    {
        for (int page = 1; page <= pages; ++page) {
            const QString text = flat(pdfText(path, page));
            if (!text.contains(flat(QStringLiteral("Page %1 of %2").arg(page).arg(pages))))
                return false;
            for (const QString& e : expected) {
                if (!text.contains(flat(e)))
                    return false;
            }
        }
        return pages > 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        m_tw = std::make_unique<TestWorkspace>();
        m_ward = populateReportWard(*m_tw);
        m_store = m_tw->cliStore();
        m_tw->close();
    }

    void trend_lastHours()
    {
        const QString path = m_out.filePath(QStringLiteral("trend.pdf"));
        const CliRun r = cli(QStringLiteral("nurse.ana"),
                             {QStringLiteral("report"), QStringLiteral("trend"), QStringLiteral("--patient"),
                              QStringLiteral("MRN-R1"), QStringLiteral("--hours"), QStringLiteral("24"),
                              QStringLiteral("--out"), path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.err.contains("Erika") && !r.err.contains("MRN-R1"), r.err.constData());
        const QJsonObject result = r.object();
        QCOMPARE(result[QLatin1String("report")].toString(), QStringLiteral("trend"));
        QCOMPARE(result[QLatin1String("file")].toString(), path);
        const int pages = result[QLatin1String("pages")].toInt();
        QCOMPARE(pdfPages(path), pages);
        QVERIFY(pages >= 2);
        QVERIFY(onEveryPage(path, pages, {QStringLiteral("Erika Report-Mustermann"), QStringLiteral("MRN-R1")}));
        const QString text = flat(pdfText(path));
        QVERIFY(text.contains(flat(QStringLiteral("Printed by Nurse Ana Lima"))));
        QVERIFY(text.contains(flat(QString::fromLatin1(ReportWard::AmendmentText))));
        // The output names the file, never the patient.
        QVERIFY(!r.out.contains("Erika") && !r.out.contains("MRN-R1"));
    }

    void trend_range_asText()
    {
        const QString path = m_out.filePath(QStringLiteral("range.pdf"));
        const QString from = QDateTime::fromMSecsSinceEpoch(m_ward.fromMs, Qt::UTC).toString(Qt::ISODate);
        const QString to = QDateTime::fromMSecsSinceEpoch(m_ward.fromMs + 6 * 3'600'000, Qt::UTC).toString(Qt::ISODate);
        const CliRun r = cli(QStringLiteral("dr.rossi"),
                             {QStringLiteral("report"), QStringLiteral("trend"), QStringLiteral("--patient"),
                              QStringLiteral("MRN-R1"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                              QStringLiteral("--out"), path},
                             false);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("Wrote " + path.toUtf8()), r.out.constData());
        const QString text = flat(pdfText(path));
        QVERIFY(text.contains(flat(QStringLiteral("Printed by Dr. Rita Rossi"))));
        const auto local = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        };
        QVERIFY(text.contains(
            flat(QStringLiteral("%1 to %2").arg(local(m_ward.fromMs), local(m_ward.fromMs + 6 * 3'600'000)))));
        // The note was written at the end of the day: not in the first six hours.
        QVERIFY(!text.contains(flat(QString::fromLatin1(ReportWard::NoteText))));
    }

    void wardAlarms_andHandover()
    {
        const QString alarms = m_out.filePath(QStringLiteral("alarms.pdf"));
        CliRun r = cli(QStringLiteral("nurse.ana"),
                       {QStringLiteral("report"), QStringLiteral("alarms"), QStringLiteral("--ward"),
                        QStringLiteral("R"), QStringLiteral("--out"), alarms});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        int pages = r.object()[QLatin1String("pages")].toInt();
        QVERIFY(onEveryPage(alarms, pages, {QStringLiteral("Ward R")}));
        QString text = flat(pdfText(alarms));
        QVERIFY(text.contains(flat(QStringLiteral("Erika Report-Mustermann (MRN-R1)"))));
        QVERIFY(text.contains(flat(QStringLiteral("Hans Beispiel (MRN-R2)"))));
        QVERIFY(!text.contains(QLatin1String("MRN-X1")));

        const QString handover = m_out.filePath(QStringLiteral("handover.pdf"));
        r = cli(QStringLiteral("dr.meyer"),
                {QStringLiteral("report"), QStringLiteral("handover"), QStringLiteral("--ward"), QStringLiteral("R"),
                 QStringLiteral("--out"), handover});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        pages = r.object()[QLatin1String("pages")].toInt();
        QVERIFY(onEveryPage(handover, pages, {QStringLiteral("Ward R")}));
        text = flat(pdfText(handover));
        QVERIFY(text.contains(flat(QStringLiteral("Bed 5: Hans Beispiel (MRN-R2)"))));
        QVERIFY(text.contains(flat(QString::fromLatin1(ReportWard::OtherNoteText))));
    }

    void refusals()
    {
        const QString path = m_out.filePath(QStringLiteral("refused.pdf"));
        const QStringList trend {QStringLiteral("report"), QStringLiteral("trend"), QStringLiteral("--patient"),
                                 QStringLiteral("MRN-R1"), QStringLiteral("--out"), path};
        QCOMPARE(cli(QStringLiteral("admin"), trend).exitCode, 3);
        QCOMPARE(cli(QStringLiteral("nurse.ana"),
                     {QStringLiteral("report"), QStringLiteral("trend"), QStringLiteral("--patient"),
                      QStringLiteral("MRN-0"), QStringLiteral("--out"), path})
                     .exitCode,
                 1);
        QVERIFY(!QFile::exists(path));
        const auto usage = [&](const QStringList& args, const QByteArray& problem) {
            const CliRun r = cli(QStringLiteral("nurse.ana"), args);
            if (r.exitCode != 2 || !r.err.contains(problem))
                qWarning("%s", r.err.constData());
            return r.exitCode == 2 && r.err.contains(problem);
        };
        QVERIFY(usage(
            {QStringLiteral("report"), QStringLiteral("trend"), QStringLiteral("--patient"), QStringLiteral("MRN-R1")},
            "report trend needs --patient MRN and --out FILE.pdf"));
        QVERIFY(usage(trend + QStringList {QStringLiteral("--from"), QStringLiteral("2026-01-01T00:00:00Z")},
                      "report trend needs"));
        QVERIFY(usage(trend + QStringList {QStringLiteral("--hours"), QStringLiteral("0")}, "report trend needs"));
        QVERIFY(usage({QStringLiteral("report"), QStringLiteral("alarms"), QStringLiteral("--out"), path},
                      "report alarms needs --ward WARD"));
        QVERIFY(
            usage({QStringLiteral("report"), QStringLiteral("handover"), QStringLiteral("--ward"), QStringLiteral("R")},
                  "report handover needs --ward WARD and --out FILE.pdf"));
        QVERIFY(usage({QStringLiteral("report"), QStringLiteral("frob")}, "unknown report 'frob'"));
        QVERIFY(!QFile::exists(path));
    }

    void everyReportIsAudited()
    {
        const CliRun r =
            cli(QStringLiteral("admin"),
                {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList seen;
        for (const QJsonValue& v : r.json().array()) {
            if (v[QLatin1String("action")].toString() == QLatin1String("report.pdf"))
                seen.append(QStringLiteral("%1 %2 %3")
                                .arg(v[QLatin1String("user")].toString(), v[QLatin1String("subject")].toString(),
                                     v[QLatin1String("details")].toString().section(QLatin1Char(' '), 0, 0)));
        }
        seen.sort();
        QCOMPARE(seen,
                 (QStringList {QStringLiteral("dr.meyer R handover,"), QStringLiteral("dr.rossi MRN-R1 trend"),
                               QStringLiteral("nurse.ana MRN-R1 trend"), QStringLiteral("nurse.ana R alarms")}));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestCliReports)
#include "TestCliReports.moc"
