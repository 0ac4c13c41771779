#include "shared/tax/PlaceOfSupply.h"

namespace fitflow::tax {

PlaceOfSupply determinePlaceOfSupply(const SupplyLocation& location)
{
    switch (location.mode) {
    case SessionMode::InPerson:
        return {location.province, PlaceOfSupplyRule::SessionProvince};
    case SessionMode::Remote:
        return {location.province, PlaceOfSupplyRule::ClientProvince};
    }
    return {location.province, PlaceOfSupplyRule::SessionProvince};
}

} // namespace fitflow::tax
