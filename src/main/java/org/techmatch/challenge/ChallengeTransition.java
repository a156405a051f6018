package org.techmatch.challenge;

import static org.techmatch.challenge.ChallengeStatus.ACCEPTED;
import static org.techmatch.challenge.ChallengeStatus.AWARDED;
import static org.techmatch.challenge.ChallengeStatus.DRAFT;
import static org.techmatch.challenge.ChallengeStatus.EXECUTING;
import static org.techmatch.challenge.ChallengeStatus.FAILED;
import static org.techmatch.challenge.ChallengeStatus.OPEN;
import static org.techmatch.challenge.ChallengeStatus.PUBLISHED;
import static org.techmatch.challenge.ChallengeStatus.REVIEWING;
import static org.techmatch.challenge.ChallengeStatus.TERMINATED;
import static org.techmatch.catalog.Role.OFFICIAL;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.techmatch.catalog.Role;


/**
 * The named moves of the challenge state machine, the statuses each may start from, where it leads and the
 * roles allowed to make it. The district office (OFFICIAL) runs the list: technology managers may draft
 * challenges but not publish or award them, and nobody else moves a challenge at all.
 * What each move additionally checks (an application to award, all milestones passed …) is in
 * {@link ChallengeService}.
 */
public enum ChallengeTransition {
    PUBLISH("publish", "发布榜单", EnumSet.of(DRAFT), PUBLISHED, false, OFFICIAL),
    WITHDRAW("withdraw", "撤回发布", EnumSet.of(PUBLISHED), DRAFT, true, OFFICIAL),
    OPEN_APPLICATIONS("open", "开始揭榜", EnumSet.of(PUBLISHED), OPEN, false, OFFICIAL),
    CLOSE_APPLICATIONS("close", "截止揭榜并进入评审", EnumSet.of(OPEN), REVIEWING, false, OFFICIAL),
    AWARD("award", "确定揭榜方并立项", EnumSet.of(REVIEWING), AWARDED, false, OFFICIAL),
    START("start", "启动里程碑执行", EnumSet.of(AWARDED), EXECUTING, false, OFFICIAL),
    ACCEPT("accept", "验收通过", EnumSet.of(EXECUTING), ACCEPTED, false, OFFICIAL),
    REJECT("reject", "验收不通过", EnumSet.of(EXECUTING), FAILED, true, OFFICIAL),
    TERMINATE("terminate", "终止榜单", EnumSet.of(PUBLISHED, OPEN, REVIEWING, AWARDED, EXECUTING), TERMINATED, true, OFFICIAL);

    private final String pathName;
    private final String action;
    private final Set<ChallengeStatus> from;
    private final ChallengeStatus to;
    private final boolean needsReason;
    private final Set<Role> roles;

    ChallengeTransition(String pathName, String action, Set<ChallengeStatus> from, ChallengeStatus to,
                        boolean needsReason, Role... roles) {
        this.pathName = pathName;
        this.action = action;
        this.from = from;
        this.to = to;
        this.needsReason = needsReason;
        this.roles = Set.of(roles);
    }

    public Set<Role> roles() {
        return roles;
    }

    public String pathName() {
        return pathName;
    }

    public String action() {
        return action;
    }

    public Set<ChallengeStatus> from() {
        return from;
    }

    public ChallengeStatus to() {
        return to;
    }

    /** Moves that end or undo something must say why (the log is what an audit reads). */
    public boolean needsReason() {
        return needsReason;
    }

    public boolean allowedFrom(ChallengeStatus status) {
        return from.contains(status);
    }

    public String fromLabels() {
        return from.stream().map(ChallengeStatus::label).collect(Collectors.joining("、"));
    }

    static ChallengeTransition byPathName(String name) {
        return Arrays.stream(values()).filter(t -> t.pathName.equals(name)).findFirst()
                .orElseThrow(() -> org.techmatch.catalog.ValidationException.of("transition", name,
                        "未知的榜单操作，可选：" + Arrays.stream(values()).map(t -> t.pathName + "（" + t.action + "）")
                                .collect(Collectors.joining("、"))));
    }
}
