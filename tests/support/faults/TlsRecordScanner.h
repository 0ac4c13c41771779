#pragma once
// Splits one direction of a TLS byte stream into records as bytes arrive in arbitrary chunks,
// so the proxy can tell handshake records from application data without decrypting anything.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace fitflow::test {

namespace tls {
inline constexpr std::uint8_t kChangeCipherSpec = 20;
inline constexpr std::uint8_t kAlert = 21;
inline constexpr std::uint8_t kHandshake = 22;
inline constexpr std::uint8_t kApplicationData = 23;
} // namespace tls

// A run of bytes of one chunk that belongs to one record (header bytes included).
struct TlsRecordSlice {
    std::uint8_t contentType = 0;
    std::size_t offset = 0; // within the chunk
    std::size_t size = 0;
    bool startsRecord = false; // the slice holds the record's first header byte
};

class TlsRecordScanner {
public:
    static constexpr std::size_t kHeaderSize = 5;

    // Returns the slices of `chunk` in order; they cover the whole chunk.
    std::vector<TlsRecordSlice> scan(std::string_view chunk);

private:
    std::uint8_t m_contentType = 0;
    std::size_t m_headerBytesSeen = 0; // of the current record, 0..kHeaderSize
    std::size_t m_recordLength = 0;
    std::size_t m_bodyBytesLeft = 0;
};

} // namespace fitflow::test
