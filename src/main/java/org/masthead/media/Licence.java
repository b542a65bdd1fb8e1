package org.masthead.media;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The licences an image can carry, each with the label readers see and the deed it links to. */
public enum Licence {
    CC0_1_0("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    PUBLIC_DOMAIN("Public domain", "https://creativecommons.org/publicdomain/mark/1.0/"),
    CC_BY_2_0("CC BY 2.0", "https://creativecommons.org/licenses/by/2.0/"),
    CC_BY_SA_2_0("CC BY-SA 2.0", "https://creativecommons.org/licenses/by-sa/2.0/"),
    CC_BY_ND_2_0("CC BY-ND 2.0", "https://creativecommons.org/licenses/by-nd/2.0/"),
    CC_BY_NC_2_0("CC BY-NC 2.0", "https://creativecommons.org/licenses/by-nc/2.0/"),
    CC_BY_NC_SA_2_0("CC BY-NC-SA 2.0", "https://creativecommons.org/licenses/by-nc-sa/2.0/"),
    CC_BY_NC_ND_2_0("CC BY-NC-ND 2.0", "https://creativecommons.org/licenses/by-nc-nd/2.0/"),
    CC_BY_2_5("CC BY 2.5", "https://creativecommons.org/licenses/by/2.5/"),
    CC_BY_SA_2_5("CC BY-SA 2.5", "https://creativecommons.org/licenses/by-sa/2.5/"),
    CC_BY_3_0("CC BY 3.0", "https://creativecommons.org/licenses/by/3.0/"),
    CC_BY_SA_3_0("CC BY-SA 3.0", "https://creativecommons.org/licenses/by-sa/3.0/"),
    CC_BY_NC_SA_3_0("CC BY-NC-SA 3.0", "https://creativecommons.org/licenses/by-nc-sa/3.0/"),
    CC_BY_4_0("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA_4_0("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_ND_4_0("CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
    CC_BY_NC_4_0("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
    CC_BY_NC_SA_4_0("CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    CC_BY_NC_ND_4_0("CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
    ALL_RIGHTS_RESERVED("All rights reserved", null),
    USED_WITH_PERMISSION("Used with permission", null),
    /** Unsplash's own licence, under which every picture of Unsplash (and of Ghost's Unsplash picker) is given. */
    UNSPLASH("Unsplash License", "https://unsplash.com/license");

    private final String label;
    private final String deedUrl;

    Licence(String label, String deedUrl) {
        this.label = label;
        this.deedUrl = deedUrl;
    }

    public String label() {
        return label;
    }

    /** The licence's deed, or empty for licences that have none (all rights reserved). */
    public Optional<String> deedUrl() {
        return Optional.ofNullable(deedUrl);
    }

    /** The code stored in the database and accepted in settings, e.g. {@code cc-by-2.0}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replaceFirst("_(\\d)_(\\d)$", "-$1.$2").replace('_', '-');
    }

    /**
     * Reads a licence as people write it: "CC BY 2.0", "CC-BY-SA-4.0", "cc by-nc 4.0", "CC0", "Public Domain",
     * or a code such as {@code cc-by-2.0}.
     */
    public static Optional<Licence> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = normalize(text);
        if (wanted.equals("cc0")) {
            return Optional.of(CC0_1_0);
        }
        return Arrays.stream(values())
                .filter(licence -> normalize(licence.label).equals(wanted) || normalize(licence.code()).equals(wanted))
                .findFirst();
    }

    private static String normalize(String text) {
        return text.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_-]+", " ")
                .replaceAll("^creative commons ", "cc ")
                .replaceAll(" (\\d)$", " $1.0");
    }
}
