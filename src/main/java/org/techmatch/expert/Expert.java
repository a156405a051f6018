package org.techmatch.expert;

import java.time.Instant;
import java.util.List;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Contact;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.Origin;
import org.techmatch.catalog.Texts;
import org.techmatch.vocabulary.ExpertStatus;
import org.techmatch.vocabulary.ExpertType;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.TechField;

/**
 * A 专家 or 团队 who could crack an enterprise's problem (专家破题): a person or a research team at a
 * university, institute or firm, with research areas, a profile and links to its achievements.
 * Immutable; an update stores a new version.
 *
 * <p>职称 is {@code professionalTitle}, not {@code title}: every catalogue record's {@link #title()} is its
 * display name, which for an expert is the name.
 */
public record Expert(
        String id,
        long version,
        ExpertStatus status,
        ExpertType kind,
        String name,
        String professionalTitle,
        Organisation organisation,
        String leader,
        List<String> members,
        List<String> researchAreas,
        List<TechField> techFields,
        String profile,
        List<String> achievementIds,
        Contact contact,
        Region region,
        Instant createdAt,
        Instant updatedAt,
        Origin origin) implements CatalogRecord {

    public Expert {
        name = Texts.clean(name);
        professionalTitle = Texts.clean(professionalTitle);
        leader = Texts.clean(leader);
        members = Texts.cleanAll(members);
        researchAreas = Texts.cleanAll(researchAreas);
        techFields = Texts.orEmpty(techFields).stream().distinct().toList();
        profile = Texts.clean(profile);
        achievementIds = Texts.cleanAll(achievementIds);
    }

    /** The display title of the record: the expert's or team's name. Not a JSON property. */
    @Override
    public String title() {
        return name;
    }

    Expert with(String newId, long newVersion, ExpertStatus newStatus, Instant created, Instant updated) {
        return new Expert(newId, newVersion, newStatus, kind, name, professionalTitle, organisation, leader, members,
                researchAreas, techFields, profile, achievementIds, contact, region, created, updated, origin);
    }

    /** The same entry without its contact details, for viewers who may not see them. */
    Expert withoutContact() {
        return new Expert(id, version, status, kind, name, professionalTitle, organisation, leader, members,
                researchAreas, techFields, profile, achievementIds, null, region, createdAt, updatedAt, origin);
    }
}
