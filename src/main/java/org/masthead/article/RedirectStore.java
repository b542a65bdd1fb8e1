package org.masthead.article;

import java.time.Clock;
import java.util.Optional;
import org.masthead.platform.Database;

/** Old addresses of articles whose address changed, so links to them keep working. */
final class RedirectStore {
    private final Database db;
    private final Clock clock;

    RedirectStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void remember(String oldPath, long articleId) {
        db.write(h -> {
            // Named so that the redirects kept in the readers' page cache are forgotten, and no other page.
            db.touch("address:" + articleId);
            return h.createUpdate("""
                    INSERT INTO redirects (path, article_id, created_at) VALUES (:path, :article, :now)
                    ON CONFLICT (path) DO UPDATE SET article_id = excluded.article_id""")
                    .bind("path", oldPath).bind("article", articleId).bind("now", clock.instant()).execute();
        });
    }

    Optional<Long> find(String path) {
        return db.read(h -> h.createQuery("SELECT article_id FROM redirects WHERE path = :path").bind("path", path)
                .mapTo(Long.class).findOne());
    }
}
