package org.techmatch.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up (anyone), its review (officials and managers, scoped by district in the service), the applicant's own
 * application, and password change and reset. Which roles reach each path: the security rules.
 */
@RestController
class RegistrationController {
    private final RegistrationService registrations;
    private final PasswordService passwords;

    RegistrationController(RegistrationService registrations, PasswordService passwords) {
        this.registrations = registrations;
        this.passwords = passwords;
    }

    @PostMapping("/api/registrations")
    ResponseEntity<RegistrationRequests.View> register(@RequestBody RegistrationRequests.Application body) {
        Account created = registrations.register(body);
        return ResponseEntity.created(URI.create("/api/registrations/" + created.username()))
                .body(RegistrationRequests.View.of(created));
    }

    @GetMapping("/api/registrations")
    List<RegistrationRequests.View> list(@RequestParam(required = false) String status,
                                         @AuthenticationPrincipal SignedInUser user) {
        Registration.Status wanted = status == null || status.isBlank() ? null : Registration.Status.of(status);
        return registrations.list(user, wanted).stream().map(RegistrationRequests.View::of).toList();
    }

    @PostMapping("/api/registrations/{username}/approve")
    RegistrationRequests.View approve(@PathVariable String username, @AuthenticationPrincipal SignedInUser user) {
        return RegistrationRequests.View.of(registrations.approve(username, user));
    }

    @PostMapping("/api/registrations/{username}/return")
    RegistrationRequests.View returnWithReason(@PathVariable String username,
                                               @RequestBody RegistrationRequests.Decision body,
                                               @AuthenticationPrincipal SignedInUser user) {
        return RegistrationRequests.View.of(registrations.returnWithReason(username, body.reason(), user));
    }

    @GetMapping("/api/me/registration")
    RegistrationRequests.View mine(@AuthenticationPrincipal SignedInUser user) {
        return RegistrationRequests.View.of(registrations.own(user));
    }

    @PutMapping("/api/me/registration")
    RegistrationRequests.View resubmit(@RequestBody RegistrationRequests.Application body,
                                       @AuthenticationPrincipal SignedInUser user) {
        return RegistrationRequests.View.of(registrations.resubmit(user, body));
    }

    @PutMapping("/api/me/password")
    ResponseEntity<Void> changePassword(@RequestBody RegistrationRequests.PasswordChange body,
                                        @AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
                                        HttpServletResponse response) {
        Account changed = passwords.change(user, body, SessionRenewal.bearerToken(request));
        SessionRenewal.renew(request, response, changed);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/accounts/{username}/password")
    ResponseEntity<Void> resetPassword(@PathVariable String username,
                                       @RequestBody RegistrationRequests.PasswordReset body,
                                       @AuthenticationPrincipal SignedInUser user) {
        passwords.reset(username, body, user);
        return ResponseEntity.noContent().build();
    }
}
