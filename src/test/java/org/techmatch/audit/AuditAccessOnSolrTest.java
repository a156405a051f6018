package org.techmatch.audit;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.solrcloud.SolrBackend;

/** {@link AuditAccessTest} on the solrcloud backend: the audit log's pages, totals and redaction over the fixtures. */
class AuditAccessOnSolrTest extends AuditAccessTest {
    @DynamicPropertySource
    static void solrCloud(DynamicPropertyRegistry registry) {
        SolrBackend.register(registry, "audit");
    }
}
