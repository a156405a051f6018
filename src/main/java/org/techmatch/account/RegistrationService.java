package org.techmatch.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.FieldProblem;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;
import org.techmatch.catalog.WriteActor;
import org.techmatch.store.RecordStore;

/**
 * Sign-up of enterprises and universities and its review: the account exists at once and may sign in, but until an
 * official of its district (a city-level official, the administrator, or a technology manager) approves it, it sees
 * only its application (see {@link SignedInUser#viewer}). A returned application carries the reason; the applicant
 * corrects it and it is 待审核 again. One account per credit code, one per login name.
 */
@Service
public class RegistrationService {
    private final AccountService accounts;
    private final LibraryService<Account> library;
    private final RecordStore store;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RegistrationService(AccountService accounts, LibraryService<Account> library, RecordStore store,
                        PasswordEncoder passwords, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.library = library;
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
    }

    Account register(RegistrationRequests.Application body) {
        Problems problems = new Problems();
        PasswordRules.check("password", body.password(), body.username(), problems);
        Registration registration = new Registration(body.creditCode(), body.contactPerson(), body.phone(),
                Registration.Status.PENDING, null, null, clock.instant(), null);
        Account submitted = new Account(null, 0, body.username(), displayName(body), body.role(),
                body.organisation(), body.district(), false,
                problems.isEmpty() ? passwords.encode(body.password()) : "-", true, List.of(), null, null,
                registration);
        throwIfAny(problems, submitted);
        return store.lockedAll(List.of("account:" + submitted.username(), "credit:" + registration.creditCode()),
                () -> {
                    if (accounts.byUsername(submitted.username()).isPresent()) {
                        throw new StateConflictException("username", "登录名「" + submitted.username() + "」已被使用，请换一个");
                    }
                    creditCodeFree(registration.creditCode(), null);
                    // nobody is signed in yet: the audit log names the applicant, not 系统, as who signed up
                    return WriteActor.as(new Viewer(submitted.role(), submitted.organisation(), submitted.username(),
                            submitted.district(), List.of(), true), () -> library.create(submitted));
                });
    }

    /** The applicant corrects a pending or returned application; it is 待审核 again. */
    Account resubmit(SignedInUser applicant, RegistrationRequests.Application body) {
        Account current = own(applicant);
        if (!current.pending()) {
            throw new StateConflictException("注册申请已通过审核，无需重新提交；单位信息变更请联系所在区科技局");
        }
        Registration registration = new Registration(body.creditCode(), body.contactPerson(), body.phone(),
                Registration.Status.PENDING, null, null, clock.instant(), null);
        Account next = current.resubmitted(displayName(body), body.role(), body.organisation(), body.district(),
                registration);
        throwIfAny(new Problems(), next);
        return store.lockedAll(List.of("account:" + current.username(), "credit:" + registration.creditCode()),
                () -> {
                    creditCodeFree(registration.creditCode(), current.username());
                    return library.update(current.id(), current.version(), next);
                });
    }

    Account own(SignedInUser user) {
        Account current = accounts.byUsername(user.getUsername())
                .orElseThrow(() -> new RecordNotFoundException("账号", user.getUsername()));
        if (current.registration() == null) {
            throw new RecordNotFoundException("注册申请", user.getUsername() + "（该账号由管理员创建，没有注册申请）");
        }
        return current;
    }

    /** The applications a reviewer decides on, newest first; status null: all. */
    List<Account> list(SignedInUser reviewer, Registration.Status status) {
        return accounts.list().stream().filter(a -> a.registration() != null)
                .filter(a -> status == null || a.registration().status() == status)
                .filter(a -> reaches(reviewer, a))
                .sorted(Comparator.comparing((Account a) -> a.registration().submittedAt()).reversed())
                .toList();
    }

    Account approve(String username, SignedInUser reviewer) {
        return decide(username, reviewer, Registration.Status.APPROVED, null);
    }

    Account returnWithReason(String username, String reason, SignedInUser reviewer) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", reason, "必填：退回原因（申请人会看到，请写明需要补正的内容）");
        }
        return decide(username, reviewer, Registration.Status.RETURNED, reason);
    }

    private Account decide(String username, SignedInUser reviewer, Registration.Status decision, String reason) {
        Account current = accounts.byUsername(username)
                .orElseThrow(() -> new RecordNotFoundException("账号", username));
        if (current.registration() == null) {
            throw new StateConflictException("账号「" + username + "」由管理员创建，不是注册申请，无需审核");
        }
        if (!reaches(reviewer, current)) {
            throw new ForbiddenException("只能审核本区（" + reviewer.account().district() + "）单位的注册申请：「"
                    + username + "」所在区为" + current.district());
        }
        if (current.registration().status() != Registration.Status.PENDING) {
            throw new StateConflictException("注册申请「" + username + "」当前为「" + current.registration().status().label()
                    + "」，只有待审核的申请可以审核");
        }
        Account next = current.withRegistration(current.registration().decided(decision, reason,
                reviewer.getUsername(), clock.instant()));
        throwIfAny(new Problems(), next);
        Account decided = library.update(current.id(), current.version(), next);
        events.publishEvent(new RegistrationDecided(decided));
        return decided;
    }

    /** Managers and the administrator review every district; an official its own (a city-level official, all). */
    private static boolean reaches(SignedInUser reviewer, Account applicant) {
        Role role = reviewer.account().role();
        if (reviewer.admin() || role == Role.MANAGER) {
            return true;
        }
        String district = reviewer.account().district();
        return role == Role.OFFICIAL && (district == null || district.equals(applicant.district()));
    }

    private void creditCodeFree(String creditCode, String exceptUsername) {
        library.findBy(AccountKind.CREDIT_CODE, creditCode).stream()
                .filter(a -> !a.username().equals(exceptUsername)).findFirst().ifPresent(a -> {
                    throw new StateConflictException("creditCode", "统一社会信用代码「" + creditCode
                            + "」已注册：同一单位只能注册一个账号，如需找回请联系所在区科技局");
                });
    }

    private void throwIfAny(Problems problems, Account submitted) {
        List<FieldProblem> all = new ArrayList<>(problems.list());
        all.addAll(library.problems(submitted).stream().filter(p -> !p.field().equals("password")).toList());
        if (!all.isEmpty()) {
            throw new ValidationException(all);
        }
    }

    private static String displayName(RegistrationRequests.Application body) {
        String organisation = body.organisation() == null ? "" : body.organisation().strip();
        String contact = body.contactPerson() == null ? "" : body.contactPerson().strip();
        String name = contact.isEmpty() ? organisation : organisation + "（" + contact + "）";
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
