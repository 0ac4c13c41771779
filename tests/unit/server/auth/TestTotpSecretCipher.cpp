// TotpSecretCipher and TotpSecretVault: sealed TOTP secrets open only with the same key for the
// same user, and any change to the stored bytes is detected.

#include "server/service/auth/TotpSecretCipher.h"
#include "server/service/auth/TotpSecretVault.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fitflow::auth {
namespace {

const std::vector<unsigned char> kSecret{'1', '2', '3', '4', '5', '6', '7', '8', '9', '0',
                                         '1', '2', '3', '4', '5', '6', '7', '8', '9', '0'};
constexpr std::string_view kUser = "0190a1b2-0000-7000-8000-000000000001";
constexpr std::string_view kOtherUser = "0190a1b2-0000-7000-8000-000000000002";

TotpSecretCipher cipherWithKeyByte(unsigned char fill)
{
    const std::vector<unsigned char> key(TotpSecretCipher::kKeyBytes, fill);
    return *TotpSecretCipher::fromKey(key);
}

TEST(TotpSecretCipher, SealedSecretOpensWithTheSameKeyForTheSameUser)
{
    const auto cipher = cipherWithKeyByte(7);
    const auto sealed = cipher.seal(kSecret, kUser);
    EXPECT_EQ(sealed.size(), 1u + 24u + kSecret.size() + 16u);
    EXPECT_TRUE(TotpSecretCipher::looksSealed(sealed));
    EXPECT_EQ(std::search(sealed.begin(), sealed.end(), kSecret.begin(), kSecret.begin() + 8),
              sealed.end())
        << "the secret must not appear in clear";
    const auto opened = cipher.open(sealed, kUser);
    ASSERT_TRUE(opened) << opened.error().message;
    EXPECT_EQ(*opened, kSecret);
    EXPECT_NE(cipher.seal(kSecret, kUser), sealed) << "a fresh nonce each time";
}

TEST(TotpSecretCipher, AnotherKeyAnotherUserOrAnAlteredByteDoesNotOpen)
{
    const auto cipher = cipherWithKeyByte(7);
    const auto sealed = cipher.seal(kSecret, kUser);
    EXPECT_EQ(cipherWithKeyByte(8).open(sealed, kUser).error().code, "totp_secret_unreadable");
    EXPECT_EQ(cipher.open(sealed, kOtherUser).error().code, "totp_secret_unreadable");
    for (std::size_t i = 1; i < sealed.size(); i += 7) {
        auto altered = sealed;
        altered[i] ^= 0x01;
        EXPECT_FALSE(cipher.open(altered, kUser)) << "byte " << i;
    }
    EXPECT_FALSE(cipher.open(kSecret, kUser)) << "a plain secret is not sealed";
}

TEST(TotpSecretCipher, KeyMustBe32Bytes)
{
    EXPECT_EQ(TotpSecretCipher::fromKey(std::vector<unsigned char>(31, 1)).error().code,
              "invalid_argument");
    EXPECT_TRUE(TotpSecretCipher::fromKey(std::vector<unsigned char>(32, 1)));
}

TEST(TotpSecretCipher, KeyFileHolds64HexCharacters)
{
    const std::string path =
        (std::filesystem::temp_directory_path() / ("totp-key-" + std::to_string(getpid())))
            .string();
    const auto write = [&path](const std::string& text) { std::ofstream(path) << text; };
    write(std::string(64, 'a') + "\n");
    const auto loaded = loadTotpSecretCipher(path);
    ASSERT_TRUE(loaded) << loaded.error().message;
    EXPECT_TRUE(cipherWithKeyByte(0xAA).open(loaded->seal(kSecret, kUser), kUser));

    write(std::string(63, 'a'));
    EXPECT_EQ(loadTotpSecretCipher(path).error().code, "invalid_key_file");
    write(std::string(62, 'a') + "zz");
    EXPECT_EQ(loadTotpSecretCipher(path).error().code, "invalid_key_file");
    std::filesystem::remove(path);
    EXPECT_EQ(loadTotpSecretCipher(path).error().code, "key_file_unreadable");
}

TEST(TotpSecretVault, PlainWithoutKeySealedWithKeyAndReadsBoth)
{
    const TotpSecretVault plain;
    EXPECT_EQ(plain.forStorage(kSecret, kUser), kSecret);
    EXPECT_EQ(*plain.fromStorage(kSecret, kUser), kSecret);

    const TotpSecretVault sealing(cipherWithKeyByte(3));
    const auto stored = sealing.forStorage(kSecret, kUser);
    EXPECT_NE(stored, kSecret);
    EXPECT_EQ(*sealing.fromStorage(stored, kUser), kSecret);
    EXPECT_EQ(*sealing.fromStorage(kSecret, kUser), kSecret) << "enrolled before the key existed";
    EXPECT_EQ(plain.fromStorage(stored, kUser).error().code, "totp_secret_unreadable")
        << "a sealed secret without the key is an error, never used as the secret itself";
}

} // namespace
} // namespace fitflow::auth
