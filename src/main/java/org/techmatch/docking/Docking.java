package org.techmatch.docking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.Team;
import org.techmatch.catalog.Texts;
import org.techmatch.vocabulary.Industry;
import org.techmatch.vocabulary.IndustryChain;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.TechField;

/**
 * A brokered contact between a demand side and a supply side (对接), from introduction to a signed contract or
 * an abandonment with its reason. Region, field and industry are copied from the demand when the docking is
 * recorded, so statistics keep counting a contract where and how it was made even if the demand changes later.
 *
 * @param region the demand side's district: a contract counts for the district whose enterprise absorbs it
 * @param chain  the demand's industry chain, fixed when the docking is recorded
 */
public record Docking(
        String id,
        long version,
        DockingStage stage,
        String title,
        String demandId,
        String achievementId,
        String expertId,
        Organisation demandSide,
        Organisation supplySide,
        Team team,
        Manager manager,
        DockingSource source,
        Double matchScore,
        List<DockingStep> steps,
        NextAction nextAction,
        Contract contract,
        String abandonReason,
        Region region,
        TechField techField,
        Industry industry,
        IndustryChain chain,
        Instant createdAt,
        Instant updatedAt) implements CatalogRecord {

    public Docking {
        title = Texts.clean(title);
        demandId = Texts.clean(demandId);
        achievementId = Texts.clean(achievementId);
        expertId = Texts.clean(expertId);
        abandonReason = Texts.clean(abandonReason);
        steps = Texts.orEmpty(steps);
    }

    Docking identified(String newId, long newVersion, DockingStage newStage, Instant created, Instant updated) {
        return new Docking(newId, newVersion, newStage, title, demandId, achievementId, expertId, demandSide, supplySide, team,
                manager, source, matchScore, steps, nextAction, contract, abandonReason, region, techField, industry,
                chain, created, updated);
    }

    Docking withChain(IndustryChain newChain) {
        return new Docking(id, version, stage, title, demandId, achievementId, expertId, demandSide, supplySide, team, manager,
                source, matchScore, steps, nextAction, contract, abandonReason, region, techField, industry, newChain,
                createdAt, updatedAt);
    }

    /** A step recorded: the stage moves, the note is kept, and a final stage brings its contract or reason. */
    Docking stepped(DockingStep step, NextAction next, Contract signed, String reason) {
        List<DockingStep> all = new ArrayList<>(steps);
        all.add(step);
        return new Docking(id, version, step.stage(), title, demandId, achievementId, expertId, demandSide, supplySide, team,
                manager, source, matchScore, all, step.stage().isFinal() ? null : next == null ? nextAction : next,
                signed == null ? contract : signed, reason == null ? abandonReason : reason, region, techField,
                industry, chain, createdAt, updatedAt);
    }

    /** The same docking without its demand's enterprise (a confidential demand, read by a party not yet met). */
    Docking withoutDemandSide() {
        return new Docking(id, version, stage, title, demandId, achievementId, expertId, null, supplySide, team, manager,
                source, matchScore, steps, nextAction, contract, abandonReason, region, techField, industry, chain,
                createdAt, updatedAt);
    }

    /** The date of the first step (the introduction): the month a docking counts in. */
    public LocalDate firstStepDate() {
        return steps.stream().map(DockingStep::date).filter(java.util.Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null);
    }

    /** The date of the latest step: what "stalled" is measured from. */
    public LocalDate lastStepDate() {
        return steps.stream().map(DockingStep::date).filter(java.util.Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
    }

    /** Not ended: neither signed nor abandoned. A pair has at most one live docking. */
    public boolean isLive() {
        return !stage.isFinal();
    }

    /** The supply side of the pair: the achievement, else the expert or team, else the organisation named by hand. */
    String supplyKey() {
        if (achievementId != null) {
            return "achievement:" + achievementId;
        }
        if (expertId != null) {
            return "expert:" + expertId;
        }
        return supplySide == null ? null : "organisation:" + Texts.organisationKey(supplySide.name());
    }

    public boolean hasContract() {
        return stage == DockingStage.SIGNED && contract != null;
    }
}
