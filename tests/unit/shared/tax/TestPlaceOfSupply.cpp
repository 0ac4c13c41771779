#include "shared/tax/PlaceOfSupply.h"

#include <gtest/gtest.h>

using namespace fitflow::tax;

TEST(PlaceOfSupply, InPersonSessionsAreSuppliedWhereTheyHappen)
{
    const PlaceOfSupply place = determinePlaceOfSupply({SessionMode::InPerson, Province::ON});
    EXPECT_EQ(place.province, Province::ON);
    EXPECT_EQ(place.rule, PlaceOfSupplyRule::SessionProvince);
    EXPECT_EQ(enumToName(kPlaceOfSupplyRuleNames, place.rule), "in_person_session_province");
}

TEST(PlaceOfSupply, RemoteSessionsAreSuppliedWhereTheClientIs)
{
    const PlaceOfSupply place = determinePlaceOfSupply({SessionMode::Remote, Province::QC});
    EXPECT_EQ(place.province, Province::QC);
    EXPECT_EQ(place.rule, PlaceOfSupplyRule::ClientProvince);
    EXPECT_EQ(enumToName(kPlaceOfSupplyRuleNames, place.rule), "remote_client_province");
}

TEST(PlaceOfSupply, ProvinceCodesRoundTrip)
{
    for (const auto& entry : kProvinceNames) {
        EXPECT_EQ(provinceFromCode(provinceCode(entry.value)), entry.value);
    }
    EXPECT_FALSE(provinceFromCode("PQ"));
    EXPECT_FALSE(provinceFromCode("on"));
}
