#pragma once
// The guard against runaway device clocks (design §4): a record stamp more than five minutes
// ahead of the server is moved back to server time + 5 minutes, keeping its counter and device,
// so a laptop whose clock is a year ahead cannot win every later conflict. Note stamps are not
// clamped: they name versions that later edits cite as bases, and a note is never merged by
// stamp order, so a wrong clock there cannot overwrite anything.

#include "shared/sync/Hlc.h"
#include "shared/sync/RecordMutation.h"

namespace fitflow::sync {

// `stamp`, or (now + kMaxClockSkew, same counter and device) when it is later than that.
Hlc clampStamp(const Hlc& stamp, Instant serverNow);

// Clamps the mutation's stamp; true when it was changed.
bool clampRecordMutation(RecordMutation& mutation, Instant serverNow);

} // namespace fitflow::sync
