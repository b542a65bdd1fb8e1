package org.masthead.importer;

import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML from another system made ready for the sanitizer without losing a word a reader of that system saw. Two
 * things the sanitizer alone would lose: the characters HTML means by {@code &#128;} to {@code &#159;} (browsers read
 * them as Windows-1252, so {@code &#150;} is a dash and {@code &#x9F;} is Ÿ; the sanitizer drops them as control
 * characters), and the break between two blocks it does not keep ({@code <div>one</div><div>two</div>} would read
 * "onetwo").
 */
final class ImportedHtml {
    private static final Pattern C1_REFERENCE = Pattern.compile("&#(?:[xX](0*[89][0-9a-fA-F])|(0*1[2-5][0-9]));");
    private static final Pattern DROPPED_BLOCK = Pattern.compile(
            "</?(?:div|section|article|header|footer|aside|nav|main|address|details|summary|center|fieldset|form|dialog)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ImportedHtml() {}

    static String prepared(String html) {
        String text = html;
        if (text.contains("&#")) {
            text = C1_REFERENCE.matcher(text).replaceAll(m -> {
                int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
                if (code < 0x80 || code > 0x9F) {
                    return Matcher.quoteReplacement(m.group());
                }
                String read = new String(new byte[] {(byte) code}, WINDOWS_1252);
                // The five codes Windows-1252 leaves unassigned are read as themselves, and stay as written.
                return Matcher.quoteReplacement(read.equals("\uFFFD") ? m.group() : read);
            });
        }
        if (text.indexOf('<') >= 0) {
            text = DROPPED_BLOCK.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\n" + m.group() + "\n"));
        }
        return text;
    }
}
