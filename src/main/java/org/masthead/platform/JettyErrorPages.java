package org.masthead.platform;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a malformed address refused before any route runs) replaced by the
 * magazine's error page, so a reader never meets a bare server page.
 */
final class JettyErrorPages extends ErrorHandler {
    private final HttpServer.ErrorPages pages;

    JettyErrorPages(HttpServer.ErrorPages pages) {
        this.pages = pages;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        int status = code == 405 ? 404 : code;
        response.setStatus(status);
        String path = request.getHttpURI().getPath() == null ? "/" : request.getHttpURI().getPath();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, pages.contentType(path));
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(pages.render(path, status, null, null)), callback);
    }
}
