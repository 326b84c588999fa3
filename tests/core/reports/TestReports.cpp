#include "ReportFixtures.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "reports/Reports.h"
#include "storage/AuditLog.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <optional>

using namespace pulsedesk;
using namespace pulsedesk::reports;
using namespace pulsedesk::test;

namespace {

/// A language whose every word is 60 % longer than in English (German runs about a third longer), to show that
/// the layout holds: every word of every translated string is stretched, placeholders kept.
class LongerStrings : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        QString text = QString::fromUtf8(source);
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
        QString result;
        qsizetype last = 0;
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            result += text.mid(last, match.capturedStart() - last) + match.captured()
                + QString(match.capturedLength() * 3 / 5, QChar(0x00e4));
            last = match.capturedEnd();
        }
        return result + text.mid(last);
    }
};

} // namespace

/// The three printed reports, read from a populated store, written as PDF and read back with pdftotext: what
/// each one must show, "Page N of M" with the subject on every page, the audit entry, and the refusals.
class TestReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    ReportWard m_ward;
    std::optional<QTemporaryDir> m_out; // one for each backend's run

    ReportRequest trendRequest() const
    {
        return {ReportKind::Trend, QStringLiteral("MRN-R1"), {}, m_ward.fromMs, m_ward.toMs};
    }

    /// Writes the report and checks that every page has "Page N of M" and the subject; its whole text.
    QString written(const ReportRequest& request, const QString& name, const QStringList& onEveryPage)
    {
        const QString path = m_out->filePath(name);
        auto pages = Reports::exportPdf(m_tw->workspace(), m_ward.nurse, request, path);
        if (!pages)
            qWarning("%s", qPrintable(pages.errorMessage()));
        if (!pages || pdfPages(path) != pages.value())
            return {};
        for (int page = 1; page <= pages.value(); ++page) {
            const QString text = pdfText(path, page);
            if (!text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages.value())))
                return QStringLiteral("page %1 has no page number").arg(page);
            for (const QString& expected : onEveryPage) {
                if (!flat(text).contains(flat(expected)))
                    return QStringLiteral("page %1 lacks %2").arg(page).arg(expected);
            }
        }
        return pdfText(path);
    }

private slots:
    void initTestCase()
    {
        // PULSEDESK_REPORT_OUT=DIR keeps the PDFs there, to look at them.
        m_out.emplace(qEnvironmentVariable("PULSEDESK_REPORT_OUT", QDir::tempPath())
                      + QStringLiteral("/reports-XXXXXX"));
        m_out->setAutoRemove(qEnvironmentVariableIsEmpty("PULSEDESK_REPORT_OUT"));
        m_tw = std::make_unique<TestWorkspace>();
        m_ward = populateReportWard(*m_tw);
    }

    void trendReport_showsEverythingTheIssueNames()
    {
        const QString text = written(trendRequest(), QStringLiteral("trend.pdf"),
                                     {QStringLiteral("Erika Report-Mustermann"), QStringLiteral("MRN-R1")});
        QVERIFY2(text.contains(QLatin1String("Heart-rate trend report")), qPrintable(text.left(400)));
        const QString flatText = flat(text);
        for (const QString& expected :
             {QStringLiteral("Dr. Rita Rossi, Dr. Max Meyer"), QStringLiteral("R, bed 3"),
              QStringLiteral("Printed by Nurse Ana Lima"), ReportTextPeriod(), QStringLiteral("of which 2880 imported"),
              QStringLiteral("the patient's own limits"), QStringLiteral("trained athlete"),
              QStringLiteral("Hourly values"), QStringLiteral("Tachycardia (severe tachycardia)"),
              QStringLiteral("Nurse Ana Lima"), QStringLiteral("Moderate bradycardia"), QStringLiteral("not reviewed"),
              QString::fromLatin1(ReportWard::NoteText), QString::fromLatin1(ReportWard::AmendmentText),
              QStringLiteral("amendment of the note of")})
            QVERIFY2(flatText.contains(flat(expected)), qPrintable(expected));
        // Another patient's alarm and note never appear.
        QVERIFY(!text.contains(QLatin1String("Hans Beispiel")));
        QVERIFY(!text.contains(QLatin1String(ReportWard::OtherNoteText)));
    }

    void trendReport_hourlyTableHasEveryHour()
    {
        const QString text = pdfText(m_out->filePath(QStringLiteral("trend.pdf")), 0, true);
        QVERIFY(!text.isEmpty());
        // 24 or 25 clock hours (the period need not start on the hour), the silent ones with no samples.
        const QRegularExpression hourRow(QStringLiteral("^\\s*\\d{4}-\\d\\d-\\d\\d \\d\\d:00\\s+(\\d+)"),
                                         QRegularExpression::MultilineOption);
        int rows = 0;
        int silent = 0;
        for (auto it = hourRow.globalMatch(text); it.hasNext();) {
            ++rows;
            silent += it.next().captured(1) == QLatin1String("0") ? 1 : 0;
        }
        QVERIFY2(rows == 24 || rows == 25, qPrintable(QString::number(rows)));
        QVERIFY2(silent >= 1, "the two-hour gap leaves a clock hour without samples");
        const QString tachycardiaHour =
            QDateTime::fromMSecsSinceEpoch(m_ward.fromMs + 5 * 3'600'000).toString(QStringLiteral("yyyy-MM-dd HH:00"));
        const QStringList lines = text.split(QLatin1Char('\n'));
        const auto row = std::find_if(lines.begin(), lines.end(),
                                      [&](const QString& l) { return l.trimmed().startsWith(tachycardiaHour); });
        QVERIFY2(row != lines.end(), qPrintable(tachycardiaHour));
        QVERIFY2(row->contains(QLatin1String("140")), qPrintable(*row)); // the hour's maximum
    }

    void trendReport_showsTheObservationsWithTheirNews2()
    {
        const QString text = pdfText(m_out->filePath(QStringLiteral("trend.pdf")), 0, true);
        QVERIFY(text.contains(QLatin1String("Observations and NEWS2")));
        const QStringList lines = text.split(QLatin1Char('\n'));
        const auto rowAt = [&](qint64 ms) {
            const QString time = QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            const auto row = std::find_if(lines.begin(), lines.end(), [&](const QString& l) {
                return l.trimmed().startsWith(time) && l.contains(QLatin1String("Nurse Ana Lima"));
            });
            return row == lines.end() ? QString() : row->simplified();
        };
        // The amended observation in its corrected version only (pulse 78, not 87), marked as amended.
        const QString calm = rowAt(m_ward.toMs - 6 * 3'600'000);
        QVERIFY2(calm.contains(QLatin1String("18 97 % air 125 78 A 36.8 0 Low Nurse Ana Lima")), qPrintable(calm));
        QVERIFY(flat(text).contains(QLatin1String("NurseAnaLima(amended")));
        QVERIFY2(!text.simplified().contains(QLatin1String("125 87 A")), "the superseded version is not printed");
        const QString high = rowAt(m_ward.toMs - 2 * 3'600'000);
        QVERIFY2(high.contains(QLatin1String("24 93 % O2 105 118 A 38.4 10 High")), qPrintable(high));
    }

    void trendReport_isAudited()
    {
        auto entries = m_tw->workspace().audit().list(m_tw->admin(), 20);
        QVERIFY(entries);
        const auto entry = std::find_if(entries->begin(), entries->end(), [](const AuditEntry& e) {
            return e.action == QLatin1String("report.pdf") && e.subjectId == QLatin1String("MRN-R1");
        });
        QVERIFY(entry != entries->end());
        QCOMPARE(entry->username, QStringLiteral("nurse.ana"));
        QCOMPARE(entry->subjectType, QStringLiteral("patient"));
        QVERIFY2(entry->details.startsWith(QLatin1String("trend ")), qPrintable(entry->details));
        QVERIFY(entry->details.contains(QLatin1String("page(s)")));
    }

    void trendReport_isPdfA()
    {
        QFile file(m_out->filePath(QStringLiteral("trend.pdf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-1.4"));
        QVERIFY(bytes.contains("pdfaid:part"));
        QVERIFY(bytes.contains("/OutputIntents"));
    }

    void wardAlarmHistory_listsTheWardsAlarmsWithTotals()
    {
        QString text = written({ReportKind::WardAlarms, {}, QStringLiteral("R"), m_ward.fromMs, m_ward.toMs},
                               QStringLiteral("alarms.pdf"), {QStringLiteral("Ward R")});
        const QString flatText = flat(text);
        for (const QString& expected :
             {QStringLiteral("Ward alarm history"), QStringLiteral("Erika Report-Mustermann (MRN-R1)"),
              QStringLiteral("Hans Beispiel (MRN-R2)"), QStringLiteral("Nurse Ana Lima"), QStringLiteral("10 min 0 s"),
              QStringLiteral("Median time to acknowledge"), QStringLiteral("open")})
            QVERIFY2(flatText.contains(flat(expected)), qPrintable(expected));
        QVERIFY(!text.contains(QLatin1String("MRN-X1")));
        text = pdfText(m_out->filePath(QStringLiteral("alarms.pdf")), 0, true);
        // Totals: one high (acknowledged), one medium (not), no low; all: two, one acknowledged.
        const QStringList lines = text.split(QLatin1Char('\n'));
        const auto total = [&](const QString& label) {
            const auto it = std::find_if(lines.begin(), lines.end(), [&](const QString& l) {
                return l.trimmed().startsWith(label + QLatin1Char(' '));
            });
            return it == lines.end() ? QString() : it->simplified();
        };
        QCOMPARE(total(QStringLiteral("High")), QStringLiteral("High 1 1 10 min 0 s"));
        QCOMPARE(total(QStringLiteral("Medium")), QStringLiteral("Medium 1 0 –"));
        QCOMPARE(total(QStringLiteral("Low")), QStringLiteral("Low 0 0 –"));
        QCOMPARE(total(QStringLiteral("All")), QStringLiteral("All 2 1 10 min 0 s"));
    }

    void handover_showsEveryAdmittedPatientOfTheWard()
    {
        const QString text = written({ReportKind::Handover, {}, QStringLiteral("R"), 0, 0},
                                     QStringLiteral("handover.pdf"), {QStringLiteral("Ward R")});
        const QString flatText = flat(text);
        for (const QString& expected :
             {QStringLiteral("Shift hand-over"), QStringLiteral("Bed 3: Erika Report-Mustermann (MRN-R1)"),
              QStringLiteral("Bed 5: Hans Beispiel (MRN-R2)"), QStringLiteral("Bradycardia (moderate bradycardia)"),
              QStringLiteral("severe bradycardia"), QString::fromLatin1(ReportWard::AmendmentText),
              QString::fromLatin1(ReportWard::OtherNoteText), QStringLiteral("the patient's own limits: 50 to 110 bpm"),
              QStringLiteral("amendment of an earlier note"), QStringLiteral("device dev-r2")})
            QVERIFY2(flatText.contains(flat(expected)), qPrintable(expected));
        QVERIFY(!text.contains(QLatin1String("MRN-X1")));
        QVERIFY(flatText.indexOf(QLatin1String("Bed3:")) < flatText.indexOf(QLatin1String("Bed5:")));
    }

    void longerStrings_keepTheLayout()
    {
        LongerStrings longer;
        QVERIFY(QCoreApplication::installTranslator(&longer));
        const QString path = m_out->filePath(QStringLiteral("trend-longer.pdf"));
        auto pages = Reports::exportPdf(m_tw->workspace(), m_ward.nurse, trendRequest(), path);
        QCoreApplication::removeTranslator(&longer);
        QVERIFY2(pages, qPrintable(pages.errorMessage()));
        QCOMPARE(pdfPages(path), pages.value());
        for (int page = 1; page <= pages.value(); ++page) {
            const QString text = flat(pdfText(path, page));
            QVERIFY(text.contains(QStringLiteral("Pageää%1ofä%2").arg(page).arg(pages.value())));
            QVERIFY(text.contains(flat(QStringLiteral("Erika Report-Mustermann · MRN-R1"))));
        }
        const QString text = flat(pdfText(path));
        QVERIFY(text.contains(flat(QString::fromLatin1(ReportWard::AmendmentText))));
        QVERIFY(text.contains(QStringLiteral("Severeäääbradycardiaääääää")));
    }

    void everyLanguage_printsEveryReport_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char* lang : {"de", "es", "fr", "it"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }
    /// The catalogues the workstation ships: every report in every language has its translated title, "Page N of
    /// M" and its subject on every page (PULSEDESK_REPORT_OUT keeps the PDFs to look at).
    void everyLanguage_printsEveryReport()
    {
        QFETCH(QString, lang);
        const QString qm = m_out->filePath(lang + QStringLiteral(".qm"));
        QProcess lrelease;
        lrelease.start(QStringLiteral(PULSEDESK_LRELEASE),
                       {QStringLiteral(PULSEDESK_TS_DIR "/pulsedesk_") + lang + QStringLiteral(".ts"),
                        QStringLiteral("-silent"), QStringLiteral("-qm"), qm});
        QVERIFY(lrelease.waitForFinished(60'000));
        QCOMPARE(lrelease.exitCode(), 0);
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto tr = [](const char* text) { return QCoreApplication::translate("Report", text); };
        struct Case
        {
            ReportRequest request;
            QString title;
            QString subject;
        };
        const QList<Case> cases {
            {trendRequest(), tr("Heart-rate trend report"), QStringLiteral("Erika Report-Mustermann · MRN-R1")},
            {{ReportKind::WardAlarms, {}, QStringLiteral("R"), m_ward.fromMs, m_ward.toMs},
             tr("Ward alarm history"),
             tr("Ward %1").arg(QLatin1Char('R'))},
            {{ReportKind::Handover, {}, QStringLiteral("R"), 0, 0},
             tr("Shift hand-over"),
             tr("Ward %1").arg(QLatin1Char('R'))}};
        QString failure;
        for (const Case& c : cases) {
            QVERIFY2(c.title != QLatin1String("Heart-rate trend report") && c.title != QLatin1String("Shift hand-over"),
                     qPrintable(c.title));
            const QString path = m_out->filePath(QStringLiteral("%1-%2.pdf").arg(reportKindKey(c.request.kind), lang));
            auto pages = Reports::exportPdf(m_tw->workspace(), m_ward.nurse, c.request, path);
            if (!pages || pdfPages(path) != pages.value()) {
                failure = path;
                break;
            }
            if (!flat(pdfText(path)).contains(flat(c.title)))
                failure = c.title;
            for (int page = 1; page <= pages.value() && failure.isEmpty(); ++page) {
                const QString text = flat(pdfText(path, page));
                if (!text.contains(flat(tr("Page %1 of %2").arg(page).arg(pages.value())))
                    || !text.contains(flat(c.subject)))
                    failure = QStringLiteral("%1, page %2").arg(path).arg(page);
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void refusals_loseNothing()
    {
        Workspace& w = m_tw->workspace();
        const QString path = m_out->filePath(QStringLiteral("refused.pdf"));
        auto admin = Reports::exportPdf(w, m_tw->admin(), trendRequest(), path);
        QCOMPARE(admin.code(), Error::Code::NotPermitted);
        ReportRequest unknown = trendRequest();
        unknown.mrn = QStringLiteral("MRN-0");
        QCOMPARE(Reports::exportPdf(w, m_ward.nurse, unknown, path).code(), Error::Code::NotFound);
        ReportRequest empty = trendRequest();
        empty.toMs = empty.fromMs;
        QCOMPARE(Reports::exportPdf(w, m_ward.nurse, empty, path).code(), Error::Code::Invalid);
        ReportRequest tooLong = trendRequest();
        tooLong.fromMs = tooLong.toMs - 94LL * 24 * 3'600'000;
        QCOMPARE(Reports::exportPdf(w, m_ward.nurse, tooLong, path).code(), Error::Code::Invalid);
        QVERIFY(!QFile::exists(path));
        // An unwritable place is an error, and an existing file there stays as it was.
        QCOMPARE(Reports::exportPdf(w, m_ward.nurse, trendRequest(), QStringLiteral("/nonexistent/dir/r.pdf")).code(),
                 Error::Code::Storage);
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        QVERIFY(!Reports::exportPdf(w, m_ward.nurse, unknown, path));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("keep me"));
    }

private:
    QString ReportTextPeriod() const
    {
        const auto at = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        };
        return QStringLiteral("%1 to %2").arg(at(m_ward.fromMs), at(m_ward.toMs));
    }
};

PULSEDESK_TEST_GUI_MAIN_EVERY_BACKEND(TestReports)
#include "TestReports.moc"
