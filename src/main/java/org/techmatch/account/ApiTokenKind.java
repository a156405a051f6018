package org.techmatch.account;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;

/** Bearer tokens, found by the hash of the token a request carries; revoking one is its soft delete. */
@Component
public final class ApiTokenKind implements RecordKind<ApiToken> {
    public static final String TYPE = "apitoken";
    static final String TOKEN_HASH = "tokenHash";
    static final String USERNAME = "tokenUser";
    private static final SearchSchema SCHEMA = new SearchSchema(List.of(), null, List.of());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "访问令牌";
    }

    @Override
    public String idPrefix() {
        return "TOK-";
    }

    @Override
    public Class<ApiToken> recordClass() {
        return ApiToken.class;
    }

    @Override
    public void validate(ApiToken t, Problems problems) {
        problems.text("name", t.name(), 60, true);
        problems.text("username", t.username(), 40, true);
        problems.text("tokenHash", t.tokenHash(), 64, true);
    }

    @Override
    public ApiToken initial(ApiToken submitted, String id, Instant now) {
        return submitted.identified(id, 1, null, now, now);
    }

    @Override
    public ApiToken revised(ApiToken current, ApiToken submitted, Instant now) {
        return submitted.identified(current.id(), current.version() + 1, submitted.revokedAt(), current.createdAt(),
                now);
    }

    @Override
    public ApiToken retired(ApiToken current, Instant now) {
        return current.identified(current.id(), current.version() + 1, now, current.createdAt(), now);
    }

    @Override
    public void index(ApiToken t, IndexedFields doc) {
        IndexFields.filterOnly(doc, TOKEN_HASH, t.tokenHash());
        IndexFields.filterOnly(doc, USERNAME, t.username());
        IndexFields.instant(doc, IndexFields.CREATED, t.createdAt());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    @Override
    public ApiToken redactFor(Viewer viewer, ApiToken record) {
        return record; // tokens leave the service only as TokenService.Listed, without their hash
    }

    @Override
    public boolean listedByDefault(ApiToken record) {
        return record.active();
    }

    @Override
    public String comparableText(ApiToken record) {
        return null;
    }
}
