#include "GuiDriver.h"
#include "PatientsScreen.h"
#include "TestWorkspace.h"
#include "WardScreen.h"
#include "storage/DeviceRegistry.h"

#include <QCheckBox>
#include <QListWidget>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The ward overview: a tile per admitted patient, alarms first, words and icons beside colour, open a patient
/// from their tile, nothing left on a locked screen.
class TestGuiWard : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;

    static QStringList beds(ui::WardScreen* ward)
    {
        QStringList list;
        for (const ui::WardTileWidget* tile : ward->tiles())
            list.append(tile->tile().bed);
        return list;
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestWorkspace>();
        Workspace& w = m_store->workspace();
        const Session house = m_store->addStaff(QStringLiteral("drhouse"), Role::Doctor, QStringLiteral("Dr House"));
        const Session grey = m_store->addStaff(QStringLiteral("drgrey"), Role::Doctor, QStringLiteral("Dr Grey"));
        const Session nurse = m_store->addStaff(QStringLiteral("nurse"), Role::Nurse, QStringLiteral("Nora Nurse"));
        m_store->admit(house, QStringLiteral("MRN-2"), QStringLiteral("Calm Carl"), QStringLiteral("2"));
        m_store->admit(grey, QStringLiteral("MRN-10"), QStringLiteral("Racing Rita"), QStringLiteral("10"));
        m_store->admit(house, QStringLiteral("MRN-3"), QStringLiteral("Unplugged Uma"), QStringLiteral("3"));
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (const auto& [device, mrn] : {std::pair {QStringLiteral("dev-2"), QStringLiteral("MRN-2")},
                                          std::pair {QStringLiteral("dev-10"), QStringLiteral("MRN-10")}}) {
            QVERIFY(w.devices().add(nurse, device, {}, {}).ok());
            QVERIFY(w.devices().assign(nurse, device, mrn, since).ok());
        }
        analyseStream(w, QStringLiteral("dev-2"), 72);
        analyseStream(w, QStringLiteral("dev-10"), 168);
        m_store->close();
    }

    void nurse_seesTheWardWithAlarmsFirst()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        auto* ward = gui.find<ui::WardScreen>("wardScreen");
        QVERIFY(ward->isVisible()); // the landing page
        QTRY_COMPARE_WITH_TIMEOUT(ward->tiles().size(), 3, 10'000);
        // Bed 10 has a high alarm, so it comes first; then by bed number.
        QCOMPARE(beds(ward), (QStringList {QStringLiteral("10"), QStringLiteral("2"), QStringLiteral("3")}));
        const QString alarm = ward->tiles().at(0)->summary();
        QVERIFY2(alarm.contains(QLatin1String("168 bpm")), qPrintable(alarm));
        QVERIFY2(alarm.contains(QLatin1String("Severe tachycardia")), qPrintable(alarm));
        QVERIFY2(alarm.contains(QLatin1String("High priority alarm")), qPrintable(alarm));
        QCOMPARE(ward->tiles().at(0)->accessibleName(), alarm);
        const QString calm = ward->tiles().at(1)->summary();
        QVERIFY2(calm.contains(QLatin1String("72 bpm")) && calm.contains(QLatin1String("No anomaly")),
                 qPrintable(calm));
        QVERIFY2(!calm.contains(QLatin1String("alarm")), qPrintable(calm));
        QVERIFY2(ward->tiles().at(2)->summary().contains(QLatin1String("No device")),
                 qPrintable(ward->tiles().at(2)->summary()));
        QVERIFY(!gui.find<QCheckBox>("onlyMyPatients")->isVisible()); // a doctor's filter

        // Enter on a tile opens that patient.
        ward->tiles().at(1)->setFocus();
        QTest::keyClick(ward->tiles().at(1), Qt::Key_Return);
        auto* patients = gui.find<ui::PatientsScreen>("patientsScreen");
        QTRY_VERIFY_WITH_TIMEOUT(patients->isVisible(), 5'000);
        QTRY_VERIFY_WITH_TIMEOUT(gui.visibleText().contains(QLatin1String("Calm Carl")), 10'000);

        // Locking drops the tiles.
        gui.window().lock();
        QCOMPARE(ward->tiles().size(), 0);
        QVERIFY(!gui.visibleText().contains(QLatin1String("Racing Rita")));
    }

    void doctor_keepsToTheirOwnPatients()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("drhouse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        auto* ward = gui.find<ui::WardScreen>("wardScreen");
        QTRY_COMPARE_WITH_TIMEOUT(ward->tiles().size(), 3, 10'000);
        auto* mine = gui.find<QCheckBox>("onlyMyPatients");
        QVERIFY(mine->isVisible());
        mine->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(ward->tiles().size(), 2, 10'000);
        QCOMPARE(beds(ward), (QStringList {QStringLiteral("2"), QStringLiteral("3")}));
    }
};

QTEST_MAIN(TestGuiWard)
#include "TestGuiWard.moc"
