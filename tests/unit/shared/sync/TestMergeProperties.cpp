// Property tests: the same set of mutations, applied in random orders, in random batches that
// are merged afterwards, and with random duplicates, always yields the same state.
#include "shared/sync/HybridLogicalClock.h"
#include "shared/sync/LwwRecord.h"
#include "shared/sync/NoteHistory.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

namespace fitflow::sync {
namespace {

constexpr int kIterations = 300;
const std::vector<std::string> kDevices{"01932c07-2a4b-7c3d-8e5f-0000000000a1",
                                        "01932c07-2a4b-7c3d-8e5f-0000000000b2",
                                        "01932c07-2a4b-7c3d-8e5f-0000000000c3"};
const Instant kStart{std::chrono::milliseconds{1'764'079'200'000}};

// Three devices whose physical clocks drift apart and sometimes stand still, so stamps collide
// on time and counters and the device tie break matters.
class SimulatedDevices {
public:
    explicit SimulatedDevices(std::mt19937& random)
        : m_random(random)
    {
        for (const auto& id : kDevices) {
            m_clocks.emplace_back(id);
            m_physical.push_back(kStart);
        }
    }

    std::size_t pickDevice() { return std::uniform_int_distribution<std::size_t>(0, 2)(m_random); }

    Hlc stampOn(std::size_t device)
    {
        m_physical[device] += std::chrono::milliseconds{
            std::uniform_int_distribution<int>(-2, 3)(m_random)}; // may go back
        return m_clocks[device].now(m_physical[device]);
    }

private:
    std::mt19937& m_random;
    std::vector<HybridLogicalClock> m_clocks;
    std::vector<Instant> m_physical;
};

std::vector<RecordMutation> randomRecordMutations(std::mt19937& random)
{
    SimulatedDevices devices(random);
    const std::vector<std::string> fieldNames{"first_name", "email", "phone", "tags"};
    std::vector<RecordMutation> mutations;
    const int count = std::uniform_int_distribution<int>(1, 40)(random);
    for (int i = 0; i < count; ++i) {
        const Hlc stamp = devices.stampOn(devices.pickDevice());
        const int kind = std::uniform_int_distribution<int>(0, 9)(random);
        if (kind == 0) {
            mutations.push_back({RecordOperation::Delete, stamp, {}});
        } else if (kind == 1) {
            mutations.push_back({RecordOperation::Undelete, stamp, {}});
        } else {
            RecordMutation writeFields{RecordOperation::Write, stamp, {}};
            for (const auto& name : fieldNames) {
                if (std::bernoulli_distribution(0.5)(random)) {
                    writeFields.fields[name] = std::uniform_int_distribution<int>(0, 3)(random);
                }
            }
            mutations.push_back(writeFields);
        }
    }
    return mutations;
}

// Splits `items` into consecutive batches of random sizes.
template <typename T>
std::vector<std::vector<T>> randomBatches(const std::vector<T>& items, std::mt19937& random)
{
    std::vector<std::vector<T>> batches;
    std::size_t next = 0;
    while (next < items.size()) {
        const auto size = std::uniform_int_distribution<std::size_t>(1, 8)(random);
        const auto end = std::min(items.size(), next + size);
        batches.emplace_back(items.begin() + static_cast<std::ptrdiff_t>(next),
                             items.begin() + static_cast<std::ptrdiff_t>(end));
        next = end;
    }
    return batches;
}

template <typename T>
std::vector<T> withRandomDuplicates(std::vector<T> items, std::mt19937& random)
{
    const std::size_t originalSize = items.size();
    for (std::size_t i = 0; i < originalSize; ++i) {
        if (std::bernoulli_distribution(0.3)(random)) {
            items.push_back(items[i]);
        }
    }
    std::shuffle(items.begin(), items.end(), random);
    return items;
}

// Applies `mutations` through fresh replicas, one per batch, then merges the replicas in a
// random order: what a server sees when devices push in arbitrary batches.
template <typename State, typename Mutation>
State applyInBatches(std::vector<Mutation> mutations, std::mt19937& random)
{
    std::shuffle(mutations.begin(), mutations.end(), random);
    std::vector<State> replicas;
    for (const auto& batch : randomBatches(mutations, random)) {
        State replica;
        for (const auto& mutation : batch) {
            replica.apply(mutation);
        }
        replicas.push_back(replica);
    }
    std::shuffle(replicas.begin(), replicas.end(), random);
    State merged;
    for (const auto& replica : replicas) {
        merged.merge(replica);
    }
    return merged;
}

template <typename State, typename Mutation>
State applyInOrder(const std::vector<Mutation>& mutations)
{
    State state;
    for (const auto& mutation : mutations) {
        state.apply(mutation);
    }
    return state;
}

TEST(MergeProperties, recordStateIsIndependentOfOrderBatchingAndDuplicates)
{
    std::mt19937 random(20261125);
    for (int iteration = 0; iteration < kIterations; ++iteration) {
        const auto mutations = randomRecordMutations(random);
        const auto reference = applyInOrder<LwwRecord>(mutations);

        auto shuffled = mutations;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        EXPECT_EQ(applyInOrder<LwwRecord>(shuffled), reference) << "iteration " << iteration;
        EXPECT_EQ(applyInBatches<LwwRecord>(mutations, random), reference)
            << "iteration " << iteration;
        EXPECT_EQ(applyInOrder<LwwRecord>(withRandomDuplicates(mutations, random)), reference)
            << "iteration " << iteration;
    }
}

TEST(MergeProperties, recordWinnerIsTheNewestStampPerField)
{
    std::mt19937 random(99);
    for (int iteration = 0; iteration < kIterations; ++iteration) {
        const auto mutations = randomRecordMutations(random);
        const auto record = applyInOrder<LwwRecord>(mutations);
        for (const auto& [name, stamped] : record.fields()) {
            for (const auto& mutation : mutations) {
                if (mutation.fields.contains(name)) {
                    EXPECT_LE(mutation.stamp, stamped.stamp);
                }
            }
        }
        // Deleted exactly when the newest delete/undelete is a delete.
        const RecordMutation* newestLifecycle = nullptr;
        for (const auto& mutation : mutations) {
            if (mutation.operation != RecordOperation::Write &&
                (newestLifecycle == nullptr || newestLifecycle->stamp < mutation.stamp)) {
                newestLifecycle = &mutation;
            }
        }
        const bool expectDeleted =
            newestLifecycle != nullptr && newestLifecycle->operation == RecordOperation::Delete;
        EXPECT_EQ(record.isDeleted(), expectDeleted);
    }
}

// Devices edit, sign, amend and occasionally sync with each other, producing the kind of note
// histories real offline use does (concurrent branches, resolutions, late signatures).
std::vector<NoteMutation> randomNoteMutations(std::mt19937& random)
{
    SimulatedDevices devices(random);
    std::vector<NoteHistory> replicas(kDevices.size());
    std::vector<NoteMutation> mutations;
    const int steps = std::uniform_int_distribution<int>(1, 30)(random);
    for (int step = 0; step < steps; ++step) {
        const std::size_t device = devices.pickDevice();
        NoteHistory& replica = replicas[device];
        const int kind = std::uniform_int_distribution<int>(0, 9)(random);
        std::optional<NoteMutation> made;
        if (kind < 6) {
            auto edit = replica.makeEdit("text " + std::to_string(step), devices.stampOn(device));
            if (edit.ok()) {
                made = *edit;
            }
        } else if (kind == 6) {
            auto signature = replica.makeSignature(devices.stampOn(device));
            if (signature.ok()) {
                made = *signature;
            }
        } else if (kind == 7) {
            auto amendment =
                replica.makeAmendment("amendment " + std::to_string(step), devices.stampOn(device));
            if (amendment.ok()) {
                made = *amendment;
            }
        } else {
            replica.merge(replicas[devices.pickDevice()]);
        }
        if (made) {
            replica.apply(*made);
            mutations.push_back(*made);
        }
    }
    return mutations;
}

TEST(MergeProperties, noteStateIsIndependentOfOrderBatchingAndDuplicates)
{
    std::mt19937 random(314159);
    for (int iteration = 0; iteration < kIterations; ++iteration) {
        const auto mutations = randomNoteMutations(random);
        const auto reference = applyInOrder<NoteHistory>(mutations);

        auto shuffled = mutations;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        const auto reordered = applyInOrder<NoteHistory>(shuffled);
        EXPECT_EQ(reordered, reference) << "iteration " << iteration;
        EXPECT_EQ(reordered.view().text, reference.view().text);
        EXPECT_EQ(applyInBatches<NoteHistory>(mutations, random), reference)
            << "iteration " << iteration;
        EXPECT_EQ(applyInOrder<NoteHistory>(withRandomDuplicates(mutations, random)), reference)
            << "iteration " << iteration;
    }
}

TEST(MergeProperties, noNoteTextIsEverLost)
{
    std::mt19937 random(2718);
    for (int iteration = 0; iteration < kIterations; ++iteration) {
        const auto note = applyInOrder<NoteHistory>(randomNoteMutations(random));
        const NoteView view = note.view();
        // Every head is visible: as the text or as a flagged conflicting text.
        std::size_t visible = view.conflictingTexts.size() + (view.text.empty() ? 0 : 1);
        EXPECT_GE(visible, note.heads().size()) << "iteration " << iteration;
        EXPECT_EQ(view.conflict, !view.conflictingTexts.empty());
    }
}

} // namespace
} // namespace fitflow::sync
