package org.techmatch.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Graded judgements "qid 0 docid grade", as the shared scorer reads them. */
record Qrels(Map<String, Map<String, Integer>> grades) {

    static Qrels read(Path file) {
        Map<String, Map<String, Integer>> grades = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] cols = line.strip().split("\\s+");
                if (cols.length >= 4) {
                    grades.computeIfAbsent(cols[0], q -> new HashMap<>()).put(cols[2], Integer.parseInt(cols[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read judgements " + file, e);
        }
        return new Qrels(grades);
    }

    int grade(String qid, String docId) {
        return grades.getOrDefault(qid, Map.of()).getOrDefault(docId, 0);
    }

    /** The grade of a judged pair, or null when the pair was not judged. */
    Integer judged(String qid, String docId) {
        return grades.getOrDefault(qid, Map.of()).get(docId);
    }

    int bestGrade(String qid) {
        return grades.getOrDefault(qid, Map.of()).values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
