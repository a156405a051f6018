package org.techmatch.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Character-bigram shingles of a text and their MinHash signature, for near-duplicate detection. Chinese has
 * no spaces, so words are not a stable unit across two postings of one achievement; overlapping character pairs
 * of the normalised text (NFKC, lower case, letters and digits only) are, and a broker's small edits change
 * only a few of them. Two texts' bigram Jaccard similarity is estimated by the share of equal MinHash values;
 * the signature is cut into bands so that an index lookup of the band keys finds the likely candidates
 * (locality-sensitive hashing) without comparing every pair.
 */
public final class Shingles {
    /** 16 bands of 4 values: a pair at Jaccard 0.7 shares a band with probability 0.99, at 0.3 with 0.12. */
    public static final int BANDS = 16;
    static final int ROWS_PER_BAND = 4;
    static final int HASHES = BANDS * ROWS_PER_BAND;
    private static final long[] SEEDS = seeds();

    private Shingles() {
    }

    /** Letters and digits of the NFKC form, lower-cased: punctuation, spaces and width do not make texts differ. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); ) {
            int codePoint = nfkc.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                out.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    /** The distinct bigram hashes of the normalised text, sorted; a one-character text is its own shingle. */
    public static long[] bigrams(String text) {
        return bigramsOfNormalised(normalise(text));
    }

    /** {@link #bigrams} of a text {@link #normalise}d already: NFKC of a long text costs as much as its bigrams. */
    public static long[] bigramsOfNormalised(String n) {
        if (n.isEmpty()) {
            return new long[0];
        }
        if (n.length() == 1) {
            return new long[] {mix(n.charAt(0))};
        }
        long[] hashes = new long[n.length() - 1];
        for (int i = 0; i + 1 < n.length(); i++) {
            hashes[i] = mix(((long) n.charAt(i) << 16) | n.charAt(i + 1));
        }
        // sorted and distinct in place: a LongStream's sorted().distinct() buffered and boxed on every write
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /** Jaccard similarity of two sorted, distinct shingle sets (1 for two empty texts). */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** The LSH band keys of a text ("03:9f2c…"): two texts sharing a key are candidates. Empty for an empty text. */
    public static List<String> bandKeys(String text) {
        return bandKeys(minHashes(bigrams(text)));
    }

    /** The MinHash signature of a shingle set: for each of the 64 hash functions, its least value; empty if none. */
    public static long[] minHashes(long[] shingles) {
        if (shingles.length == 0) {
            return new long[0];
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int h = 0; h < HASHES; h++) {
                long value = mix(shingle ^ SEEDS[h]);
                if (value < min[h]) {
                    min[h] = value;
                }
            }
        }
        return min;
    }

    public static List<String> bandKeys(long[] minHashes) {
        if (minHashes.length == 0) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(BANDS);
        HexFormat hex = HexFormat.of();
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS_PER_BAND; row++) {
                key = mix(key * 31 + minHashes[band * ROWS_PER_BAND + row]);
            }
            // "%02d:%016x" without String.format, which parses its pattern on every call (16 calls a write)
            keys.add((char) ('0' + band / 10) + "" + (char) ('0' + band % 10) + ":" + hex.toHexDigits(key));
        }
        return keys;
    }

    /**
     * The Jaccard similarity two signatures estimate: the share of equal values (standard error about 0.06 at
     * 0.7 with 64 values), without the texts.
     */
    public static double estimatedJaccard(long[] a, long[] b) {
        if (a.length != HASHES || b.length != HASHES) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    /** A 64-bit hash of a normalised text: equal hashes mean identical texts (for exact duplicates). */
    public static long textHash(String normalised) {
        long hash = 0x1234_5678_9abc_def0L;
        for (int i = 0; i < normalised.length(); i++) {
            hash = mix(hash * 31 + normalised.charAt(i));
        }
        return hash;
    }

    /** SplitMix64's finaliser: a fast, well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Fixed seeds, so band keys stored in the index stay comparable across restarts and versions. */
    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x5eed_7ec4_0a7c_4L;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
