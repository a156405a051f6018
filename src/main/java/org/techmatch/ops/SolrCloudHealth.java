package org.techmatch.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import org.techmatch.store.solr.SolrRecordStore;
import org.techmatch.store.solr.SolrStatus;

/**
 * The SolrCloud collection of the solrcloud backend: down while ZooKeeper or every Solr node is unreachable, the
 * collection is missing or of another schema version (the problem says which). Each check connects again if
 * needed, so the component comes back up by itself when the cluster does.
 */
final class SolrCloudHealth implements HealthCheck {
    private final SolrRecordStore store;

    SolrCloudHealth(SolrRecordStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "solrcloud";
    }

    @Override
    public Result check() {
        SolrStatus status = store.status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("location", store.location());
        details.put("liveNodes", status.liveNodes());
        if (status.problem() != null) {
            details.put("problem", status.problem());
        }
        return status.up() ? Result.up(details) : Result.down(details);
    }
}
