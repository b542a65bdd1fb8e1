package org.masthead.platform;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders the jte templates to UTF-8 bytes: precompiled, except those a magazine's theme replaces (and those
 * that call them), which {@link ThemeTemplates} compiles at start-up. Every template takes a {@code chrome}
 * (the frame of the page) and a {@code page} (its typed view); output is HTML-escaped unless a template says
 * otherwise.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final ThemeTemplates theme;

    /** The built-in templates only. */
    public Templates() {
        this(null);
    }

    private Templates(ThemeTemplates theme) {
        engine.setBinaryStaticContent(true);
        this.theme = theme;
    }

    /** The built-in templates, with those in {@code dir} (the data directory's theme/templates) in their place. */
    public static Templates withTheme(Path dir) {
        return new Templates(ThemeTemplates.load(dir));
    }

    public byte[] render(String template, Object chrome, Object page) {
        var out = new Utf8ByteOutput();
        boolean themed = theme != null && theme.renders(template);
        (themed ? theme.engine() : engine).render(template, Map.of("chrome", chrome, "page", page), out);
        return out.toByteArray();
    }

    /** The built-in template, whatever the theme: for when the theme's own fails on an error page. */
    public byte[] renderBuiltIn(String template, Object chrome, Object page) {
        var out = new Utf8ByteOutput();
        engine.render(template, Map.of("chrome", chrome, "page", page), out);
        return out.toByteArray();
    }
}
