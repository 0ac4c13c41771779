#include "server/service/auth/Base64Url.h"

#include <sodium.h>

namespace fitflow::auth {

std::string encodeBase64Url(std::span<const unsigned char> bytes)
{
    constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
    std::string text(sodium_base64_encoded_len(bytes.size(), kVariant), '\0');
    sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), kVariant);
    text.resize(text.size() - 1); // drop the terminating NUL libsodium writes
    return text;
}

std::string encodeBase64Url(std::string_view text)
{
    return encodeBase64Url(
        std::span(reinterpret_cast<const unsigned char*>(text.data()), text.size()));
}

Result<std::vector<unsigned char>> decodeBase64Url(std::string_view text)
{
    std::vector<unsigned char> bytes(text.size() * 3 / 4 + 1);
    std::size_t written = 0;
    const char* end = nullptr;
    // libsodium refuses characters outside the alphabet, padding (in the no-padding variant) and
    // leftover bits that are not zero, so every byte string has exactly one accepted spelling.
    if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &written,
                          &end, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        end != text.data() + text.size()) {
        return makeError("invalid_base64url", "not unpadded base64url text");
    }
    bytes.resize(written);
    return bytes;
}

} // namespace fitflow::auth
