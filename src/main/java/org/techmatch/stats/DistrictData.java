package org.techmatch.stats;

import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;
import org.techmatch.challenge.Challenge;
import org.techmatch.demand.Demand;
import org.techmatch.docking.Docking;
import org.techmatch.vocabulary.Region;

/**
 * Everything statistics count, read from the store in one pass per library and narrowed to a district: an
 * achievement or demand by its region, a docking by its demand side's district (where the contract is
 * absorbed), a challenge by its responsible office's district. A district's statistics are a few thousand
 * records, so counting in memory is simpler and as fast as facets.
 */
@Component
class DistrictData {
    private final LibraryService<Achievement> achievements;
    private final LibraryService<Demand> demands;
    private final LibraryService<Docking> dockings;
    private final LibraryService<Challenge> challenges;
    private final ShownMatches shown;

    DistrictData(LibraryService<Achievement> achievements, LibraryService<Demand> demands,
                 LibraryService<Docking> dockings, LibraryService<Challenge> challenges, ShownMatches shown) {
        this.achievements = achievements;
        this.demands = demands;
        this.dockings = dockings;
        this.challenges = challenges;
        this.shown = shown;
    }

    record Snapshot(Region district, List<Achievement> achievements, List<Demand> demands, List<Docking> dockings,
                    List<Challenge> challenges, List<ShownTally> shown) {
    }

    /** All records, or those of one district when district is not null. */
    Snapshot read(Region district) {
        return new Snapshot(district,
                achievements.all().stream().filter(a -> in(district, a.region())).toList(),
                demands.all().stream().filter(d -> in(district, d.region())).toList(),
                dockings.all().stream().filter(d -> in(district, d.region())).toList(),
                challenges.all().stream().filter(c -> in(district, c.office() == null ? null : c.office().district()))
                        .toList(),
                shown.all().stream().filter(t -> district == null || district.name().equals(t.district())).toList());
    }

    private static boolean in(Region district, Region region) {
        return district == null || (region != null && district.name().equals(region.name()));
    }
}
