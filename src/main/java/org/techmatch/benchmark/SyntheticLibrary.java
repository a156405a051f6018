package org.techmatch.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.techmatch.achievement.Achievement;

/**
 * Achievements made by recombining real ones: each takes a base's title and metadata, its sentences, and one to
 * three sentences of a second (donor) base. Its vector is the bases' model vectors mixed in the same proportion,
 * plus a little noise, normalised: a stand-in for embedding a million texts, which this machine cannot do
 * in a benchmark's time. Seeded: the same arguments give the same records.
 */
final class SyntheticLibrary {
    /** How much of a record's meaning comes from its own base; the rest is the donor's. */
    private static final float BASE_SHARE = 0.8f;
    /** Per-component noise: keeps copies of one base apart without moving them far from it. */
    private static final double NOISE = 0.01;

    private final List<Achievement> bases;
    private final List<List<String>> sentences;
    private final float[][] vectors;
    private final Random random;

    /** A generated record and its vector. */
    record Item(Achievement achievement, float[] vector) {
    }

    SyntheticLibrary(List<Achievement> bases, float[][] vectors, long seed) {
        this.bases = bases;
        this.vectors = vectors;
        this.sentences = bases.stream().map(b -> BenchTexts.sentences(b.description())).toList();
        this.random = new Random(seed);
    }

    List<Item> next(int count) {
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int base = random.nextInt(bases.size());
            int donor = random.nextInt(bases.size());
            List<String> text = new ArrayList<>(sentences.get(base));
            List<String> donated = sentences.get(donor);
            for (int s = 1 + random.nextInt(3); s > 0 && !donated.isEmpty(); s--) {
                text.add(random.nextInt(text.size() + 1), donated.get(random.nextInt(donated.size())));
            }
            Achievement b = bases.get(base);
            Achievement made = new Achievement(null, 0, null, b.title(), String.join("", text), b.owner(), b.team(),
                    b.contact(), b.techField(), b.industry(), b.keywords(), b.maturity(), b.ip(), b.transferModes(),
                    b.askingPrice(), b.applicationScope(), b.region(), null, null, null);
            items.add(new Item(made, mix(base, donor)));
        }
        return items;
    }

    private float[] mix(int base, int donor) {
        float[] a = vectors[base];
        float[] b = vectors[donor];
        float[] v = new float[a.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (BASE_SHARE * a[i] + (1 - BASE_SHARE) * b[i] + NOISE * random.nextGaussian());
            norm += v[i] * v[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }
}
