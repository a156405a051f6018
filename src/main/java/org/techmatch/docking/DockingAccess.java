package org.techmatch.docking;

import java.util.ArrayList;
import java.util.List;
import org.techmatch.store.IndexedFields;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Texts;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;

/**
 * Who may read and change a docking, decided here and nowhere else (get, search, workbench, steps).
 * <ul>
 * <li>Read: the managers of the docking's managing organisation, the officials of its district (a city-level
 * official, all), and the two parties (the demand's enterprise and the supply side's organisation). Reviewers
 * never. To anyone else a docking is not there (404), and searches neither find nor count it.</li>
 * <li>Change (record a step): the managers of the managing organisation and the officials of its district.</li>
 * <li>A confidential demand's enterprise: the supply party learns it only from the 见面洽谈 stage on.</li>
 * </ul>
 */
final class DockingAccess {
    /** Index field holding who may read a docking: "org:…" (managing organisation), "party:…", "district:…". */
    static final String READERS_FIELD = "_dockingReaders";

    private DockingAccess() {
    }

    static boolean mayRead(Viewer viewer, Docking d) {
        return switch (viewer.role()) {
            case MANAGER -> manages(viewer, d) || isParty(viewer, d);
            case OFFICIAL -> viewer.answersFor(districtOf(d));
            case ENTERPRISE, UNIVERSITY -> isParty(viewer, d);
            case REVIEWER, ANONYMOUS -> false;
        };
    }

    static boolean mayChange(Viewer viewer, Docking d) {
        return (viewer.role() == Role.MANAGER && manages(viewer, d))
                || (viewer.role() == Role.OFFICIAL && viewer.answersFor(districtOf(d)));
    }

    /**
     * Whether the viewer (who may read the docking) sees the enterprise of its demand when that demand is
     * confidential: managers of the docking, officials of its district and the enterprise itself always; the supply
     * party once the parties have met (a 见面洽谈 step or a later one, even if the docking was abandoned after).
     */
    static boolean seesConfidentialDemandSide(Viewer viewer, Docking d) {
        if ((viewer.role() == Role.MANAGER && manages(viewer, d)) || viewer.answersFor(districtOf(d))
                || (d.demandSide() != null && viewer.belongsTo(d.demandSide().name()))) {
            return true;
        }
        return d.steps().stream().anyMatch(s -> s.stage() != null && s.stage() != DockingStage.ABANDONED
                && s.stage().ordinal() >= DockingStage.MEETING.ordinal());
    }

    static String districtOf(Docking d) {
        return d.region() == null ? null : d.region().name();
    }

    /** The reader tokens of a docking, indexed so a search is scoped in the index (totals count only readable ones). */
    static void index(Docking d, IndexedFields doc) {
        add(doc, "org:", d.manager() == null ? null : d.manager().organisation());
        add(doc, "party:", d.demandSide() == null ? null : d.demandSide().name());
        add(doc, "party:", d.supplySide() == null ? null : d.supplySide().name());
        if (districtOf(d) != null) {
            IndexFields.filterOnly(doc, READERS_FIELD, "district:" + districtOf(d));
        }
    }

    /**
     * The reader tokens a viewer's searches are restricted to: null for no restriction (a city-level official),
     * an empty list for nothing at all.
     */
    static List<String> searchTokens(Viewer viewer) {
        List<String> tokens = new ArrayList<>();
        String key = Texts.organisationKey(viewer.organisation());
        switch (viewer.role()) {
            case OFFICIAL -> {
                if (viewer.district() == null) {
                    return null;
                }
                tokens.add("district:" + viewer.district());
            }
            case MANAGER -> {
                if (key != null) {
                    tokens.add("org:" + key);
                    tokens.add("party:" + key);
                }
            }
            case ENTERPRISE, UNIVERSITY -> {
                if (key != null) {
                    tokens.add("party:" + key);
                }
            }
            case REVIEWER, ANONYMOUS -> {
            }
        }
        return tokens;
    }

    private static void add(IndexedFields doc, String prefix, String organisation) {
        String key = Texts.organisationKey(organisation);
        if (key != null) {
            IndexFields.filterOnly(doc, READERS_FIELD, prefix + key);
        }
    }

    private static boolean manages(Viewer viewer, Docking d) {
        return d.manager() != null && viewer.belongsTo(d.manager().organisation());
    }

    private static boolean isParty(Viewer viewer, Docking d) {
        return viewer.signedIn() && ((d.demandSide() != null && viewer.belongsTo(d.demandSide().name()))
                || (d.supplySide() != null && viewer.belongsTo(d.supplySide().name())));
    }
}
