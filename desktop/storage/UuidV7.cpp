#include "desktop/storage/UuidV7.h"

#include <sodium.h>

#include <QByteArray>
#include <QDateTime>
#include <QUuid>

namespace fitflow::desktop {

QString generateUuidV7()
{
    QByteArray bytes(16, '\0');
    auto* raw = reinterpret_cast<unsigned char*>(bytes.data());
    randombytes_buf(raw + 6, 10);
    const auto millis = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i) {
        raw[i] = static_cast<unsigned char>(millis >> (8 * (5 - i)));
    }
    raw[6] = static_cast<unsigned char>((raw[6] & 0x0F) | 0x70); // version 7
    raw[8] = static_cast<unsigned char>((raw[8] & 0x3F) | 0x80); // RFC variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace fitflow::desktop
