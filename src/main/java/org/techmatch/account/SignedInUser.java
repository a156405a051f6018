package org.techmatch.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.techmatch.catalog.Viewer;

/** The principal of a signed-in request: the account as read when the request was authenticated. */
public record SignedInUser(Account account) implements UserDetails {
    public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
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

    public Viewer viewer() {
        return new Viewer(account.role(), account.organisation(), account.username(), account.district(),
                account.assignedChallenges());
    }

    public boolean admin() {
        return account.admin();
    }
}
