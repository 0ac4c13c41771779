// Money through the real fitflow-cli and fitflow-server: two devices of one trainer reserve
// number blocks, then draft and issue offline concurrently; after syncing in any order both hold
// the same invoices with distinct numbers and the totals the SERVER computed (Québec GST + QST on
// the pre-tax amount, Ontario HST); a credit note reverses the tax; another trainer never
// receives them.

#include "tests/integration/sync_money/MoneySyncFixture.h"

namespace fitflow::test {
namespace {

using MoneySyncDevices = MoneySyncFixture;

nlohmann::json taxOf(const nlohmann::json& invoice, const std::string& code)
{
    for (const auto& tax : invoice["totals"]["taxes"]) {
        if (tax.value("code", std::string{}) == code) {
            return tax;
        }
    }
    return nullptr;
}

TEST_F(MoneySyncDevices, TwoDevicesIssueOfflineWithDistinctNumbersAndConverge)
{
    const std::string laptop = newDevice("laptop", kAlexEmail);
    const std::string tablet = newDevice("tablet", kAlexEmail);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    const auto studio = studioIn(dump(laptop));
    ASSERT_TRUE(studio) << "no Northside studio with a client was pulled";

    // Online: each device reserves its own block of numbers.
    for (const auto& store : {laptop, tablet}) {
        money({"invoice", "reserve", "--store", store, "--org", studio->orgId, "--count", "5"});
        expectSynced(store);
    }
    ASSERT_FALSE(HasFailure());

    // Offline, concurrently: a Québec invoice on the laptop, an Ontario one on the tablet.
    const std::string quebec = money({"invoice", "draft", "--store", laptop, "--org", studio->orgId,
                                      "--json", draftFor(*studio, "QC").dump()});
    const std::string ontario = money({"invoice", "draft", "--store", tablet, "--org",
                                       studio->orgId, "--json", draftFor(*studio, "ON").dump()});
    const std::string quebecNumber = money({"invoice", "issue", quebec, "--store", laptop});
    const std::string ontarioNumber = money({"invoice", "issue", ontario, "--store", tablet});
    ASSERT_FALSE(HasFailure());
    EXPECT_NE(quebecNumber, ontarioNumber);
    EXPECT_EQ(quebecNumber.rfind("INV-2026-", 0), 0u) << quebecNumber;

    expectSynced(tablet);
    expectSynced(laptop);
    expectSynced(tablet);
    const std::string laptopDump = dump(laptop);
    EXPECT_EQ(laptopDump, dump(tablet));

    const auto invoices = nlohmann::json::parse(laptopDump)["invoice"];
    const auto qc = findById(invoices, quebec);
    const auto on = findById(invoices, ontario);
    ASSERT_TRUE(qc.is_object() && on.is_object()) << laptopDump;
    EXPECT_EQ(qc["status"], "issued");
    EXPECT_EQ(qc["number"], quebecNumber);
    EXPECT_EQ(on["number"], ontarioNumber);
    // Québec: GST 5% and QST 9.975%, both on the $170.00 pre-tax amount (QST not on GST).
    EXPECT_EQ(taxOf(qc, "GST")["amount_cents"], 850);
    EXPECT_EQ(taxOf(qc, "QST")["base_cents"], 17000);
    EXPECT_EQ(taxOf(qc, "QST")["amount_cents"], 1696);
    EXPECT_EQ(qc["totals"]["total_cents"], 19546);
    // Ontario: HST 13% as one rate.
    EXPECT_EQ(taxOf(on, "HST")["amount_cents"], 2210);
    EXPECT_EQ(on["totals"]["total_cents"], 19210);
    EXPECT_EQ(on["balance_cents"], 19210);
}

TEST_F(MoneySyncDevices, PaymentsAndACreditNoteReachTheOtherDeviceWithTheTaxReversed)
{
    const std::string laptop = newDevice("laptop", kAlexEmail);
    const std::string tablet = newDevice("tablet", kAlexEmail);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    const auto studio = studioIn(dump(laptop));
    ASSERT_TRUE(studio);
    money({"invoice", "reserve", "--store", laptop, "--org", studio->orgId});
    expectSynced(laptop);

    const std::string paid = money({"invoice", "draft", "--store", laptop, "--org", studio->orgId,
                                    "--json", draftFor(*studio, "QC").dump()});
    const std::string credited = money({"invoice", "draft", "--store", laptop, "--org",
                                        studio->orgId, "--json", draftFor(*studio, "QC").dump()});
    money({"invoice", "issue", paid, "--store", laptop});
    money({"invoice", "issue", credited, "--store", laptop});
    money({"payment", "record", "--store", laptop, "--invoice", paid, "--json",
           R"({"amount_cents": 19546, "method": "e_transfer", "received_on": "2026-03-20"})"});
    // Overpaying is refused on the device already.
    money({"payment", "record", "--store", laptop, "--invoice", paid, "--json",
           R"({"amount_cents": 1, "method": "cash", "received_on": "2026-03-21"})"},
          false);
    const std::string note = money({"invoice", "credit", credited, "--store", laptop});
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    expectSynced(tablet);
    EXPECT_EQ(dump(laptop), dump(tablet));

    const auto dumped = nlohmann::json::parse(dump(tablet));
    const auto paidRow = findById(dumped["invoice"], paid);
    EXPECT_EQ(paidRow["paid_cents"], 19546);
    EXPECT_EQ(paidRow["balance_cents"], 0);
    const auto noteRow = findById(dumped["invoice"], note);
    ASSERT_TRUE(noteRow.is_object());
    EXPECT_EQ(noteRow["kind"], "credit_note");
    EXPECT_EQ(noteRow["original_invoice_id"], credited);
    // Booked at the original's location (Montréal), where the reports net it against it.
    EXPECT_EQ(noteRow["location_id"], studio->montrealId) << noteRow.dump();
    EXPECT_EQ(taxOf(noteRow, "GST")["amount_cents"], -850);
    EXPECT_EQ(taxOf(noteRow, "QST")["amount_cents"], -1696);
    EXPECT_EQ(noteRow["totals"]["total_cents"], -19546);
    EXPECT_EQ(findById(dumped["invoice"], credited)["balance_cents"], 0);
    // One payment of ours (the demo data's settled invoices bring their own).
    int ours = 0;
    for (const auto& row : dumped["payment"]) {
        ours += row["invoice_id"] == paid ? 1 : 0;
    }
    EXPECT_EQ(ours, 1);
}

TEST_F(MoneySyncDevices, ATrainerNeverReceivesAnotherTrainersInvoices)
{
    const std::string alex = newDevice("alex", kAlexEmail);
    const std::string sam = newDevice("sam", kSamEmail);
    ASSERT_FALSE(HasFailure());
    expectSynced(alex);
    const auto studio = studioIn(dump(alex));
    ASSERT_TRUE(studio);
    money({"invoice", "reserve", "--store", alex, "--org", studio->orgId});
    expectSynced(alex);
    const std::string invoice = money({"invoice", "draft", "--store", alex, "--org", studio->orgId,
                                       "--json", draftFor(*studio, "ON").dump()});
    money({"invoice", "issue", invoice, "--store", alex});
    expectSynced(alex);
    expectSynced(sam);
    ASSERT_FALSE(HasFailure());

    EXPECT_TRUE(findById(nlohmann::json::parse(dump(alex))["invoice"], invoice).is_object());
    const auto samDump = nlohmann::json::parse(dump(sam));
    EXPECT_TRUE(findById(samDump["invoice"], invoice).is_null());
    EXPECT_TRUE(samDump["payment"].empty());
}

// A stale device pays an invoice another device already settled: the server refuses the
// overpayment, the device lists the rejection, drops its local payment and takes the server's
// state back, so both devices print the same dump again.
TEST_F(MoneySyncDevices, AStaleDevicesOverpaymentIsRejectedAndItsLocalPaymentIsUndone)
{
    const std::string laptop = newDevice("laptop", kAlexEmail);
    const std::string tablet = newDevice("tablet", kAlexEmail);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    const auto studio = studioIn(dump(laptop));
    ASSERT_TRUE(studio);
    money({"invoice", "reserve", "--store", laptop, "--org", studio->orgId});
    expectSynced(laptop);
    const std::string invoice = money({"invoice", "draft", "--store", laptop, "--org",
                                       studio->orgId, "--json", draftFor(*studio, "QC").dump()});
    money({"invoice", "issue", invoice, "--store", laptop});
    expectSynced(laptop);
    expectSynced(tablet);

    money({"payment", "record", "--store", laptop, "--invoice", invoice, "--json",
           R"({"amount_cents": 19546, "method": "cash", "received_on": "2026-03-20"})"});
    expectSynced(laptop);
    const std::string stale =
        money({"payment", "record", "--store", tablet, "--invoice", invoice, "--json",
               R"({"amount_cents": 10000, "method": "card", "received_on": "2026-03-21"})"});
    ASSERT_FALSE(HasFailure());
    sync(tablet); // pushes the refused payment, then pulls a fresh snapshot
    expectSynced(tablet);

    const auto rejections = status(tablet)["rejections"];
    ASSERT_EQ(rejections.size(), 1u) << rejections.dump();
    EXPECT_EQ(rejections[0]["entity_id"], stale);
    EXPECT_EQ(rejections[0]["code"], "overpayment");
    const auto dumped = nlohmann::json::parse(dump(tablet));
    EXPECT_TRUE(findById(dumped["payment"], stale).is_null());
    EXPECT_EQ(findById(dumped["invoice"], invoice)["paid_cents"], 19546);
    EXPECT_EQ(dump(tablet), dump(laptop));
}

} // namespace
} // namespace fitflow::test
