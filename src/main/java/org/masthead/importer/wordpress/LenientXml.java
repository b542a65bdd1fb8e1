package org.masthead.importer.wordpress;

import java.io.IOException;
import java.io.Reader;
import org.jsoup.nodes.Entities;

/**
 * The characters of an export as an XML parser can take them, with the malformations WordPress and the plugins
 * around it are known to write mended on the way: a raw {@code &} (in a URL, a title) becomes {@code &amp;}, an
 * HTML entity ({@code &nbsp;}) its character reference, a {@code ]]>} inside a CDATA section that is not its end
 * (WordPress writes nested CDATA as it is) is split as XML allows, control characters XML 1.0 cannot hold are
 * dropped. It adds and drops no line break, so the parser's line numbers are the file's.
 */
final class LenientXml extends Reader {
    private static final String CDATA_OPEN = "<![CDATA[";
    /** How far past a {@code ]]>} to look for the tag that shows it really ends its section. */
    private static final int LOOKAHEAD = 256;

    private enum State { TEXT, CDATA, COMMENT }

    private final Reader in;
    private final char[] buf = new char[65536];
    private int pos;
    private int end;
    private boolean eof;
    private final StringBuilder out = new StringBuilder(70000);
    private int outPos;
    private State state = State.TEXT;

    LenientXml(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        while (outPos >= out.length()) {
            out.setLength(0);
            outPos = 0;
            if (!mendSome()) {
                return -1;
            }
        }
        int n = Math.min(len, out.length() - outPos);
        out.getChars(outPos, outPos + n, cbuf, off);
        outPos += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Mends what is in the buffer (keeping back what needs more to be judged); false at the end of input. */
    private boolean mendSome() throws IOException {
        fill(LOOKAHEAD * 2);
        if (pos >= end) {
            return false;
        }
        // Stop short of the end so that every look-ahead below sees its whole window, unless the input ends.
        int limit = eof ? end : end - LOOKAHEAD - 16;
        while (pos < limit) {
            // Runs of ordinary characters are copied at once: only these few call for a look.
            int run = pos;
            while (run < limit && ordinary(buf[run])) {
                run++;
            }
            if (run > pos) {
                out.append(buf, pos, run - pos);
                pos = run;
                continue;
            }
            char c = buf[pos];
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                pos++;
                continue;
            }
            switch (state) {
                case TEXT -> text(c);
                case CDATA -> cdata(c);
                case COMMENT -> comment(c);
            }
        }
        return true;
    }

    private boolean ordinary(char c) {
        return c >= 0x20 && c != '&' && c != '<' && c != ']' && c != '-' && c < 0xFFFE || c == '\n' || c == '\t' || c == '\r';
    }

    private void text(char c) {
        if (c == '&') {
            ampersand();
        } else if (c == '<') {
            if (startsWith(CDATA_OPEN)) {
                copy(CDATA_OPEN.length());
                state = State.CDATA;
            } else if (startsWith("<!--")) {
                copy(4);
                state = State.COMMENT;
            } else if (pos + 1 < end && (Character.isWhitespace(buf[pos + 1]) || Character.isDigit(buf[pos + 1]) || buf[pos + 1] == '=')) {
                // "a < b" in a title: no tag starts so.
                out.append("&lt;");
                pos++;
            } else {
                copy(1);
            }
        } else if (c == ']' && startsWith("]]>")) {
            out.append("]]&gt;");
            pos += 3;
        } else {
            copy(1);
        }
    }

    private void cdata(char c) {
        if (c != ']' || !startsWith("]]>")) {
            copy(1);
            return;
        }
        int next = pos + 3;
        while (next < end && next < pos + 3 + LOOKAHEAD && Character.isWhitespace(buf[next])) {
            next++;
        }
        // CASE: a section ends where a tag (or the next section) follows; any other "]]>" is text WordPress wrote
        // inside it unescaped, and is written as XML spells a "]]>" in CDATA.
        if (next >= end || next >= pos + 3 + LOOKAHEAD || buf[next] == '<') {
            copy(3);
            state = State.TEXT;
        } else {
            out.append("]]]]><![CDATA[>");
            pos += 3;
        }
    }

    private void comment(char c) {
        if (c == '-' && startsWith("-->")) {
            copy(3);
            state = State.TEXT;
        } else {
            copy(1);
        }
    }

    /** An entity or character reference kept when XML knows it, an HTML entity made a character reference, else "&amp;". */
    private void ampersand() {
        int semi = -1;
        for (int i = pos + 1; i < end && i < pos + 40; i++) {
            char c = buf[i];
            if (c == ';') {
                semi = i;
                break;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                break;
            }
        }
        if (semi > pos + 1) {
            String name = new String(buf, pos + 1, semi - pos - 1);
            String kept = reference(name);
            if (kept != null) {
                out.append(kept);
                pos = semi + 1;
                return;
            }
        }
        out.append("&amp;");
        pos++;
    }

    private static String reference(String name) {
        switch (name) {
            case "amp", "lt", "gt", "quot", "apos" -> {
                return "&" + name + ";";
            }
            default -> { }
        }
        if (name.startsWith("#")) {
            try {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                // A reference to a character XML cannot hold (&#11;, a lone surrogate) is dropped, as the character would be.
                return allowed(code) ? "&" + name + ";" : "";
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        String chars = Entities.isNamedEntity(name) ? Entities.getByName(name) : "";
        if (chars.isEmpty()) {
            return null;
        }
        StringBuilder refs = new StringBuilder();
        chars.codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
        return refs.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private boolean startsWith(String text) {
        if (pos + text.length() > end) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (buf[pos + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void copy(int n) {
        out.append(buf, pos, n);
        pos += n;
    }

    /** Keeps at least {@code wanted} characters ahead of pos in the buffer, unless the input ends first. */
    private void fill(int wanted) throws IOException {
        if (end - pos >= wanted || eof) {
            return;
        }
        System.arraycopy(buf, pos, buf, 0, end - pos);
        end -= pos;
        pos = 0;
        while (end < buf.length && !eof) {
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
    }
}
