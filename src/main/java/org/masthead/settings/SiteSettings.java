package org.masthead.settings;

import java.util.List;
import org.masthead.edition.EditionRule;
import org.masthead.sharing.ShareNetwork;

/**
 * The editorial settings every page needs, as one immutable value. sections are the names of the topics the
 * header's menu shows, in order; aboutPage and donatePage the slugs of the pages linked as About and Donate
 * (empty for none).
 */
public record SiteSettings(String title, String tagline, String language, List<ShareNetwork> shareNetworks,
        EditionRule editionRule, List<String> sections, String aboutPage, String donatePage) {
    public SiteSettings {
        shareNetworks = List.copyOf(shareNetworks);
        sections = List.copyOf(sections);
    }
}
