package org.masthead.boot;

import org.masthead.admin.AdminRoutes;
import org.masthead.api.ApiRoutes;
import org.masthead.platform.HttpServer;
import org.masthead.site.SiteRoutes;

/** The error page of each channel: JSON under our API, the newsroom's look under /admin/, the reader's elsewhere. */
record ErrorAnswers(AdminRoutes admin, SiteRoutes site) implements HttpServer.ErrorPages {
    @Override
    public byte[] render(String path, int status, String errorId, String message) {
        if (ApiRoutes.isApiPath(path)) {
            return ApiRoutes.errorBody(status, errorId, message);
        }
        return AdminRoutes.isAdminPath(path) ? admin.errorPage(status, errorId, message) : site.errorPage(status, errorId, message);
    }

    @Override
    public String contentType(String path) {
        return ApiRoutes.isApiPath(path) ? ApiRoutes.errorType() : "text/html; charset=utf-8";
    }
}
