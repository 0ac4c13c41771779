#pragma once
// UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Time-ordered, so ids
// created on this device sort by creation time and index well.

#include <QString>

namespace fitflow::desktop {

// Lower-case canonical form without braces, e.g. "01890a5d-ac96-774b-bcce-b302099a8057".
QString generateUuidV7();

} // namespace fitflow::desktop
