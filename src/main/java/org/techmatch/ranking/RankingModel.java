package org.techmatch.ranking;

import java.time.Instant;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.matching.FusionModel;

/**
 * One version of the ranking model: the fusion pair the matcher scores with, where it came from, and the figures
 * that decided its activation. Stored like every record, so a backup carries the model history and any version can
 * be made active again.
 *
 * @param modelVersion  "config-…" (application.yml's pair, named by a hash of its weights) or "refit-…" (a refit)
 * @param source        配置 or 重新拟合
 * @param active        whether the matcher uses it (the newest activation wins, should two say so)
 * @param heldOutNdcg   nDCG@10 of this model on the held-out demands of its refit (null for the configured model)
 * @param previousNdcg  nDCG@10 of the model active at that refit on the same demands
 * @param labelledPairs labelled pairs the refit fitted on
 */
public record RankingModel(String id, long version, String modelVersion, String source, FusionModel withVectors,
                           FusionModel lexicalOnly, boolean active, Double heldOutNdcg, Double previousNdcg,
                           Integer labelledPairs, String note, Instant activatedAt, Instant createdAt,
                           Instant updatedAt) implements CatalogRecord {
    static final String CONFIGURED = "配置";
    static final String REFITTED = "重新拟合";

    @Override
    public String title() {
        return "排序模型 " + modelVersion;
    }

    RankingModel identified(String newId, long newVersion, Instant created, Instant now) {
        return new RankingModel(newId, newVersion, modelVersion, source, withVectors, lexicalOnly, active,
                heldOutNdcg, previousNdcg, labelledPairs, note, activatedAt, created, now);
    }

    RankingModel activated(boolean nowActive, Instant at) {
        return new RankingModel(id, version, modelVersion, source, withVectors, lexicalOnly, nowActive,
                heldOutNdcg, previousNdcg, labelledPairs, note, nowActive ? at : activatedAt, createdAt, updatedAt);
    }
}
