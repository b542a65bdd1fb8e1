package org.masthead.site;

import java.util.ArrayList;
import java.util.List;
import org.masthead.author.AuthorProfile;

/** A link from an author's page to their own website or accounts elsewhere. */
public record ProfileLink(String label, String url) {
    /** The links a profile gives, each only when it makes a safe web address. */
    static List<ProfileLink> of(AuthorProfile profile) {
        List<ProfileLink> links = new ArrayList<>();
        if (profile.website() != null && isWeb(profile.website())) {
            links.add(new ProfileLink("Website", profile.website()));
        }
        String x = account(profile.twitter(), "https://x.com/");
        if (x != null) {
            links.add(new ProfileLink("X", x));
        }
        String facebook = account(profile.facebook(), "https://www.facebook.com/");
        if (facebook != null) {
            links.add(new ProfileLink("Facebook", facebook));
        }
        return links;
    }

    /** An account given as its address, or as a name ("@ann", "ann.writer") on the network's site. */
    private static String account(String given, String site) {
        if (given == null) {
            return null;
        }
        if (isWeb(given)) {
            return given;
        }
        String name = given.strip().replaceFirst("^@", "");
        return name.matches("[A-Za-z0-9._-]{1,100}") ? site + name : null;
    }

    private static boolean isWeb(String text) {
        return text.matches("(?i)https?://[A-Za-z0-9.-]+(:\\d+)?(/[^\\s\"'<>]*)?");
    }
}
