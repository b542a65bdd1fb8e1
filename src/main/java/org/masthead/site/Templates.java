package org.masthead.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;

/** Renders the precompiled jte templates (escaping by default) to UTF-8 bytes. */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    Templates() {
        engine.setBinaryStaticContent(true);
    }

    byte[] render(String template, Chrome chrome, Object page) {
        var out = new Utf8ByteOutput();
        engine.render(template, Map.of("chrome", chrome, "page", page), out);
        return out.toByteArray();
    }
}
