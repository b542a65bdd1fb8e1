package org.masthead.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Where the public site renders what anonymous readers ask for: its reads outside a transaction may go to a streaming
 * replica ({@link Database#publicReads}), when one is configured and has what the pages must show.
 */
@FunctionalInterface
public interface PublicReads {
    /**
     * A cookie every answer to a POST carries for a few seconds: whoever just wrote (a subscriber, an editor) reads the
     * primary meanwhile, even on a server that has not yet heard of the change. The newsroom's session cookie travels to
     * {@code /admin} only, so this is what tells them apart on the public pages.
     */
    String WROTE_COOKIE = "masthead_wrote";
    Duration WROTE_FOR = Duration.ofSeconds(10);

    /** Runs a rendering in which reads outside a transaction may use the replica. */
    <T> T run(Callable<T> work) throws Exception;

    /** Every read from the primary: without a replica, in tests of the page cache alone. */
    static PublicReads primary() {
        return Callable::call;
    }

    /** Whether this request is a reader's that may be answered from the replica: not of one who wrote just now. */
    static boolean mayUseReplica(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(WROTE_COOKIE)) {
                    return false;
                }
            }
        }
        return true;
    }
}
