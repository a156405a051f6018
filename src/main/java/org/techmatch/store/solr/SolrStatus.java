package org.techmatch.store.solr;

/**
 * Whether the SolrCloud collection answers, for the health check.
 *
 * @param up        the collection's schema matches and at least one node is live
 * @param liveNodes Solr nodes ZooKeeper lists as live
 * @param problem   why not, in Chinese (null when up)
 */
public record SolrStatus(boolean up, int liveNodes, String problem) {
}
