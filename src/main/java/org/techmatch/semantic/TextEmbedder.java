package org.techmatch.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;

/**
 * bge-small-zh v1.5 (int8 ONNX) run in-process: the model and its tokenizer come inside the Maven package,
 * so nothing is downloaded. Loading takes a second or two, so the model is loaded on first use.
 * Vectors are unit length, so a dot product is their cosine.
 */
public final class TextEmbedder {
    public static final String MODEL = "bge-small-zh-v1.5-q";
    public static final int DIMENSIONS = 512;

    private final int maxChars;

    /** @param maxChars text beyond this many characters is cut: the model reads 512 tokens at most, and cost grows with length */
    public TextEmbedder(int maxChars) {
        this.maxChars = maxChars;
    }

    public float[] embed(String text) {
        return normalised(model().embed(cut(text)).content());
    }

    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(cut(t))).toList();
        return model().embedAll(segments).content().stream().map(TextEmbedder::normalised).toList();
    }

    private String cut(String text) {
        String value = text == null || text.isBlank() ? "。" : text.strip();
        return value.length() <= maxChars ? value : value.substring(0, maxChars);
    }

    private static EmbeddingModel model() {
        return QuietBgeModel.shared();
    }

    private static float[] normalised(Embedding embedding) {
        float[] v = embedding.vector();
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }
}
