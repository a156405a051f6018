package org.techmatch.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The packaged bge-small-zh v1.5 (int8) model, the same files and pooling as langchain4j's
 * {@code BgeSmallZhV15QuantizedEmbeddingModel}, run so that the background job takes one core at most: its session
 * computes on the calling thread only (no intra-op pool, whose idle workers spin), and a batch's texts are embedded
 * one after the other in that thread rather than on a pool thread per core. Under the load test the packaged
 * defaults took a fifth of both cores' time for the vectors of new records, competing with every request.
 */
final class QuietBgeModel extends AbstractInProcessEmbeddingModel {
    private static final String MODEL_FILE = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER_FILE = "bge-small-zh-v1.5-q-tokenizer.json";

    /** One session per process, loaded on first use: the model is immutable and a session serves threads at once. */
    private static final class Shared {
        static final QuietBgeModel MODEL = new QuietBgeModel();
    }

    private final OnnxBertBiEncoder encoder;

    /** The process's model, as the packaged class keeps one: every service context and command shares it. */
    static QuietBgeModel shared() {
        return Shared.MODEL;
    }

    QuietBgeModel() {
        super(Runnable::run);
        try (InputStream model = resource(MODEL_FILE); InputStream tokenizer = resource(TOKENIZER_FILE)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("加载向量模型失败", e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return TextEmbedder.DIMENSIONS;
    }

    private static InputStream resource(String name) {
        InputStream in = QuietBgeModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("向量模型文件缺失: " + name);
        }
        return in;
    }
}
