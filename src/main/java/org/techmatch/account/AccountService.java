package org.techmatch.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;
import org.techmatch.store.RecordStore;

/**
 * Creates and finds accounts. Who may create what: the administrator any account; an official the accounts of
 * enterprises, universities, managers and reviewers (not other officials, not administrators) of its own district
 * (a city-level official, of any); reviewers are assigned by an official only to the challenges of its district.
 */
@Service
public class AccountService {
    static final int MIN_PASSWORD_CHARS = 8;
    static final int MAX_PASSWORD_BYTES = 72; // bcrypt reads at most 72 bytes
    private static final Set<Role> OFFICIAL_CREATES = Set.of(Role.ENTERPRISE, Role.UNIVERSITY, Role.MANAGER,
            Role.REVIEWER);

    private final LibraryService<Account> accounts;
    private final RecordStore store;
    private final PasswordEncoder passwords;
    private final ChallengeDistricts challengeDistricts;

    AccountService(LibraryService<Account> accounts, RecordStore store, PasswordEncoder passwords,
                   ChallengeDistricts challengeDistricts) {
        this.accounts = accounts;
        this.store = store;
        this.passwords = passwords;
        this.challengeDistricts = challengeDistricts;
    }

    public Optional<Account> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return accounts.findKey(AccountKind.USERNAME, username.strip()).flatMap(key -> accounts.lookup(key.id()));
    }

    /** The enabled accounts, by username: who notifications of an organisation or a district reach. */
    public List<Account> enabledAccounts() {
        return list().stream().filter(Account::enabled).toList();
    }

    public int count() {
        return accounts.count();
    }

    /** Creates an account on behalf of creator (checked) and returns it once durable. */
    Account create(AccountRequests.NewAccount request, SignedInUser creator) {
        boolean admin = Boolean.TRUE.equals(request.admin());
        if (!creator.admin()) {
            if (creator.account().role() != Role.OFFICIAL) {
                throw new ForbiddenException("「创建账号」仅限区科技局管理员或系统管理员操作，当前角色："
                        + creator.account().role().label());
            }
            if (admin || (request.role() != null && !OFFICIAL_CREATES.contains(request.role()))) {
                throw new ForbiddenException("区科技局管理员只能创建企业用户、高校院所用户、技术经理人和评审专家账号；"
                        + "管理员账号由系统管理员创建");
            }
            String district = creator.account().district();
            if (district != null) {
                if (request.district() != null && !district.equals(request.district())) {
                    throw new ForbiddenException("区科技局管理员只能为本区（" + district + "）的单位创建账号");
                }
                request = request.inDistrict(district);
            }
        }
        return register(request, admin);
    }

    /** Creates an account without a creator (the administrator from configuration, the demo accounts). */
    Account register(AccountRequests.NewAccount request, boolean admin) {
        Problems problems = new Problems();
        checkPassword(request.password(), problems);
        Account submitted = new Account(null, 0, request.username(), request.displayName(), request.role(),
                request.organisation(), request.district(), admin,
                problems.isEmpty() ? passwords.encode(request.password()) : "-", true,
                request.assignedChallenges(), null, null, null);
        List<org.techmatch.catalog.FieldProblem> all = new ArrayList<>(problems.list());
        all.addAll(accounts.problems(submitted).stream().filter(p -> !p.field().equals("password")).toList());
        if (!all.isEmpty()) {
            throw new ValidationException(all);
        }
        String username = submitted.username();
        return store.locked("account:" + username, () -> {
            if (byUsername(username).isPresent()) {
                throw new StateConflictException("登录名「" + username + "」已被使用，请换一个");
            }
            return accounts.create(submitted);
        });
    }

    List<Account> list() {
        return accounts.all().stream().sorted(Comparator.comparing(Account::username)).toList();
    }

    /**
     * The accounts an official manages: a city-level official (or the administrator) every one; a district
     * official those of its district, and the reviewers, who are a pool every district assigns from.
     */
    List<Account> list(SignedInUser user) {
        Viewer viewer = user.viewer();
        if (user.admin() || viewer.district() == null) {
            return list();
        }
        return list().stream().filter(a -> a.role() == Role.REVIEWER || viewer.district().equals(a.district()))
                .toList();
    }

    /**
     * Replaces the challenges of the assigner's reach a reviewer is assigned to: a district official assigns only
     * challenges of its district (one it may not read is not there, 404) and leaves the reviewer's assignments in
     * other districts as they are; a city-level official and the administrator assign any.
     */
    Account assign(String username, List<String> challengeIds, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "分配评审专家", java.util.Set.of(Role.OFFICIAL));
        Account current = byUsername(username)
                .orElseThrow(() -> new RecordNotFoundException("账号", username));
        if (current.role() != Role.REVIEWER) {
            throw ValidationException.of("username", username, "只有评审专家账号可以分配评审的榜单");
        }
        List<String> requested = challengeIds == null ? List.of() : challengeIds;
        if (viewer.district() == null) {
            return accounts.update(current.id(), current.version(), current.withAssignments(requested));
        }
        for (String id : requested) {
            if (!viewer.district().equals(challengeDistricts.districtOf(id, viewer))) {
                throw new ForbiddenException("区科技局管理员只能为本区（" + viewer.district() + "）的榜单分配评审专家：榜单「"
                        + id + "」不在本区");
            }
        }
        List<String> kept = new ArrayList<>(current.assignedChallenges().stream()
                .filter(id -> !viewer.district().equals(challengeDistricts.districtOrNull(id))).toList());
        requested.stream().filter(id -> !kept.contains(id)).forEach(kept::add);
        return accounts.update(current.id(), current.version(), current.withAssignments(kept));
    }

    static void checkPassword(String password, Problems problems) {
        if (password == null || password.isEmpty()) {
            problems.add("password", null, "必填：密码");
        } else if (password.length() < MIN_PASSWORD_CHARS
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add("password", "（已隐去）", "密码至少 " + MIN_PASSWORD_CHARS + " 个字符，最长 " + MAX_PASSWORD_BYTES
                    + " 字节（一个汉字占 3 字节）");
        } else if (password.chars().anyMatch(Character::isISOControl)) {
            problems.add("password", "（已隐去）", "密码不能包含控制字符");
        }
    }
}
