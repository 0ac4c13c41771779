#include "shared/invoice/InvoiceNumberFormat.h"

#include <gtest/gtest.h>

using fitflow::invoice::formatInvoiceNumber;
using std::chrono::year;

TEST(InvoiceNumberFormat, PrefixYearAndZeroPaddedNumber)
{
    EXPECT_EQ(*formatInvoiceNumber({}, year{2026}, 123), "INV-2026-000123");
    EXPECT_EQ(*formatInvoiceNumber({"CN", 4}, year{2025}, 7), "CN-2025-0007");
    // A number wider than the padding is printed whole, never truncated.
    EXPECT_EQ(*formatInvoiceNumber({}, year{2026}, 1234567), "INV-2026-1234567");
}

TEST(InvoiceNumberFormat, RejectsBadSettingsAndNumbers)
{
    EXPECT_EQ(formatInvoiceNumber({"", 6}, year{2026}, 1).error().path, "prefix");
    EXPECT_EQ(formatInvoiceNumber({"IN V", 6}, year{2026}, 1).error().path, "prefix");
    EXPECT_EQ(formatInvoiceNumber({"INV", 0}, year{2026}, 1).error().path, "digits");
    EXPECT_EQ(formatInvoiceNumber({}, year{2026}, 0).error().path, "number");
    EXPECT_EQ(formatInvoiceNumber({}, year{10000}, 1).error().path, "year");
}
