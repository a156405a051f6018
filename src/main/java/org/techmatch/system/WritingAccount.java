package org.techmatch.system;

import java.util.function.Supplier;
import org.techmatch.catalog.Viewer;
import org.techmatch.catalog.WriteActor;
import org.techmatch.web.ViewerResolver;

/**
 * The account the calling thread writes for, which the store remembers so that this account's searches show its
 * own writes at once: the user a background job (an import) writes in the name of, else the request's signed-in
 * user; null for the system and anonymous visitors.
 */
final class WritingAccount implements Supplier<String> {

    @Override
    public String get() {
        Viewer viewer = WriteActor.current().orElseGet(ViewerResolver::current);
        return viewer.signedIn() ? viewer.username() : null;
    }
}
