package org.techmatch.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.techmatch.store.RecordStore;
import org.techmatch.store.StoreUnavailableException;

/**
 * Rebuilds an index written with an older field layout before the service answers anything: the access rules
 * search by fields (owner, district, docking readers) that older indexes lack, so without this an upgraded
 * service would quietly find nothing for an owner's drafts or a manager's dockings until someone ran reindex.
 */
@Component
class IndexUpgrade implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(IndexUpgrade.class);

    private final RecordStore store;
    private final Libraries libraries;

    IndexUpgrade(RecordStore store, Libraries libraries) {
        this.store = store;
        this.libraries = libraries;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            upgrade();
        } catch (StoreUnavailableException e) {
            log.warn("The store is unavailable at start ({}): the field layout is checked at the next start",
                    e.getMessage());
        }
    }

    private void upgrade() {
        if (!store.needsReindex()) {
            return;
        }
        log.warn("The index at {} has field layout {}, this version writes {}: rebuilding every record from its "
                + "stored source (vectors are computed again by the embedding job)", store.location(),
                store.mappingVersion(), RecordStore.MAPPING_VERSION);
        long started = System.nanoTime();
        int count = store.rewriteAll(libraries::remap);
        store.markMapped();
        log.info("Reindexed {} records in {} s", count, String.format("%.1f", (System.nanoTime() - started) / 1e9));
    }
}
