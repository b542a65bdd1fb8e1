package org.masthead.platform;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;

/**
 * Renders the precompiled jte templates to UTF-8 bytes. Every template takes a {@code chrome} (the frame
 * of the page) and a {@code page} (its typed view); output is HTML-escaped unless a template says otherwise.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public Templates() {
        engine.setBinaryStaticContent(true);
    }

    public byte[] render(String template, Object chrome, Object page) {
        var out = new Utf8ByteOutput();
        engine.render(template, Map.of("chrome", chrome, "page", page), out);
        return out.toByteArray();
    }
}
