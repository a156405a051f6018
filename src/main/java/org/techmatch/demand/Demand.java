package org.techmatch.demand;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Contact;
import org.techmatch.catalog.Indicator;
import org.techmatch.catalog.MoneyRange;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.Origin;
import org.techmatch.catalog.Texts;
import org.techmatch.vocabulary.DemandStatus;
import org.techmatch.vocabulary.Industry;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.TechField;
import org.techmatch.vocabulary.TransferMode;
import org.techmatch.vocabulary.Visibility;

/** A 技术需求: an enterprise's technical problem (企业出题). Immutable; an update stores a new version. */
public record Demand(
        String id,
        long version,
        DemandStatus status,
        String title,
        String description,
        List<Indicator> indicators,
        Organisation enterprise,
        Contact contact,
        Industry industry,
        TechField techField,
        Maturity expectedMaturity,
        MoneyRange budget,
        List<TransferMode> cooperationModes,
        LocalDate validUntil,
        Region region,
        Visibility visibility,
        Boolean chokepoint,
        Instant createdAt,
        Instant updatedAt,
        Origin origin) implements CatalogRecord {

    public Demand {
        title = Texts.clean(title);
        description = Texts.clean(description);
        indicators = Texts.orEmpty(indicators);
        cooperationModes = Texts.orEmpty(cooperationModes).stream().distinct().toList();
    }

    /** Derived from visibility; not a property of its own, so a record read can be sent back as it is. */
    @JsonIgnore
    public boolean isConfidential() {
        return visibility == Visibility.MANAGERS_ONLY;
    }

    public boolean isChokepoint() {
        return Boolean.TRUE.equals(chokepoint);
    }

    Demand with(String newId, long newVersion, DemandStatus newStatus, Visibility newVisibility, Instant created,
                Instant updated) {
        return new Demand(newId, newVersion, newStatus, title, description, indicators, enterprise, contact, industry,
                techField, expectedMaturity, budget, cooperationModes, validUntil, region, newVisibility,
                Boolean.TRUE.equals(chokepoint), created, updated, origin);
    }

    /** The same demand in another status, to be stored as a revision (the library sets version and time). */
    public Demand withStatus(DemandStatus newStatus) {
        return with(id, version, newStatus, visibility, createdAt, updatedAt);
    }

    /** The same demand valid until another day, in the given status (a renewal reopens an expired one). */
    public Demand renewed(LocalDate newValidUntil, DemandStatus newStatus) {
        return new Demand(id, version, newStatus, title, description, indicators, enterprise, contact, industry,
                techField, expectedMaturity, budget, cooperationModes, newValidUntil, region, visibility, chokepoint,
                createdAt, updatedAt, origin);
    }

    /** The same demand with another contact (a redacted one). */
    Demand withContact(Contact newContact) {
        return new Demand(id, version, status, title, description, indicators, enterprise, newContact, industry,
                techField, expectedMaturity, budget, cooperationModes, validUntil, region, visibility, chokepoint,
                createdAt, updatedAt, origin);
    }

    /** The same demand without the enterprise's name and contact, for viewers who may not see them. */
    Demand withoutIdentity() {
        return new Demand(id, version, status, title, description, indicators, null, null, industry, techField,
                expectedMaturity, budget, cooperationModes, validUntil, region, visibility, chokepoint, createdAt,
                updatedAt, origin);
    }
}
