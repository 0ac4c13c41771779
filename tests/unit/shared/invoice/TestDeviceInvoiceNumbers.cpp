#include "shared/invoice/DeviceInvoiceNumbers.h"
#include "shared/invoice/InvoiceNumberCounter.h"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <set>

using fitflow::invoice::DeviceInvoiceNumbers;
using fitflow::invoice::InvoiceNumberBlock;
using fitflow::invoice::InvoiceNumberCounter;

TEST(InvoiceNumberCounter, HandsOutDisjointIncreasingBlocks)
{
    InvoiceNumberCounter counter;
    EXPECT_EQ(*counter.allocate(50), (InvoiceNumberBlock{1, 50}));
    EXPECT_EQ(*counter.allocate(10), (InvoiceNumberBlock{51, 10}));
    EXPECT_EQ(counter.next(), 61);
    InvoiceNumberCounter resumed(counter.next());
    EXPECT_EQ(resumed.allocate(1)->first, 61);
}

TEST(InvoiceNumberCounter, RejectsBadBlockSizes)
{
    InvoiceNumberCounter counter;
    EXPECT_EQ(counter.allocate(0).error().code, "invalid_block_size");
    EXPECT_EQ(counter.allocate(10'001).error().code, "invalid_block_size");
    EXPECT_EQ(counter.next(), 1);
    InvoiceNumberCounter nearEnd(std::numeric_limits<std::int64_t>::max() - 5);
    EXPECT_EQ(nearEnd.allocate(10).error().code, "amount_overflow");
}

TEST(DeviceInvoiceNumbers, ConsumesBlocksInOrderAndRunsOut)
{
    DeviceInvoiceNumbers device;
    EXPECT_EQ(device.takeNext().error().code, "invoice_numbers_exhausted");
    ASSERT_TRUE(device.addBlock({11, 2}));
    ASSERT_TRUE(device.addBlock({40, 1}));
    EXPECT_EQ(device.remaining(), 3);
    EXPECT_TRUE(device.needsRefill(5));
    EXPECT_EQ(*device.takeNext(), 11);
    EXPECT_EQ(*device.takeNext(), 12);
    EXPECT_EQ(device.remaining(), 1);
    EXPECT_EQ(*device.takeNext(), 40);
    EXPECT_EQ(device.remaining(), 0);
    EXPECT_EQ(device.takeNext().error().code, "invoice_numbers_exhausted");
}

TEST(DeviceInvoiceNumbers, RefusesBlocksItHasAlreadyHeld)
{
    DeviceInvoiceNumbers device;
    ASSERT_TRUE(device.addBlock({1, 10}));
    for (int i = 0; i < 10; ++i) {
        ASSERT_TRUE(device.takeNext());
    }
    // A replayed server reply must not hand out 1..10 again.
    EXPECT_EQ(device.addBlock({1, 10}).error().code, "block_overlap");
    EXPECT_EQ(device.addBlock({10, 5}).error().code, "block_overlap");
    EXPECT_EQ(device.addBlock({5, 0}).error().code, "invalid_block");
    EXPECT_TRUE(device.addBlock({11, 5}));
    EXPECT_EQ(*device.takeNext(), 11);
}

// Property: two devices sharing one server counter, refilling and issuing in a random
// interleaving, never issue the same number twice, and each issues in increasing order.
TEST(DeviceInvoiceNumbers, TwoDevicesNeverCollideUnderRandomInterleaving)
{
    for (std::uint32_t seed = 1; seed <= 50; ++seed) {
        std::mt19937 random(seed);
        std::uniform_int_distribution<int> pickDevice(0, 1);
        std::uniform_int_distribution<std::int64_t> blockSize(1, 7);
        std::uniform_int_distribution<int> refillEarly(0, 9);
        InvoiceNumberCounter server;
        std::array<DeviceInvoiceNumbers, 2> devices;
        std::array<std::int64_t, 2> lastIssued{0, 0};
        std::set<std::int64_t> issued;
        for (int step = 0; step < 500; ++step) {
            const int d = pickDevice(random);
            if (devices[d].remaining() == 0 || refillEarly(random) == 0) {
                auto block = server.allocate(blockSize(random));
                ASSERT_TRUE(block);
                ASSERT_TRUE(devices[d].addBlock(*block));
            }
            auto number = devices[d].takeNext();
            ASSERT_TRUE(number) << "seed " << seed;
            EXPECT_TRUE(issued.insert(*number).second) << "seed " << seed << " reused " << *number;
            EXPECT_GT(*number, lastIssued[d]) << "seed " << seed;
            lastIssued[d] = *number;
        }
        EXPECT_EQ(issued.size(), 500u);
    }
}

TEST(DeviceInvoiceNumbers, RestoredStateContinuesWhereItStopped)
{
    DeviceInvoiceNumbers device;
    ASSERT_TRUE(device.addBlock({1, 3}));
    ASSERT_TRUE(device.addBlock({20, 3}));
    for (int i = 0; i < 4; ++i) {
        ASSERT_TRUE(device.takeNext());
    }
    auto restored = DeviceInvoiceNumbers::restore(device.heldBlocks(), device.consumedCount());
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->consumedCount(), 4);
    EXPECT_EQ(*restored->takeNext(), 21);
    EXPECT_EQ(*device.takeNext(), 21);
    // The restored device still refuses the blocks it held before.
    EXPECT_EQ(restored->addBlock({2, 1}).error().code, "block_overlap");
}

TEST(DeviceInvoiceNumbers, RestoreRejectsImpossibleState)
{
    EXPECT_EQ(DeviceInvoiceNumbers::restore({{1, 3}}, 4).error().code, "invalid_value");
    EXPECT_EQ(DeviceInvoiceNumbers::restore({{1, 3}}, -1).error().code, "invalid_value");
    EXPECT_EQ(DeviceInvoiceNumbers::restore({{1, 3}, {3, 2}}, 0).error().code, "block_overlap");
}
