#include "desktop/core/invoices/CreditNotePreview.h"

#include "desktop/sync/money/MoneyComputation.h"

namespace fitflow::desktop {

fitflow::Result<std::int64_t>
CreditNotePreview::creditedCents(const nlohmann::json& draft,
                                 const std::vector<invoice::CreditedLine>& lines)
{
    auto decoded = money::decodeDraft(draft);
    if (!decoded) {
        return decoded.error();
    }
    auto note = money::creditNoteOf(std::string(), *decoded, lines);
    if (!note) {
        return note.error();
    }
    return -note->totals.total.cents();
}

} // namespace fitflow::desktop
