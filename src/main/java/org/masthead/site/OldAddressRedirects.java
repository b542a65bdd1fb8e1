package org.masthead.site;

import java.util.Optional;
import org.masthead.article.Article;
import org.masthead.article.ArticleService;
import org.masthead.common.Moved;
import org.masthead.common.NotFound;
import org.masthead.platform.HttpServer;

/**
 * Where an address that matched nothing leads now (an imported WordPress or Ghost permalink, a list's old address),
 * with its permanent redirect kept in the page cache like the page it leads to: old links are asked as often as the
 * pages (a search engine's index, an old post shared again), and looking one up is a query each time. A redirect
 * to an article is filed under it and under the addresses, so it is forgotten when the article moves or goes, or
 * another article comes out; one to a list notes nothing, and any change readers see forgets it.
 */
public final class OldAddressRedirects implements HttpServer.OldAddresses {
    private final PageCache cache;
    private final ArticleService articles;
    private final FormerAddresses lists;

    public OldAddressRedirects(PageCache cache, ArticleService articles, FormerAddresses lists) {
        this.cache = cache;
        this.articles = articles;
        this.lists = lists;
    }

    @Override
    public Optional<String> locate(String path, String query) {
        String key = query == null ? path : path + "?" + query;
        try {
            return Optional.ofNullable(cache.page(key, "text/plain", "public, max-age=3600", () -> {
                throw new Moved(articles.findByOldAddress(path, query).map(OldAddressRedirects::filed)
                        .or(() -> lists.locate(path)).orElseThrow(() -> new NotFound("nobody's old address: " + path)));
            }).movedTo());
        } catch (NotFound nobodys) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String filed(Article article) {
        PageTags.showsArticle(article.id());
        PageTags.showsList(PageTags.ADDRESSES);
        return article.path();
    }
}
