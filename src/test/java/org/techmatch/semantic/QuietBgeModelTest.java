package org.techmatch.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The vectors already stored were computed with langchain4j's packaged model: the single-threaded session must give
 * the very same ones, or every stored vector would drift from the new ones by a little.
 */
class QuietBgeModelTest {
    private static final List<String> TEXTS = List.of(
            "耐热改性聚乳酸注塑材料：酰肼类复合成核剂使聚乳酸在模温90℃条件下40秒内完成结晶",
            "企业需要一种低成本的污水处理膜材料，要求通量高、耐污染，可在南开区中试",
            "基于深度学习的工业视觉缺陷检测系统，适用于汽车零部件产线",
            "。");

    @Test
    void embedsEveryTextExactlyAsThePackagedModel() {
        List<TextSegment> segments = TEXTS.stream().map(TextSegment::from).toList();
        List<Embedding> packaged = new BgeSmallZhV15QuantizedEmbeddingModel().embedAll(segments).content();
        List<Embedding> quiet = new QuietBgeModel().embedAll(segments).content();

        assertThat(quiet).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(quiet.get(i).vector()).as(TEXTS.get(i)).hasSize(TextEmbedder.DIMENSIONS)
                    .containsExactly(packaged.get(i).vector());
        }
        assertThat(quiet.get(0).vector()).isNotEqualTo(quiet.get(1).vector());
    }
}
