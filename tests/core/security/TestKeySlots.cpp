#include "TestWorkspace.h"
#include "security/KeySlotFile.h"
#include "storage/StaffDirectory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestKeySlots : public QObject
{
    Q_OBJECT

private slots:
    void wrongPassword_failsWithoutOpening()
    {
        TestWorkspace tw;
        tw.close();
        tw.reopen();
        auto session = tw->login(QString::fromLatin1(TestWorkspace::AdminName), QStringLiteral("not-the-password"));
        QVERIFY(!session.ok());
        QCOMPARE(session.code(), Error::Code::Authentication);
        QVERIFY2(!tw->isOpen(), "a wrong password must not open the database");
        auto right =
            tw->login(QString::fromLatin1(TestWorkspace::AdminName), QString::fromLatin1(TestWorkspace::AdminPassword));
        QVERIFY2(right.ok(), qPrintable(right.errorMessage()));
        QVERIFY(tw->isOpen());
    }

    void unknownUser_failsLikeAWrongPassword()
    {
        TestWorkspace tw;
        auto session = tw->login(QStringLiteral("nobody"), QString::fromLatin1(TestWorkspace::AdminPassword));
        QVERIFY(!session.ok());
        QCOMPARE(session.code(), Error::Code::Authentication);
        auto wrong = tw->login(QString::fromLatin1(TestWorkspace::AdminName), QStringLiteral("wrong-password"));
        QCOMPARE(session.errorMessage(), wrong.errorMessage());
    }

    void slotFileCutInHalf_givesClearErrorAndLeavesDatabaseUntouched()
    {
        TestWorkspace tw;
        const QString slotPath = tw->keySlotPath();
        const QString dbPath = tw->databasePath();
        tw.close();
        const QByteArray dbBefore = fileHash(dbPath);
        QFile slot(slotPath);
        QVERIFY(slot.open(QIODevice::ReadWrite));
        const QByteArray content = slot.readAll();
        QVERIFY(slot.resize(content.size() / 2));
        slot.close();

        tw.reopen();
        auto session =
            tw->login(QString::fromLatin1(TestWorkspace::AdminName), QString::fromLatin1(TestWorkspace::AdminPassword));
        QVERIFY(!session.ok());
        QCOMPARE(session.code(), Error::Code::Storage);
        QVERIFY2(session.errorMessage().contains(QLatin1String("damaged")), qPrintable(session.errorMessage()));
        QVERIFY(session.errorMessage().contains(QLatin1String("not touched")));
        QVERIFY(!tw->isOpen());
        QCOMPARE(fileHash(dbPath), dbBefore);
    }

    void missingSlotFile_givesClearError()
    {
        TestWorkspace tw;
        tw.close();
        QVERIFY(QFile::remove(tw.dir() + QStringLiteral("/pulsedesk.keyslots")));
        tw.reopen();
        auto session =
            tw->login(QString::fromLatin1(TestWorkspace::AdminName), QString::fromLatin1(TestWorkspace::AdminPassword));
        QVERIFY(!session.ok());
        QVERIFY2(session.errorMessage().contains(QLatin1String("missing")), qPrintable(session.errorMessage()));
    }

    void slotCopiedToAnotherUser_doesNotUnlock()
    {
        // The slot is bound to its user name: renaming it in the file fails the GCM tag.
        TestWorkspace tw;
        const QString slotPath = tw->keySlotPath();
        tw.close();
        QFile f(slotPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        json.replace("\"username\": \"admin\"", "\"username\": \"mallory\"");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        auto file = KeySlotFile::load(slotPath);
        QVERIFY(file.ok());
        auto key = file->unlock(QStringLiteral("mallory"), QString::fromLatin1(TestWorkspace::AdminPassword));
        QVERIFY(!key.ok());
    }

    void passwordChange_rewrapsTheSameKey()
    {
        TestWorkspace tw;
        Session admin = tw.admin();
        QVERIFY(tw->staff()
                    .changeOwnPassword(admin, QString::fromLatin1(TestWorkspace::AdminPassword),
                                       QStringLiteral("brand-new-pass"))
                    .ok());
        tw.close();
        tw.reopen();
        QVERIFY(
            !tw->login(QString::fromLatin1(TestWorkspace::AdminName), QString::fromLatin1(TestWorkspace::AdminPassword))
                 .ok());
        auto session = tw->login(QString::fromLatin1(TestWorkspace::AdminName), QStringLiteral("brand-new-pass"));
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestKeySlots)
#include "TestKeySlots.moc"
