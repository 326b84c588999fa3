#include "security/Crypto.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

using namespace pulsedesk;

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void sha256_ofKnownInputsAndOfManyBlocks()
    {
        QBuffer abc;
        abc.setData(QByteArrayLiteral("abc"));
        QVERIFY(abc.open(QIODevice::ReadOnly));
        auto digest = Crypto::sha256(abc);
        QVERIFY2(digest.ok(), qPrintable(digest.errorMessage()));
        // FIPS 180-2, appendix B.1
        QCOMPARE(digest->toHex(),
                 QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

        QBuffer empty;
        QVERIFY(empty.open(QIODevice::ReadOnly));
        QCOMPARE(Crypto::sha256(empty)->toHex(),
                 QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));

        // Several read blocks and a partial one, from where the device stands.
        QByteArray big(3 * 1024 * 1024 + 12345, Qt::Uninitialized);
        for (int i = 0; i < big.size(); ++i)
            big[i] = char(qint64(i) * 7919 % 251);
        QBuffer buffer(&big);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QVERIFY(buffer.seek(100));
        QCOMPARE(Crypto::sha256(buffer).value(), QCryptographicHash::hash(big.mid(100), QCryptographicHash::Sha256));
    }

    void sealThenOpen_returnsThePlaintext()
    {
        const SecureBytes key = Crypto::randomKey();
        const SecureBytes secret = Crypto::randomKey();
        auto box = Crypto::seal(key, secret, QByteArrayLiteral("aad"));
        QVERIFY2(box.ok(), qPrintable(box.errorMessage()));
        QCOMPARE(box->nonce.size(), Crypto::NonceSize);
        QCOMPARE(box->tag.size(), Crypto::TagSize);
        auto opened = Crypto::open(key, box.value(), QByteArrayLiteral("aad"));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QVERIFY(opened.value() == secret);
    }

    void open_failsOnWrongKeyChangedCiphertextOrAad_data()
    {
        QTest::addColumn<int>("tamper");
        QTest::newRow("wrong key") << 0;
        QTest::newRow("changed ciphertext") << 1;
        QTest::newRow("changed tag") << 2;
        QTest::newRow("changed aad") << 3;
    }
    void open_failsOnWrongKeyChangedCiphertextOrAad()
    {
        QFETCH(int, tamper);
        const SecureBytes key = Crypto::randomKey();
        auto box = Crypto::seal(key, Crypto::randomKey(), QByteArrayLiteral("user-a"));
        QVERIFY(box.ok());
        SealedBox changed = box.value();
        SecureBytes openKey = key;
        QByteArray aad = QByteArrayLiteral("user-a");
        switch (tamper) {
        case 0:
            openKey = Crypto::randomKey();
            break;
        case 1:
            changed.ciphertext[0] = static_cast<char>(changed.ciphertext[0] ^ 1);
            break;
        case 2:
            changed.tag[5] = static_cast<char>(changed.tag[5] ^ 0x40);
            break;
        default:
            aad = QByteArrayLiteral("user-b");
        }
        auto opened = Crypto::open(openKey, changed, aad);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), Error::Code::Authentication);
    }

    void deriveKey_isDeterministicPerSaltAndPassword()
    {
        const ScryptParams cheap {1 << 10, 8, 1};
        const QByteArray salt = Crypto::randomBytes(Crypto::SaltSize);
        auto a = Crypto::deriveKey(QStringLiteral("pässword"), salt, cheap);
        auto b = Crypto::deriveKey(QStringLiteral("pässword"), salt, cheap);
        auto c = Crypto::deriveKey(QStringLiteral("password"), salt, cheap);
        auto d = Crypto::deriveKey(QStringLiteral("pässword"), Crypto::randomBytes(Crypto::SaltSize), cheap);
        QVERIFY(a.ok() && b.ok() && c.ok() && d.ok());
        QVERIFY(a.value() == b.value());
        QVERIFY(!(a.value() == c.value()));
        QVERIFY(!(a.value() == d.value()));
    }

    void deriveKey_refusesInsaneParameters()
    {
        auto r = Crypto::deriveKey(QStringLiteral("x"), Crypto::randomBytes(16), ScryptParams {1000, 8, 1});
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), Error::Code::Invalid);
    }

    void defaultSlotParameters_areMemoryHard()
    {
        // At least 64 MiB per guess: what makes offline guessing on GPUs expensive.
        const ScryptParams p {};
        QVERIFY(p.isSane());
        QVERIFY(p.memoryBytes() >= 64ull * 1024 * 1024);
    }

    void secureBytes_copiesAreIndependent()
    {
        SecureBytes a = Crypto::randomKey();
        SecureBytes b = a;
        QVERIFY(a == b);
        a.clear();
        QVERIFY(a.isEmpty());
        QCOMPARE(b.size(), std::size_t(Crypto::KeySize));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"
