package org.techmatch.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;

/** The principal of a signed-in request: the account as read when the request was authenticated. */
public record SignedInUser(Account account) implements UserDetails {
    public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";
    /** The only authority of a self-registered account not yet approved: its application, its password. */
    public static final String APPLICANT_AUTHORITY = "ROLE_APPLICANT";

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (account.pending()) {
            return List.of(new SimpleGrantedAuthority(APPLICANT_AUTHORITY));
        }
        authorities.add(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
        if (account.admin()) {
            authorities.add(new SimpleGrantedAuthority(ADMIN_AUTHORITY));
        }
        return authorities;
    }

    /** The hash is not kept in the session: the password was checked by the authentication provider. */
    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    /**
     * Who the services see: an applicant not yet approved reads as a visitor (its organisation's name is not
     * verified yet, so it must not reach that organisation's records); an approved self-registered organisation
     * has its entries reviewed before they are published.
     */
    public Viewer viewer() {
        if (account.pending()) {
            return new Viewer(Role.ANONYMOUS, null, account.username(), null, List.of());
        }
        return new Viewer(account.role(), account.organisation(), account.username(), account.district(),
                account.assignedChallenges(), account.registration() != null);
    }

    public boolean pending() {
        return account.pending();
    }

    public boolean admin() {
        return account.admin();
    }
}
