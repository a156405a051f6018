package org.techmatch.interest;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.techmatch.account.Account;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.catalog.Texts;
import org.techmatch.catalog.Viewer;
import org.techmatch.docking.Docking;
import org.techmatch.docking.DockingService;
import org.techmatch.docking.Manager;
import org.techmatch.notification.Recipients;

/**
 * Turns an accepted interest into a docking (source 意向对接) through the docking service, assigned to a manager
 * of the target's district. A docking needs a demand: an interest on a demand, or one that offers a demand, gets
 * one; an interest between an achievement or expert and an organisation with no demand is accepted without one
 * (the district's managers are told and record it by hand). When the docking rules refuse a second live docking
 * of the pair (409), the interest links to the live one instead.
 */
@Component
class InterestDockings {
    private final DockingService dockings;
    private final Recipients recipients;

    InterestDockings(DockingService dockings, Recipients recipients) {
        this.dockings = dockings;
        this.recipients = recipients;
    }

    /** The docking's id, or null when the interest involves no demand or the district has no manager. */
    String dockingFor(Interest interest, String offerType) {
        String demandId = "demand".equals(interest.targetType()) ? interest.targetId()
                : "demand".equals(offerType) ? interest.offerId() : null;
        if (demandId == null) {
            return null;
        }
        String achievementId = "achievement".equals(interest.targetType()) ? interest.targetId()
                : "achievement".equals(offerType) ? interest.offerId() : null;
        Optional<Account> manager = recipients.firstManagerOf(interest.district());
        if (manager.isEmpty()) {
            return null;
        }
        Account m = manager.get();
        Organisation supply = "demand".equals(interest.targetType())
                ? new Organisation(interest.fromOrganisation(), null) : null;
        Viewer asManager = new Viewer(Role.MANAGER, m.organisation(), m.username(), m.district(), List.of());
        String note = "意向对接：" + interest.fromOrganisation() + " 表达合作意向（" + interest.id() + "），对方已接受。留言："
                + interest.message();
        try {
            return dockings.createFromInterest(demandId, achievementId, supply, null,
                    new Manager(m.displayName(), m.organisation()), cut(note), asManager).id();
        } catch (StateConflictException e) {
            return live(demandId, achievementId, interest.fromOrganisation()).map(Docking::id).orElse(null);
        } catch (org.techmatch.catalog.ValidationException | org.techmatch.catalog.ForbiddenException e) {
            // the demand moved out of reach meanwhile: accepted without a docking, the managers are told
            return null;
        }
    }

    /** The live docking of the same pair: same demand, and the same achievement or supply organisation. */
    private Optional<Docking> live(String demandId, String achievementId, String supplyOrganisation) {
        return dockings.ofDemand(demandId).stream().filter(d -> !d.stage().isFinal())
                .filter(d -> achievementId != null ? achievementId.equals(d.achievementId())
                        : d.supplySide() != null && Texts.sameOrganisation(d.supplySide().name(), supplyOrganisation))
                .findFirst();
    }

    private static String cut(String note) {
        return note.length() <= 500 ? note : note.substring(0, 499) + "…";
    }
}
