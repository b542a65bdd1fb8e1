package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/** The theme's own type: open-licensed fonts served from the site, kept a year by browsers, with a system fallback. */
class FontsTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    private static final Pattern FACE = Pattern.compile("@font-face \\{ font-family: \"([^\"]+)\";[^}]*?url\\(/static/([^)?]+)");
    private static final Pattern FONT = Pattern.compile("url\\((/static/source-serif-4-latin-wght-normal\\.woff2\\?v=[0-9a-f]{12})\\)");

    @Test
    void the_stylesheet_names_the_fonts_at_versioned_addresses_served_as_woff2_for_a_year() {
        String css = site.http().stylesheet("/").body();

        Matcher font = FONT.matcher(css);
        assertThat(font.find()).as(css.substring(0, 600)).isTrue();
        assertThat(css).contains("font-display: optional").doesNotContain("font-display: swap")
                .contains("--serif: \"Source Serif 4\", \"Source Serif 4 Ext\", Georgia;")
                .contains("--sans: \"Source Sans 3\", \"Source Sans 3 Ext\", system-ui;");
        Http.Response woff2 = site.http().get(font.group(1));
        assertThat(woff2.status()).isEqualTo(200);
        assertThat(woff2.header("Content-Type")).isEqualTo("font/woff2");
        assertThat(woff2.header("Cache-Control")).contains("immutable");
        assertThat(woff2.body()).startsWith("wOF2");
    }

    @Test
    void the_rest_of_the_latin_letters_is_a_family_of_its_own_so_a_latin_page_needs_no_stand_in_for_it() {
        String css = site.http().stylesheet("/").body();

        Matcher face = FACE.matcher(css);
        int faces = 0;
        while (face.find()) {
            faces++;
            String family = face.group(1);
            String file = face.group(2);
            assertThat(family.endsWith(" Ext")).as(family + " from " + file).isEqualTo(file.contains("-latin-ext-"));
        }
        assertThat(faces).isEqualTo(6);
    }

    @Test
    void every_page_fetches_the_text_faces_at_once_at_the_addresses_the_stylesheet_uses() {
        var page = site.http().get("/").html();
        String css = site.http().stylesheet("/").body();

        var preloads = page.select("link[rel=preload][as=font]");
        assertThat(preloads).hasSize(2);
        for (var preload : preloads) {
            assertThat(preload.attr("type")).isEqualTo("font/woff2");
            assertThat(preload.hasAttr("crossorigin")).isTrue();
            assertThat(css).as("the stylesheet asks for the very address preloaded").contains("url(" + preload.attr("href") + ")");
        }
    }

    @Test
    void the_fonts_licence_is_served_beside_them() {
        Http.Response licence = site.http().get("/static/source-serif-4-OFL.txt");

        assertThat(licence.status()).isEqualTo(200);
        assertThat(licence.body()).contains("SIL Open Font License, Version 1.1");
        assertThat(site.http().get("/static/source-sans-3-OFL.txt").body()).contains("SIL Open Font License");
    }
}
