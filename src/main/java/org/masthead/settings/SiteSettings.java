package org.masthead.settings;

import java.util.List;
import org.masthead.edition.EditionRule;
import org.masthead.sharing.ShareNetwork;

/** The editorial settings every page needs, as one immutable value. */
public record SiteSettings(String title, String tagline, String language, List<ShareNetwork> shareNetworks,
        EditionRule editionRule) {
    public SiteSettings {
        shareNetworks = List.copyOf(shareNetworks);
    }
}
