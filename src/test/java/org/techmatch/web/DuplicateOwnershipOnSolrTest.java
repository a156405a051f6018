package org.techmatch.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.solrcloud.SolrBackend;

/** {@link DuplicateOwnershipTest} on the solrcloud backend: suspected duplicates found among the collection's records. */
class DuplicateOwnershipOnSolrTest extends DuplicateOwnershipTest {
    @DynamicPropertySource
    static void solrCloud(DynamicPropertyRegistry registry) {
        SolrBackend.register(registry, "duplicates");
    }
}
