package org.masthead.importer.wordpress;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An export file as {@link WxrParser} reads it: in the encoding its XML declaration names, through a parser that
 * fetches no DTD and expands no entity, with every byte read counted for the progress shown.
 */
final class WxrFile {
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    private static final XMLInputFactory FACTORY = factory();

    private WxrFile() {}

    /** The file's bytes, buffered, each read told to {@code progress} as the count so far. */
    static InputStream open(Path file, LongConsumer progress) throws IOException {
        return new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16), progress);
    }

    /** A namespace-aware reader of the export, forgiving what WordPress writes that XML forbids (see {@link LenientXml}). */
    static XMLStreamReader reader(InputStream in, Charset charset) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new LenientXml(new InputStreamReader(in, charset)));
    }

    /** The encoding the XML declaration names; UTF-8 when it names none or one this Java does not know. */
    static Charset charset(Path file) throws IOException {
        byte[] head = new byte[200];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String declaration = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        int close = declaration.indexOf("?>");
        Matcher m = ENCODING.matcher(close > 0 ? declaration.substring(0, close) : "");
        try {
            return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        // An export needs no DTD, and one could make the parser fetch files or expand entities without end.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** Tells how many bytes of the file have been read. */
    private static final class Counting extends FilterInputStream {
        private final LongConsumer progress;
        private long count;

        Counting(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                progress.accept(count);
            }
            return n;
        }
    }
}
