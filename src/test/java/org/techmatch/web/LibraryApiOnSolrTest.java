package org.techmatch.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.solrcloud.SolrBackend;

/** {@link LibraryApiTest} on the solrcloud backend: search, filters, facets, sorts and paging over the collection. */
class LibraryApiOnSolrTest extends LibraryApiTest {
    @DynamicPropertySource
    static void solrCloud(DynamicPropertyRegistry registry) {
        SolrBackend.register(registry, "library");
    }
}
