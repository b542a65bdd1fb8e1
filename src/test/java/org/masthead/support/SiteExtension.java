package org.masthead.support;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.masthead.boot.Masthead;

/**
 * One running site for all the tests of a class: {@code @RegisterExtension static final SiteExtension site =
 * SiteExtension.of(RunningSite::withReferencePage);}
 */
public final class SiteExtension implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<RunningSite> starter;
    private RunningSite site;

    private SiteExtension(Supplier<RunningSite> starter) {
        this.starter = starter;
    }

    public static SiteExtension of(Supplier<RunningSite> starter) {
        return new SiteExtension(starter);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        site = starter.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        site.close();
    }

    public Http http() {
        return site.http();
    }

    public Masthead magazine() {
        return site.magazine();
    }
}
