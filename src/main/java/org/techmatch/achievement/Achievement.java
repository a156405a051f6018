package org.techmatch.achievement;

import java.time.Instant;
import java.util.List;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Contact;
import org.techmatch.catalog.IpRight;
import org.techmatch.catalog.MoneyRange;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.Origin;
import org.techmatch.catalog.Team;
import org.techmatch.catalog.Texts;
import org.techmatch.vocabulary.AchievementStatus;
import org.techmatch.vocabulary.Industry;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.TechField;
import org.techmatch.vocabulary.TransferMode;

/** A 科技成果: a research result offered for transfer. Immutable; an update stores a new version. */
public record Achievement(
        String id,
        long version,
        AchievementStatus status,
        String title,
        String description,
        Organisation owner,
        Team team,
        Contact contact,
        TechField techField,
        Industry industry,
        List<String> keywords,
        Maturity maturity,
        List<IpRight> ip,
        List<TransferMode> transferModes,
        MoneyRange askingPrice,
        String applicationScope,
        Region region,
        Instant createdAt,
        Instant updatedAt,
        Origin origin) implements CatalogRecord {

    public Achievement {
        title = Texts.clean(title);
        description = Texts.clean(description);
        applicationScope = Texts.clean(applicationScope);
        keywords = Texts.cleanAll(keywords);
        ip = Texts.orEmpty(ip);
        transferModes = Texts.orEmpty(transferModes).stream().distinct().toList();
    }

    /** The same achievement with another contact (a redacted one). */
    public Achievement withContact(Contact newContact) {
        return new Achievement(id, version, status, title, description, owner, team, newContact, techField,
                industry, keywords, maturity, ip, transferModes, askingPrice, applicationScope, region, createdAt,
                updatedAt, origin);
    }

    Achievement with(String newId, long newVersion, AchievementStatus newStatus, Instant created, Instant updated) {
        return new Achievement(newId, newVersion, newStatus, title, description, owner, team, contact, techField,
                industry, keywords, maturity, ip, transferModes, askingPrice, applicationScope, region, created,
                updated, origin);
    }
}
