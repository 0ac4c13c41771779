#pragma once
// What an edit or deletion of one occurrence of a recurring series applies to.

namespace fitflow::desktop {

enum class SeriesScope {
    ThisOne,          // only this session; the series skips its date from now on
    ThisAndFollowing, // the series is split: the old one ends before it, a new one starts here
    All,              // the rule itself changes; the future is regenerated, history is kept
};

} // namespace fitflow::desktop
