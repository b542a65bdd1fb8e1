package org.masthead.platform;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import org.masthead.common.Forbidden;

/**
 * Whether a form was sent from one of this site's own pages, by what the browser says of where the request came
 * from (Origin, sent with every form a current browser posts; else Referer). A page kept in the readers' page
 * cache cannot carry a per-visitor token, so for its forms this is the check against other sites.
 */
public final class FormOrigin {
    private FormOrigin() {}

    /** Whether an Origin header names this host; one that cannot be read ("http://[::1", "x") names no host. */
    public static boolean sameSite(String origin, String host) {
        try {
            String authority = new URI(origin).getAuthority();
            return host != null && authority != null && authority.equalsIgnoreCase(host);
        } catch (URISyntaxException unreadable) {
            return false;
        }
    }

    /**
     * Refuses a form another site sent: its Origin names another host, or it has no Origin and its Referer is a page
     * of another host. "null" (a sandboxed frame, a page that hides where it is) is refused too: with no token behind
     * this check, an origin that will not say what it is cannot be told from an attacker's.
     */
    public static void requireOwnSite(Context ctx) {
        String host = ctx.header("Host");
        String origin = ctx.header("Origin");
        String referer = ctx.header("Referer");
        boolean foreign = origin != null ? !sameSite(origin, host) : referer != null && !sameSite(referer, host);
        if (foreign) {
            throw new Forbidden("This form came from another site. Use the form on this magazine's own pages.");
        }
    }
}
