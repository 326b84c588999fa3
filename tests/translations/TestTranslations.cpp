#include "analysis/Classifier.h"
#include "security/KeySlotFile.h"
#include "security/Permissions.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace pulsedesk;

/// The shipped languages are complete, keep every placeholder, and core's messages really get translated at
/// run time (the contexts in the code match those in the .ts files).
class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_qmDir;

    static QStringList languages()
    {
        return {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("it")};
    }
    static QString tsPath(const QString& lang) { return QStringLiteral(PULSEDESK_TS_DIR "/pulsedesk_%1.ts").arg(lang); }

private slots:
    void everyLanguage_hasNoUnfinishedEntry_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString& lang : languages())
            QTest::newRow(qPrintable(lang)) << lang;
    }
    void everyLanguage_hasNoUnfinishedEntry()
    {
        QFETCH(QString, lang);
        QFile ts(tsPath(lang));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        const QByteArray content = ts.readAll();
        QVERIFY(content.count("<message") > 100);
        QCOMPARE(content.count("type=\"unfinished\""), 0);
        QCOMPARE(content.count("<translation></translation>"), 0);
    }

    /// English holds only plural forms: "1 patient", "2 patients", never "patient(s)".
    void english_saysOneAndMany()
    {
        const QString qm = m_qmDir.filePath(QStringLiteral("en.qm"));
        QProcess lrelease;
        lrelease.start(QStringLiteral(PULSEDESK_LRELEASE), {tsPath(QStringLiteral("en")), QStringLiteral("-qm"), qm});
        QVERIFY(lrelease.waitForFinished(30'000));
        QCOMPARE(lrelease.exitCode(), 0);
        QFile ts(tsPath(QStringLiteral("en")));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray content = ts.readAll();
        QCOMPARE(content.count("type=\"unfinished\""), 0);
        QVERIFY(content.count("numerus=\"yes\"") >= 20);
        QTranslator translator;
        QVERIFY(translator.load(qm));
        const char* context = "pulsedesk::ui::PatientsScreen";
        QCOMPARE(translator.translate(context, "%n patient(s).", nullptr, 1), QStringLiteral("%n patient."));
        QCOMPARE(translator.translate(context, "%n patient(s).", nullptr, 12), QStringLiteral("%n patients."));
    }

    void coreMessages_areTranslatedAtRunTime_data() { everyLanguage_hasNoUnfinishedEntry_data(); }
    void coreMessages_areTranslatedAtRunTime()
    {
        QFETCH(QString, lang);
        const QString qm = m_qmDir.filePath(lang + QStringLiteral(".qm"));
        QProcess lrelease;
        lrelease.start(QStringLiteral(PULSEDESK_LRELEASE), {tsPath(lang), QStringLiteral("-qm"), qm});
        QVERIFY(lrelease.waitForFinished(30'000));
        QCOMPARE(lrelease.exitCode(), 0);
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QCoreApplication::installTranslator(&translator);

        auto missing = KeySlotFile::load(m_qmDir.filePath(QStringLiteral("nothing-here")));
        QVERIFY(!missing.ok());
        QVERIFY2(!missing.errorMessage().startsWith(QLatin1String("The key slot file")),
                 qPrintable(missing.errorMessage()));
        Session nurse;
        nurse.userId = 1;
        nurse.role = Role::Nurse;
        const Status refused = Permissions::require(nurse, Permission::WriteRecords);
        QVERIFY(!refused.errorMessage().startsWith(QLatin1String("Not permitted")));
        QVERIFY(roleDisplayName(Role::Nurse) != QLatin1String("Nurse"));
        // The reference table's band labels are shown in the reader's language.
        const QString band = bandDisplayName(QStringLiteral("3-6 months"));
        QVERIFY2(band != QLatin1String("3 to 6 months") && band.contains(QLatin1Char('3'))
                     && band.contains(QLatin1Char('6')),
                 qPrintable(band));
        QVERIFY(bandDisplayName(QStringLiteral("adult (18 years and over)")).contains(QLatin1String("18")));
        QVERIFY(bandDisplayName(QStringLiteral("adult (18 years and over)"))
                != QLatin1String("adults, 18 years and over"));

        QCoreApplication::removeTranslator(&translator);
        QVERIFY(KeySlotFile::load(m_qmDir.filePath(QStringLiteral("x")))
                    .errorMessage()
                    .startsWith(QLatin1String("The key slot file")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
