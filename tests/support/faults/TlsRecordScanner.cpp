#include "tests/support/faults/TlsRecordScanner.h"

#include <algorithm>

namespace fitflow::test {

std::vector<TlsRecordSlice> TlsRecordScanner::scan(std::string_view chunk)
{
    std::vector<TlsRecordSlice> slices;
    std::size_t position = 0;
    while (position < chunk.size()) {
        TlsRecordSlice slice;
        slice.offset = position;
        slice.startsRecord = m_headerBytesSeen == 0;
        while (position < chunk.size() && m_headerBytesSeen < kHeaderSize) {
            const auto byte = static_cast<std::uint8_t>(chunk[position++]);
            if (m_headerBytesSeen == 0) {
                m_contentType = byte;
            } else if (m_headerBytesSeen == 3) {
                m_recordLength = std::size_t{byte} << 8;
            } else if (m_headerBytesSeen == 4) {
                m_recordLength |= byte;
                m_bodyBytesLeft = m_recordLength;
            }
            ++m_headerBytesSeen;
        }
        const std::size_t bodyBytes = std::min(m_bodyBytesLeft, chunk.size() - position);
        position += bodyBytes;
        m_bodyBytesLeft -= bodyBytes;
        if (m_headerBytesSeen == kHeaderSize && m_bodyBytesLeft == 0) {
            m_headerBytesSeen = 0; // record complete; the next byte starts a new header
        }
        slice.contentType = m_contentType;
        slice.size = position - slice.offset;
        slices.push_back(slice);
    }
    return slices;
}

} // namespace fitflow::test
