package org.masthead.media;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A picture with its attribution. The picture itself is a file in the data directory's media folder (with
 * smaller copies of the widths in {@code variants}) or an address elsewhere, and may be missing (an import
 * that knew the credit but not the picture). {@code focus} is where a crop keeps it centred, null for its centre.
 * {@code webp}: whether the picture and its copies are also stored as WebP ({@code NAME.webp}, {@code NAME-480w.webp}
 * beside {@code NAME.jpg}, {@code NAME-480w.jpg}); pictures stored before WebP, or where it cannot be written, are not.
 */
public record Image(long id, String fileName, String sourceUrl, String alt, String caption, CreditKind creditKind,
        String creditName, String creditUrl, Licence licence, Integer width, Integer height, List<Integer> variants,
        String mediaType, long byteSize, Long uploadedBy, FocalPoint focus, boolean webp) {

    public Image {
        variants = List.copyOf(variants);
    }

    /** Where a browser loads the picture from, if there is a picture. */
    public Optional<String> src() {
        if (fileName != null) {
            return Optional.of(MediaService.PUBLIC_PATH + fileName);
        }
        return Optional.ofNullable(sourceUrl);
    }

    /** The {@code srcset} of a stored picture and its copies, widest last; empty when there are no copies. */
    public String srcset() {
        if (fileName == null || variants.isEmpty()) {
            return "";
        }
        String all = variants.stream().map(w -> MediaService.PUBLIC_PATH + variantName(fileName, w) + " " + w + "w")
                .collect(Collectors.joining(", "));
        return width == null ? all : all + ", " + MediaService.PUBLIC_PATH + fileName + " " + width + "w";
    }

    /** The {@code srcset} of the picture's WebP copies, widest last; empty when it has none. */
    public String webpSrcset() {
        if (!webp || fileName == null || width == null) {
            return "";
        }
        // Even a picture too small for copies gets its one width: a <source> with sizes needs widths in its srcset.
        String full = webpName(fileName);
        return java.util.stream.Stream.concat(variants.stream().map(w -> MediaService.PUBLIC_PATH + variantName(full, w) + " " + w + "w"),
                java.util.stream.Stream.of(MediaService.PUBLIC_PATH + full + " " + width + "w")).collect(Collectors.joining(", "));
    }

    /** The smallest copy, for lists of pictures. */
    public Optional<String> thumbnail() {
        if (fileName != null && !variants.isEmpty()) {
            return Optional.of(MediaService.PUBLIC_PATH + variantName(fileName, variants.getFirst()));
        }
        return src();
    }

    /** The stylesheet classes that crop the picture about its focal point; empty when it is cropped about its centre. */
    public String focusClasses() {
        return focus == null ? "" : focus.classes();
    }

    public boolean hasCredit() {
        return !creditName.isBlank();
    }

    /** Ready to go out with an article: alt text for those who cannot see it, a credit and a licence. */
    public boolean isAttributed() {
        return missing().isEmpty();
    }

    /** What attribution lacks, in words ("alt text", "a credit", "a licence"); empty when none. */
    public java.util.List<String> missing() {
        var missing = new java.util.ArrayList<String>();
        if (alt.isBlank()) {
            missing.add("alt text");
        }
        if (!hasCredit()) {
            missing.add("a credit");
        }
        if (licence == null) {
            missing.add("a licence");
        }
        return missing;
    }

    /** The name of a stored picture's WebP copy: {@code quay-k3m.jpg} has {@code quay-k3m.webp}. */
    static String webpName(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.')) + ".webp";
    }

    static String variantName(String fileName, int width) {
        int dot = fileName.lastIndexOf('.');
        return fileName.substring(0, dot) + "-" + width + "w" + fileName.substring(dot);
    }
}
