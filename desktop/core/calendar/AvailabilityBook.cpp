#include "desktop/core/calendar/AvailabilityBook.h"

namespace fitflow::desktop {

AvailabilityBook& AvailabilityBook::instance()
{
    static AvailabilityBook book;
    return book;
}

void AvailabilityBook::set(std::vector<StoredAvailability> records)
{
    m_records = std::move(records);
    emit changed();
}

} // namespace fitflow::desktop
