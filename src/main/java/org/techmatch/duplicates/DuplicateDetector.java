package org.techmatch.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordKeys;
import org.techmatch.search.SimilarRecords;
import org.techmatch.text.Shingles;

/**
 * Finds the record most like a new one, among the stored records of its library (through the MinHash band keys
 * every record is indexed under) and the records of the import batches not yet stored. Candidates sharing the
 * most bands are compared by their MinHash signatures (the share of equal values estimates the bigram Jaccard
 * similarity); only a similarity at or above the threshold counts.
 */
public final class DuplicateDetector {
    /**
     * Bands a candidate must share. One shared band is common between unrelated texts that share a phrase (12 % of
     * pairs at Jaccard 0.3); two keep 99.7 % of pairs at 0.8 and 93 % at 0.7 while checking 17 times fewer
     * unrelated records.
     */
    static final int MIN_SHARED_BANDS = 2;

    private final SimilarRecords similar;
    private final double threshold;
    private final int maxCandidates;

    public DuplicateDetector(SimilarRecords similar, double threshold, int maxCandidates) {
        this.similar = similar;
        this.threshold = threshold;
        this.maxCandidates = maxCandidates;
    }

    /**
     * A record found similar: stored (otherId), or not stored yet (otherId null; its slot gets the id once its
     * batch is stored).
     */
    public record Similar(String otherId, Slot otherSlot, String otherTitle, double similarity, boolean exact) {
        /** The other record's id; for one that was pending, available once its batch is stored. */
        public String resolvedId() {
            return otherId != null ? otherId : otherSlot.id();
        }
    }

    /** Where the id of a record that is not stored yet will be: filled in once its batch is stored. */
    public static final class Slot {
        private volatile String id;

        public String id() {
            return id;
        }

        public void fill(String storedId) {
            this.id = storedId;
        }
    }

    /**
     * The comparable text of a record, prepared once: the hash of its normalised form, its MinHash values (cut to
     * 32 bits, as the index stores them) and its band keys.
     */
    public record Signature(long textHash, long[] minHashes, List<String> bands) {
        public static Signature of(String text) {
            String normalised = Shingles.normalise(text);
            long[] minHashes = Shingles.minHashes(Shingles.bigramsOfNormalised(normalised));
            return new Signature(Shingles.textHash(normalised), RecordKeys.cut(minHashes),
                    Shingles.bandKeys(minHashes));
        }
    }

    /** Records of a batch not yet in the index: their signatures by band key. */
    public static final class Pending {
        private final Map<String, List<Integer>> byBand = new HashMap<>();
        private final List<Signature> signatures = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();
        private final List<Slot> slots = new ArrayList<>();

        /** Adds the next pending record, whose id will be put in slot. */
        public void add(Signature signature, String title, Slot slot) {
            int index = signatures.size();
            signatures.add(signature);
            titles.add(title);
            slots.add(slot);
            signature.bands().forEach(band -> byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(index));
        }
    }

    /** The most similar record among the stored ones and those of the batches not stored yet. */
    public <T extends CatalogRecord> Optional<Similar> mostSimilar(LibraryService<T> library, Signature signature,
                                                                  List<Pending> pendingBatches) {
        if (signature.bands().isEmpty()) {
            return Optional.empty();
        }
        Similar best = null;
        for (Pending pending : pendingBatches) {
            for (int index : pendingCandidates(signature, pending)) {
                best = better(best, compare(signature, pending.signatures.get(index), null, pending.slots.get(index),
                        pending.titles.get(index)));
            }
        }
        Similar stored = mostSimilarStored(library, signature);
        best = stored == null ? best : better(best, stored);
        return Optional.ofNullable(best).filter(s -> s.similarity() >= threshold);
    }

    /**
     * The stored record most like the signature among those sharing the most bands, compared by the signatures in
     * doc values; only a record similar enough is read from its stored source (for its id and title).
     */
    private <T extends CatalogRecord> Similar mostSimilarStored(LibraryService<T> library, Signature signature) {
        return similar.mostSimilar(library.kind().type(), new SimilarRecords.Probe(RecordKeys.DUPLICATE_BAND,
                        RecordKeys.DUPLICATE_SIGNATURE, signature.bands(), signature.textHash(), signature.minHashes()),
                MIN_SHARED_BANDS, maxCandidates, threshold).map(found -> {
                    T other = library.decode(found.record());
                    return new Similar(other.id(), null, other.title(), found.similarity(), found.exact());
                }).orElse(null);
    }

    private List<Integer> pendingCandidates(Signature signature, Pending pending) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (String band : signature.bands()) {
            for (int index : pending.byBand.getOrDefault(band, List.of())) {
                shared.merge(index, 1, Integer::sum);
            }
        }
        return shared.entrySet().stream().filter(e -> e.getValue() >= MIN_SHARED_BANDS)
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .limit(maxCandidates).map(Map.Entry::getKey).toList();
    }

    private static Similar compare(Signature a, Signature b, String otherId, Slot slot, String title) {
        boolean exact = a.textHash() == b.textHash();
        double similarity = exact ? 1 : Shingles.estimatedJaccard(a.minHashes(), b.minHashes());
        return new Similar(otherId, slot, title, similarity, exact);
    }

    private static Similar better(Similar best, Similar candidate) {
        return best == null || candidate.similarity() > best.similarity() ? candidate : best;
    }
}
