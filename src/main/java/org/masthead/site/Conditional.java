package org.masthead.site;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.zip.CRC32C;

/** Strong, quoted ETags (RFC 9110) and the 304 answer to a request that already holds the current version. */
final class Conditional {
    private Conditional() {}

    /** Sends the body, or 304 when the request's If-None-Match names this body's tag. */
    static void send(Context ctx, String contentType, byte[] body) {
        var crc = new CRC32C();
        crc.update(body);
        String etag = "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
        if (!notModified(ctx, etag)) {
            ctx.contentType(contentType).result(body);
        }
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
