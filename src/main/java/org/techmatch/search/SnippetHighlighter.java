package org.techmatch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.techmatch.text.TextAnalysis;

/**
 * Marks query terms in stored text with &lt;em&gt; and cuts a snippet around the densest part.
 * Bigrams are marked by the offsets of the (cheap) bigram analyzer; query words and their synonyms are
 * found literally in a width- and case-folded copy whose characters map one to one onto the original.
 * The word analyzer is not re-run on every hit: smartcn segmentation dominated search time when it was.
 * Everything else is HTML-escaped: titles and descriptions can never inject markup into a page.
 */
public final class SnippetHighlighter {
    /** How much of a long text is scanned for a snippet; the start of a description is the informative part. */
    static final int SCAN_CHARS = 6_000;

    private final TextAnalysis analysis;

    public SnippetHighlighter(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The terms of a query as they appear in the index (words with synonyms, and bigrams). */
    public Set<String> termsOf(String query) {
        Set<String> terms = new HashSet<>();
        if (query != null) {
            terms.addAll(analysis.words(query));
            terms.addAll(analysis.bigrams(query));
        }
        return terms;
    }

    /** Words are looked for literally; a single character would mark too much, bigrams cover it. */
    private static boolean literal(String term) {
        return term.codePointCount(0, term.length()) >= 2;
    }

    /** The whole text, escaped, with every matching span marked. */
    public String markAll(String text, Set<String> terms) {
        if (text == null) {
            return null;
        }
        return render(text, spans(text, terms), 0, text.length());
    }

    /** A window of about maxChars around the most matches, escaped and marked; the text's start if none. */
    public String snippet(String text, Set<String> terms, int maxChars) {
        if (text == null) {
            return null;
        }
        String scanned = text.length() > SCAN_CHARS ? text.substring(0, SCAN_CHARS) : text;
        List<int[]> spans = spans(scanned, terms);
        int start = bestWindowStart(spans, scanned.length(), maxChars);
        int end = Math.min(text.length(), start + maxChars);
        String body = render(text, spans, start, end);
        return (start > 0 ? "…" : "") + body + (end < text.length() ? "…" : "");
    }

    private List<int[]> spans(String text, Set<String> terms) {
        List<int[]> spans = new ArrayList<>();
        if (!terms.isEmpty()) {
            collect(analysis.bigramAnalyzer(), text, terms, spans);
            String folded = fold(text);
            for (String term : terms) {
                if (!literal(term)) {
                    continue;
                }
                for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
                    spans.add(new int[]{at, at + term.length()});
                }
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            int[] last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(new int[]{span[0], span[1]});
            }
        }
        return merged;
    }

    private static void collect(Analyzer analyzer, String text, Set<String> terms, List<int[]> spans) {
        try (TokenStream ts = analyzer.tokenStream("highlight", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString()) && offset.endOffset() <= text.length()) {
                    spans.add(new int[]{offset.startOffset(), offset.endOffset()});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Full-width ASCII to half-width and lower case, character for character, so offsets stay valid. */
    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            out[i] = Character.toLowerCase(c);
        }
        return new String(out);
    }

    private static int bestWindowStart(List<int[]> spans, int length, int maxChars) {
        if (spans.isEmpty() || length <= maxChars) {
            return 0;
        }
        int bestStart = 0;
        int bestCovered = -1;
        for (int[] anchor : spans) {
            int start = Math.max(0, Math.min(anchor[0] - maxChars / 5, length - maxChars));
            int end = start + maxChars;
            int covered = 0;
            for (int[] span : spans) {
                covered += Math.max(0, Math.min(end, span[1]) - Math.max(start, span[0]));
            }
            if (covered > bestCovered) {
                bestCovered = covered;
                bestStart = start;
            }
        }
        return bestStart;
    }

    private static String render(String text, List<int[]> spans, int start, int end) {
        StringBuilder out = new StringBuilder();
        int at = start;
        for (int[] span : spans) {
            if (span[1] <= start || span[0] >= end) {
                continue;
            }
            int from = Math.max(span[0], at);
            int to = Math.min(span[1], end);
            if (from >= to) {
                continue;
            }
            escape(text, at, from, out);
            out.append("<em>");
            escape(text, from, to, out);
            out.append("</em>");
            at = to;
        }
        escape(text, at, end, out);
        return out.toString();
    }

    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
