package org.techmatch.docking;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.solrcloud.SolrBackend;

/** {@link DockingApiTest} on the solrcloud backend: the docking workflow, its searches and its audit pages. */
class DockingApiOnSolrTest extends DockingApiTest {
    @DynamicPropertySource
    static void solrCloud(DynamicPropertyRegistry registry) {
        SolrBackend.register(registry, "docking");
    }
}
