package org.masthead.site;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compressed forms of a kept page, made once when it is kept: gzip, which every client takes, and brotli (a
 * sixth smaller for a page), which browsers prefer, where its native library loads (Linux, macOS and Windows on the
 * common processors); and which of them a request's {@code Accept-Encoding} asks for.
 */
final class Encodings {
    private static final Logger LOG = LoggerFactory.getLogger(Encodings.class);
    /**
     * Brotli's quality 7 of 11: within a few per cent of its best on a page, at a few hundred microseconds for a
     * 30 KB article; the higher qualities take tens of milliseconds, and a page is made again after each change.
     */
    private static final Encoder.Parameters BROTLI_QUALITY = new Encoder.Parameters().setQuality(7);
    private static final boolean BROTLI = loadBrotli();

    /** A coding named in {@code Accept-Encoding}. */
    enum Coding {
        BROTLI("br"), GZIP("gzip");

        final String token;

        Coding(String token) {
            this.token = token;
        }
    }

    private Encodings() {}

    /** Whether brotli is made on this machine. */
    static boolean brotliAvailable() {
        return BROTLI;
    }

    static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (var gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The body in brotli, or null where the library did not load. */
    static byte[] brotli(byte[] body) {
        if (!BROTLI) {
            return null;
        }
        try {
            return Encoder.compress(body, BROTLI_QUALITY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The coding to answer with, of those the page has ({@code brotli}, {@code gzip}: whether it has each), or null
     * for the plain bytes: the one the client weighs highest (RFC 9110, 12.5.3), brotli when it weighs both alike.
     * A coding weighed {@code q=0} is refused; {@code *} stands for every coding not named.
     */
    static Coding chosen(String acceptEncoding, boolean brotli, boolean gzip) {
        if (acceptEncoding == null || (!brotli && !gzip)) {
            return null;
        }
        double br = -1;
        double gz = -1;
        double any = -1;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.strip().split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            double weight = weight(pieces);
            switch (coding) {
                case "br" -> br = Math.max(br, weight);
                case "gzip", "x-gzip" -> gz = Math.max(gz, weight);
                case "*" -> any = Math.max(any, weight);
                default -> { }
            }
        }
        br = brotli ? (br < 0 ? any : br) : -1;
        gz = gzip ? (gz < 0 ? any : gz) : -1;
        if (br <= 0 && gz <= 0) {
            return null;
        }
        return br >= gz ? Coding.BROTLI : Coding.GZIP;
    }

    /** A coding's {@code q}, 1 when it has none, 0 when it cannot be read (a client that garbles it gets plain bytes). */
    private static double weight(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip().replace(" ", "").toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static boolean loadBrotli() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable unavailable) {
            // CASE: a processor or system brotli4j has no native library for: pages go out gzipped, as before.
            LOG.info("brotli unavailable on this machine ({}); pages are compressed with gzip only", unavailable.toString());
            return false;
        }
    }
}
