// Wrapping the data key: the right passphrase recovers exactly the key, anything else (wrong
// passphrase, altered header, altered ciphertext) fails with "wrong_passphrase", and every wrap
// uses fresh randomness.

#include "desktop/storage/crypto/DataKeyWrap.h"

#include <QTest>

#include <cstring>

using fitflow::desktop::DataKeyWrap;
using fitflow::desktop::KdfSettings;
using fitflow::desktop::SecretBytes;

namespace {

const QByteArray kPassphrase = "wrap test passphrase";

bool sameBytes(const SecretBytes& a, const SecretBytes& b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace

class TestDataKeyWrap : public QObject {
    Q_OBJECT

private slots:
    void unwrapRecoversTheKey()
    {
        auto key = DataKeyWrap::generateDataKey();
        QVERIFY(key);
        QCOMPARE(key->size(), std::size_t{32});
        auto wrapped = DataKeyWrap::wrap(*key, kPassphrase, KdfSettings::fastForTests());
        QVERIFY(wrapped);
        QCOMPARE(wrapped->wrappedKey.size(), 48); // 32-byte key + 16-byte Poly1305 tag
        auto unwrapped = DataKeyWrap::unwrap(*wrapped, kPassphrase);
        QVERIFY(unwrapped);
        QVERIFY(sameBytes(*unwrapped, *key));
    }

    void freshKeysSaltsAndNonces()
    {
        auto first = DataKeyWrap::generateDataKey();
        auto second = DataKeyWrap::generateDataKey();
        QVERIFY(first && second);
        QVERIFY(!sameBytes(*first, *second));
        auto a = DataKeyWrap::wrap(*first, kPassphrase, KdfSettings::fastForTests());
        auto b = DataKeyWrap::wrap(*first, kPassphrase, KdfSettings::fastForTests());
        QVERIFY(a && b);
        QVERIFY(a->salt != b->salt);
        QVERIFY(a->nonce != b->nonce);
        QVERIFY(a->wrappedKey != b->wrappedKey);
    }

    void anyAlterationFails_data()
    {
        QTest::addColumn<int>("alteration");
        QTest::newRow("wrong passphrase") << 0;
        QTest::newRow("opslimit") << 1;
        QTest::newRow("salt") << 2;
        QTest::newRow("nonce") << 3;
        QTest::newRow("ciphertext") << 4;
        QTest::newRow("tag") << 5;
    }

    void anyAlterationFails()
    {
        QFETCH(int, alteration);
        auto key = DataKeyWrap::generateDataKey();
        QVERIFY(key);
        auto wrapped = DataKeyWrap::wrap(*key, kPassphrase, KdfSettings::fastForTests());
        QVERIFY(wrapped);
        QByteArray passphrase = kPassphrase;
        switch (alteration) {
        case 0:
            passphrase[0] = 'W';
            break;
        case 1:
            wrapped->kdf.opsLimit += 1;
            break;
        case 2:
            wrapped->salt[3] = static_cast<char>(wrapped->salt[3] ^ 1);
            break;
        case 3:
            wrapped->nonce[5] = static_cast<char>(wrapped->nonce[5] ^ 1);
            break;
        case 4:
            wrapped->wrappedKey[0] = static_cast<char>(wrapped->wrappedKey[0] ^ 1);
            break;
        case 5:
            wrapped->wrappedKey[47] = static_cast<char>(wrapped->wrappedKey[47] ^ 1);
            break;
        }
        auto unwrapped = DataKeyWrap::unwrap(*wrapped, passphrase);
        QVERIFY(!unwrapped);
        QCOMPARE(unwrapped.error().code, std::string("wrong_passphrase"));
    }

    void refusesBadInput()
    {
        auto key = DataKeyWrap::generateDataKey();
        QVERIFY(key);
        auto empty = DataKeyWrap::wrap(*key, QByteArray(), KdfSettings::fastForTests());
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, std::string("invalid_passphrase"));
        auto tooCheap = DataKeyWrap::wrap(*key, kPassphrase, KdfSettings{0, 8ull * 1024 * 1024});
        QVERIFY(!tooCheap);
        QCOMPARE(tooCheap.error().code, std::string("invalid_kdf_settings"));
    }

    void defaultsFollowRfc9106SecondRecommendation()
    {
        QCOMPARE(KdfSettings::defaults().opsLimit, quint64{3});
        QCOMPARE(KdfSettings::defaults().memLimitBytes, quint64{64} * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestDataKeyWrap)
#include "TestDataKeyWrap.moc"
