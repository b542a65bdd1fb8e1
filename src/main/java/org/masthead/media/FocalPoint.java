package org.masthead.media;

import org.masthead.common.Invalid;

/**
 * Where the part of a picture that matters is, in percent across ({@code x}) and down ({@code y}), 0 to 100: a
 * picture cropped to a box is shifted so that this point stays in view. A picture without one is cropped about its
 * centre.
 */
public record FocalPoint(int x, int y) {
    /** The steps the site's stylesheets know (see {@link #classes()}): 5 %, finer than a crop can show. */
    static final int STEP = 5;

    public FocalPoint {
        if (x < 0 || x > 100 || y < 0 || y > 100) {
            throw new Invalid("focus", "a focal point is given in percent across and down, each from 0 to 100");
        }
    }

    /**
     * The point as two classes of the stylesheets ({@code focal-x-30 focal-y-70}), rounded to 5 %: the sites' pages
     * allow no inline styles (the Content-Security-Policy's {@code style-src 'self'}), so each class sets a custom
     * property that {@code object-position} reads.
     */
    public String classes() {
        return "focal-x-" + rounded(x) + " focal-y-" + rounded(y);
    }

    private static int rounded(int percent) {
        return Math.round(percent / (float) STEP) * STEP;
    }
}
