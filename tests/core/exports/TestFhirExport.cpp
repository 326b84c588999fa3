#include "ExportFixtures.h"
#include "ImportFixtures.h"
#include "StoreBackend.h"
#include "exports/Exports.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <set>
#include <tuple>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The patient's record as a FHIR R4 Bundle: the resources and codes of the mapping, valid for an independent R4
/// validator, and read back by PulseDesk's own FHIR import into an empty store with the same samples.
class TestFhirExport : public QObject
{
    Q_OBJECT

    // Made in initTestCase: once for each backend's run.
    std::optional<ExportWard> m_ward;
    std::optional<QTemporaryDir> m_dir;

    Exports exports() { return m_ward->exports(); }

    QJsonObject bundle(const QString& mrn, const QString& name)
    {
        const QString file = m_dir->filePath(name);
        auto counts = exports().fhir(m_ward->nurse, mrn, {}, file);
        if (!counts)
            qFatal("export failed: %s", qPrintable(counts.errorMessage()));
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static QList<QJsonObject> resources(const QJsonObject& bundle, const QString& type)
    {
        QList<QJsonObject> list;
        for (const QJsonValue& e : bundle.value(QLatin1String("entry")).toArray()) {
            const QJsonObject r = e.toObject().value(QLatin1String("resource")).toObject();
            if (r.value(QLatin1String("resourceType")).toString() == type)
                list.append(r);
        }
        return list;
    }

    static QString fullUrlOf(const QJsonObject& bundle, const QString& type)
    {
        for (const QJsonValue& e : bundle.value(QLatin1String("entry")).toArray()) {
            if (json(e, "resource.resourceType").toString() == type)
                return e.toObject().value(QLatin1String("fullUrl")).toString();
        }
        return {};
    }

    static QStringList codes(const QJsonObject& codeable)
    {
        QStringList list;
        for (const QJsonValue& c : codeable.value(QLatin1String("coding")).toArray())
            list.append(c.toObject().value(QLatin1String("system")).toString() + QLatin1Char('|')
                        + c.toObject().value(QLatin1String("code")).toString());
        return list;
    }

    using SampleKey = std::tuple<qint64, double, double>;
    static std::set<SampleKey> samples(Workspace& w, const QString& device)
    {
        QSqlQuery q(w.database().connection());
        q.prepare(QStringLiteral("SELECT s.ts, coalesce(s.heart_rate, -1), coalesce(s.spo2, -1) FROM samples s JOIN "
                                 "devices d ON d.id = s.device_id WHERE d.device_id = ?"));
        q.addBindValue(device);
        q.exec();
        std::set<SampleKey> set;
        while (q.next())
            set.insert({q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toDouble()});
        return set;
    }

private slots:
    void initTestCase()
    {
        m_ward.emplace();
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void theBundleHoldsTheRecordInTheMapping()
    {
        const QJsonObject b = bundle(ExportWard::OldMrn, QStringLiteral("old.json"));
        QCOMPARE(b.value(QLatin1String("resourceType")).toString(), QStringLiteral("Bundle"));
        QCOMPARE(b.value(QLatin1String("type")).toString(), QStringLiteral("collection"));

        const auto patients = resources(b, QStringLiteral("Patient"));
        QCOMPARE(patients.size(), 1);
        QCOMPARE(patients[0].value(QLatin1String("birthDate")).toString(), QStringLiteral("1931-02-17"));
        QCOMPARE(json(patients[0], "identifier.0.value").toString(), ExportWard::OldMrn);
        QCOMPARE(json(patients[0], "name.0.text").toString(), ExportWard::OldName);
        const QString patientUrl = fullUrlOf(b, QStringLiteral("Patient"));
        QVERIFY(patientUrl.startsWith(QLatin1String("urn:uuid:")));

        const auto devices = resources(b, QStringLiteral("Device"));
        QCOMPARE(devices.size(), 1);
        QCOMPARE(json(devices[0], "identifier.0.value").toString(), ExportWard::Oximeter);
        QCOMPARE(json(devices[0], "manufacturer").toString(), QStringLiteral("Nonin"));
        const QString deviceUrl = fullUrlOf(b, QStringLiteral("Device"));

        int heartRates = 0;
        int saturations = 0;
        int windows = 0;
        for (const QJsonObject& o : resources(b, QStringLiteral("Observation"))) {
            const QStringList c = codes(o.value(QLatin1String("code")).toObject());
            if (c.contains(QLatin1String("http://loinc.org|8867-4"))) {
                ++heartRates;
                // A pulse oximeter's rate: MDC_PULS_OXIM_PULS_RATE.
                QVERIFY(c.contains(QLatin1String("urn:iso:std:iso:11073:10101|149530")));
                QCOMPARE(json(o, "valueQuantity.code").toString(), QStringLiteral("/min"));
                QCOMPARE(json(o, "valueQuantity.system").toString(), QStringLiteral("http://unitsofmeasure.org"));
                QCOMPARE(json(o, "category.0.coding.0.code").toString(), QStringLiteral("vital-signs"));
                QCOMPARE(json(o, "device.reference").toString(), deviceUrl);
                QCOMPARE(json(o, "subject.reference").toString(), patientUrl);
                if (heartRates == 1) {
                    QCOMPARE(json(o, "effectiveDateTime").toString(), QStringLiteral("2026-03-14T10:26:53.589+01:00"));
                    QCOMPARE(json(o, "valueQuantity.value").toDouble(), 60.0);
                }
            } else if (c.contains(QLatin1String("http://loinc.org|2708-6"))) {
                ++saturations;
                QCOMPARE(json(o, "valueQuantity.value").toDouble(), 97.0);
            } else {
                ++windows;
                QVERIFY(c.first().endsWith(QLatin1String("|heart-rate-window")));
                QCOMPARE(json(o, "effectivePeriod.start").toString(), QStringLiteral("2026-03-14T10:27:00.000+01:00"));
                QCOMPARE(json(o, "interpretation.0.coding.0.code").toString(), QStringLiteral("H"));
            }
        }
        QCOMPARE(heartRates, ExportWard::Samples);
        QCOMPARE(saturations, ExportWard::Samples);
        QCOMPARE(windows, 1);

        const auto issues = resources(b, QStringLiteral("DetectedIssue"));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(json(issues[0], "severity").toString(), QStringLiteral("high"));
        QCOMPARE(json(issues[0], "author.reference").toString(), deviceUrl);
        QCOMPARE(json(issues[0], "mitigation.0.author.display").toString(), ExportWard::NurseName);
        QCOMPARE(json(issues[0], "mitigation.0.action.text").toString(), ExportWard::AlarmComment);

        // The note and its amendment: the amendment replaces the note, which is superseded.
        const auto notes = resources(b, QStringLiteral("DocumentReference"));
        QCOMPARE(notes.size(), 2);
        QCOMPARE(json(notes[0], "status").toString(), QStringLiteral("superseded"));
        QCOMPARE(QByteArray::fromBase64(json(notes[0], "content.0.attachment.data").toString().toLatin1()),
                 ExportWard::Note.toUtf8());
        QCOMPARE(json(notes[1], "status").toString(), QStringLiteral("current"));
        QCOMPARE(json(notes[1], "relatesTo.0.code").toString(), QStringLiteral("replaces"));
        QString originalUrl;
        for (const QJsonValue& e : b.value(QLatin1String("entry")).toArray())
            if (json(e, "resource.resourceType").toString() == QLatin1String("DocumentReference")
                && originalUrl.isEmpty())
                originalUrl = json(e, "fullUrl").toString();
        QCOMPARE(json(notes[1], "relatesTo.0.target.reference").toString(), originalUrl);
    }

    void anEcgPatchGivesTheEcgHeartRateCode()
    {
        const QJsonObject b = bundle(ExportWard::YoungMrn, QStringLiteral("young.json"));
        const auto observations = resources(b, QStringLiteral("Observation"));
        QVERIFY(!observations.isEmpty());
        const QStringList c = codes(observations.first().value(QLatin1String("code")).toObject());
        QVERIFY(c.contains(QLatin1String("urn:iso:std:iso:11073:10101|147842")));
        QCOMPARE(json(observations.first(), "meta.tag.0.code").toString(), QStringLiteral("imported"));
    }

    void anIndependentValidatorFindsNoError()
    {
        bundle(ExportWard::OldMrn, QStringLiteral("valid-old.json"));
        bundle(ExportWard::YoungMrn, QStringLiteral("valid-young.json"));
        QByteArray output;
        const bool valid = validateFhir(
            {m_dir->filePath(QStringLiteral("valid-old.json")), m_dir->filePath(QStringLiteral("valid-young.json"))},
            false, &output);
        QVERIFY2(valid, output.constData());
        QCOMPARE(output.count("\"valid\":true"), 2);

        // The validator does look: a Bundle with a wrong status and an unknown element is refused.
        QFile f(m_dir->filePath(QStringLiteral("valid-old.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray broken = f.readAll();
        broken.replace("\"status\":\"final\"", "\"status\":\"finished\",\"colour\":\"red\"");
        QFile out(m_dir->filePath(QStringLiteral("broken.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(broken);
        out.close();
        QVERIFY(!validateFhir({out.fileName()}, false, &output));
        QVERIFY(output.contains("Unexpected property"));
    }

    void theBundleImportsBackIntoAnEmptyStoreWithTheSameSamples()
    {
        const QString file = m_dir->filePath(QStringLiteral("roundtrip.json"));
        QVERIFY(exports().fhir(m_ward->nurse, ExportWard::OldMrn, {}, file));
        QVERIFY(exports().fhir(m_ward->nurse, ExportWard::YoungMrn, {}, m_dir->filePath(QStringLiteral("rt2.json"))));

        // A store with the devices registered and worn, and no sample.
        TestWorkspace empty;
        const Session doctor = empty.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = empty.addStaff(QStringLiteral("nurse"), Role::Nurse);
        empty.admit(doctor, ExportWard::OldMrn, QStringLiteral("Someone"));
        empty.admit(doctor, ExportWard::YoungMrn, QStringLiteral("Someone Else"), QStringLiteral("2"));
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(ExportWard::T0 - 60'000, Qt::UTC);
        QVERIFY(empty->devices().add(empty.admin(), ExportWard::Oximeter, {}, {}));
        QVERIFY(empty->devices().add(empty.admin(), ExportWard::EcgPatch, {}, {}));
        QVERIFY(empty->devices().assign(nurse, ExportWard::Oximeter, ExportWard::OldMrn, from));
        QVERIFY(empty->devices().assign(nurse, ExportWard::EcgPatch, ExportWard::YoungMrn, from));
        QCOMPARE(count(empty.workspace(), QStringLiteral("SELECT count(*) FROM samples")), qint64(0));

        importFile(empty.workspace(), nurse, file);
        importFile(empty.workspace(), nurse, m_dir->filePath(QStringLiteral("rt2.json")));
        for (const QString& device : {ExportWard::Oximeter, ExportWard::EcgPatch}) {
            const auto original = samples(m_ward->workspace(), device);
            QCOMPARE(original.size(), size_t(ExportWard::Samples));
            QVERIFY2(samples(empty.workspace(), device) == original, qPrintable(device));
        }
    }

    void theExportIsAuditedAndNeedsClinicalReadRights()
    {
        const QString file = m_dir->filePath(QStringLiteral("refused.json"));
        auto refused = exports().fhir(m_ward->tw->admin(), ExportWard::OldMrn, {}, file);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::NotPermitted);
        QVERIFY(!QFile::exists(file));
        QVERIFY(exports().fhir(m_ward->doctor, ExportWard::OldMrn, {}, file));
        auto log = m_ward->workspace().audit().list(m_ward->tw->admin(), 5);
        QVERIFY(log);
        QCOMPARE(log->first().action, QStringLiteral("export.fhir"));
        QCOMPARE(log->first().subjectId, ExportWard::OldMrn);
        QVERIFY2(log->first().details.startsWith(QLatin1String("180 observations, 1 results, 1 alarms, 2 notes")),
                 qPrintable(log->first().details));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestFhirExport)
#include "TestFhirExport.moc"
