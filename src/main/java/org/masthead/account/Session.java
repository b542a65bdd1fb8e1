package org.masthead.account;

import org.masthead.common.Actor;

/**
 * A signed-in browser: its user, the token every form it sends must carry (CSRF), and whether the second
 * factor is still to be given before anything else is allowed.
 */
public record Session(User user, String csrfToken, boolean secondFactorDue) {
    public Actor actor(String address) {
        return user.asActor(address);
    }
}
