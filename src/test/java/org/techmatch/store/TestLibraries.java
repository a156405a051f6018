package org.techmatch.store;

import java.nio.file.Path;
import java.time.Clock;
import org.techmatch.achievement.Achievement;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.search.IndexAnalyzer;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.search.LuceneLibrarySearcher;
import org.techmatch.search.SnippetHighlighter;
import org.techmatch.search.TextQueries;
import org.techmatch.text.TextAnalysis;

/** The production store and achievement service, wired by hand for tests that run outside Spring. */
public record TestLibraries(DocumentStore store, LibraryService<Achievement> achievements) implements AutoCloseable {
    private static final TextAnalysis ANALYSIS = TextAnalysis.load();

    public static TestLibraries open(Path index) {
        return open(index, 2_000);
    }

    /** With Lucene committing every commitMillis in the background (the write-ahead log holds the rest). */
    public static TestLibraries open(Path index, long commitMillis) {
        return open(index, 150, commitMillis);
    }

    /** With the searchers refreshed every refreshMillis and Lucene committed every commitMillis. */
    public static TestLibraries open(Path index, long refreshMillis, long commitMillis) {
        return open(index, refreshMillis, commitMillis, true);
    }

    /** As above; realtimeSearch false: a search refreshes first only for the calling thread's own writes. */
    public static TestLibraries open(Path index, long refreshMillis, long commitMillis, boolean realtimeSearch) {
        DocumentStore store = DocumentStore.open(index, new IndexAnalyzer(ANALYSIS), 64, refreshMillis, commitMillis,
                64, realtimeSearch);
        LibrarySearcher searcher = new LuceneLibrarySearcher(store, new TextQueries(ANALYSIS),
                new SnippetHighlighter(ANALYSIS));
        return new TestLibraries(store, new LibraryService<>(new AchievementKind(), store, new RecordCodec(), searcher,
                Clock.systemUTC()));
    }

    /** Loads the dictionaries (a second or so) before the store is opened, so timings exclude them. */
    static void warmUp() {
        ANALYSIS.getClass();
    }

    @Override
    public void close() {
        store.close();
    }

    /** A unit vector with one large component, as the store compares vectors by dot product. */
    public static float[] unitVector(int dimensions, int hot) {
        float[] vector = new float[dimensions];
        java.util.Arrays.fill(vector, 0.01f);
        vector[hot] = 1f;
        double norm = 0;
        for (float x : vector) {
            norm += x * x;
        }
        for (int i = 0; i < dimensions; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }
}
