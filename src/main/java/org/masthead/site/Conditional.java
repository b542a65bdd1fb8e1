package org.masthead.site;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * Strong, quoted ETags (RFC 9110) and the 304 answer to a request that already holds the current version; for
 * answers that know when their content last changed, Last-Modified and If-Modified-Since too. Public for the other
 * channels that answer readers' programs (our API).
 */
public final class Conditional {
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    // The two older forms a server must still read (RFC 9110, 5.6.7): RFC 850's and C's asctime().
    private static final DateTimeFormatter RFC_850 =
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Conditional() {}

    /**
     * Sends the body with its ETag and Last-Modified, or 304 when the request holds this version: by its tag,
     * or (when it names no tag, since a tag says more than a date) by a date not before the last change. The
     * last change is the later of what the data says and when this version of the body was first served.
     */
    public static void send(Context ctx, String contentType, byte[] body, Instant lastChange, FirstServed served) {
        String etag = tag(body);
        Instant lastModified = lastModified(ctx, body, lastChange, served);
        ctx.header("Last-Modified", HTTP_DATE.format(lastModified));
        if (ctx.header("If-None-Match") == null && unchangedSince(ctx.header("If-Modified-Since"), lastModified, served.now())) {
            ctx.header("ETag", etag);
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        send(ctx, contentType, body);
    }

    /** The later of the content's last change and when this version of the body was first served at this address. */
    static Instant lastModified(Context ctx, byte[] body, Instant lastChange, FirstServed served) {
        // The query is part of the address: our API's ?page=2 is another answer than its first page.
        Instant firstServed = served.since(ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString(), tag(body));
        return firstServed.isAfter(lastChange) ? firstServed : lastChange;
    }

    static boolean unchangedSince(String since, Instant lastModified, Instant now) {
        if (since == null) {
            return false;
        }
        try {
            Instant held = httpDate(since.strip());
            // A date still to come is no date the client can hold a version from.
            return !held.isAfter(now) && !lastModified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).isAfter(held);
        } catch (DateTimeException e) {
            // CASE: a date we cannot read is ignored, as RFC 9110 asks: the whole answer goes out.
            return false;
        }
    }

    private static Instant httpDate(String text) {
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeException notTheUsualForm) {
            try {
                return ZonedDateTime.parse(text, RFC_850).toInstant();
            } catch (DateTimeException notRfc850) {
                return ZonedDateTime.parse(text, ASCTIME).toInstant();
            }
        }
    }

    static String tag(byte[] body) {
        var crc = new CRC32C();
        crc.update(body);
        return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
    }

    /** Sends the body, or 304 when the request's If-None-Match names this body's tag. */
    public static void send(Context ctx, String contentType, byte[] body) {
        String etag = tag(body);
        if (!notModified(ctx, etag)) {
            ctx.contentType(contentType).result(body);
        }
    }

    /** Whether an If-None-Match header names this tag (or any, with {@code *}). */
    static boolean names(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** Sets the tag; answers 304 and returns true when the request already holds that version. */
    static boolean notModified(Context ctx, String etag) {
        ctx.header("ETag", etag);
        String wanted = ctx.header("If-None-Match");
        if (wanted == null) {
            return false;
        }
        for (String tag : wanted.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                ctx.status(HttpStatus.NOT_MODIFIED);
                return true;
            }
        }
        return false;
    }
}
