package org.techmatch.challenge;

import java.util.List;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;
import org.techmatch.vocabulary.Region;

/**
 * Which office runs a draft. A district official drafts for its own bureau: the office and its district are
 * filled from the signed-in account, whatever the body says, so a draft never lacks the district its
 * officials read and publish it by. A manager or a city-level official names the office; a missing district is
 * taken from the office's name (南开区科学技术局 → 南开区) or else from the first linked demand's district.
 */
final class OfficeRule {
    static final String BUREAU = "科学技术局";

    private OfficeRule() {
    }

    static Office officeFor(Viewer viewer, Office submitted, List<Demand> linked) {
        if (viewer.role() == Role.OFFICIAL && viewer.district() != null) {
            Region district = Region.of(viewer.district());
            String name = viewer.organisation() != null ? viewer.organisation() : district.name() + BUREAU;
            return new Office(name, district);
        }
        Region fromDemand = linked.stream().map(Demand::region).filter(r -> r != null
                && r.scope() == Region.Scope.TIANJIN_DISTRICT).findFirst().orElse(null);
        if (submitted == null || submitted.name() == null) {
            return fromDemand == null ? submitted : new Office(fromDemand.name() + BUREAU, fromDemand);
        }
        if (submitted.district() != null) {
            return submitted;
        }
        Region named = Region.TIANJIN_DISTRICTS.stream().filter(submitted.name()::contains).findFirst()
                .map(Region::of).orElse(fromDemand);
        return new Office(submitted.name(), named);
    }
}
