package org.techmatch.benchmark;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.techmatch.semantic.TextEmbedder;

/**
 * Real model vectors of the base texts the generator draws from. Computing them is the slow part of the
 * benchmark (the model embeds a few texts per second per core), so they are kept in the work directory and
 * reused while the texts are the same; the measured rate is kept with them.
 */
public record PoolVectors(float[][] vectors, double textsPerSecond) {
    private static final int BATCH = 16;

    public static PoolVectors load(List<String> texts, TextEmbedder embedder, Path cache, PrintStream out) {
        long fingerprint = texts.hashCode();
        PoolVectors cached = read(cache, texts.size(), fingerprint);
        if (cached != null) {
            out.printf("embedding: %d base vectors reused from %s (measured %.1f texts/s when computed)%n",
                    texts.size(), cache, cached.textsPerSecond());
            return cached;
        }
        embedder.embed("预热");
        long started = System.nanoTime();
        List<float[]> vectors = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += BATCH) {
            vectors.addAll(embedder.embedAll(texts.subList(from, Math.min(texts.size(), from + BATCH))));
            if (vectors.size() % 256 == 0) {
                out.printf("embedding: %d of %d base texts%n", vectors.size(), texts.size());
            }
        }
        double rate = texts.size() / ((System.nanoTime() - started) / 1e9);
        PoolVectors computed = new PoolVectors(vectors.toArray(float[][]::new), rate);
        write(cache, fingerprint, computed);
        out.printf("embedding: %d base texts at %.1f texts/s%n", texts.size(), rate);
        return computed;
    }

    private static PoolVectors read(Path cache, int count, long fingerprint) {
        if (!Files.isRegularFile(cache)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
            if (in.readInt() != count || in.readLong() != fingerprint) {
                return null;
            }
            double rate = in.readDouble();
            int dimensions = in.readInt();
            float[][] vectors = new float[count][dimensions];
            for (float[] v : vectors) {
                for (int i = 0; i < dimensions; i++) {
                    v[i] = in.readFloat();
                }
            }
            return new PoolVectors(vectors, rate);
        } catch (IOException e) {
            return null;
        }
    }

    private static void write(Path cache, long fingerprint, PoolVectors pool) {
        try {
            Files.createDirectories(cache.getParent());
            Path partial = cache.resolveSibling(cache.getFileName() + ".partial");
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                    Files.newOutputStream(partial)))) {
                out.writeInt(pool.vectors().length);
                out.writeLong(fingerprint);
                out.writeDouble(pool.textsPerSecond());
                out.writeInt(pool.vectors()[0].length);
                for (float[] v : pool.vectors()) {
                    for (float x : v) {
                        out.writeFloat(x);
                    }
                }
            }
            Files.move(partial, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the base vectors in " + cache, e);
        }
    }
}
