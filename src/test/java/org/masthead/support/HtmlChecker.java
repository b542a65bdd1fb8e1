package org.masthead.support;

import com.thaiopensource.relaxng.impl.CombineValidator;
import com.thaiopensource.util.PropertyMap;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.xml.sax.Jaxp11XMLReaderCreator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.checker.Checker;
import nu.validator.checker.ConformingButObsoleteWarner;
import nu.validator.checker.MicrodataChecker;
import nu.validator.checker.NormalizationChecker;
import nu.validator.checker.TextContentChecker;
import nu.validator.checker.UncheckedSubtreeWarner;
import nu.validator.checker.UnsupportedFeatureChecker;
import nu.validator.checker.UsemapChecker;
import nu.validator.checker.XmlPiChecker;
import nu.validator.checker.jing.CheckerSchema;
import nu.validator.checker.jing.CheckerValidator;
import nu.validator.checker.table.TableChecker;
import nu.validator.htmlparser.common.Heuristics;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import nu.validator.localentities.LocalCacheEntityResolver;
import nu.validator.xml.NullEntityResolver;
import nu.validator.xml.TypedInputSource;
import nu.validator.xml.customelements.NamespaceChangingSchemaWrapper;
import nu.validator.xml.dataattributes.DataAttributeDroppingSchemaWrapper;
import nu.validator.xml.langattributes.XmlLangAttributeDroppingSchemaWrapper;
import nu.validator.xml.roleattributes.RoleAttributeFilteringSchemaWrapper;
import nu.validator.xml.templateelement.TemplateElementDroppingSchemaWrapper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the W3C's validator) run in-process, offline: a page's errors with their line, column
 * and message; warnings are left out. It is the checker's own text/html pipeline (its parser, the
 * html5-all schema read from the copy inside its jar, its assertions and the checkers the web service runs)
 * but for language detection: that checker only ever warns, and it reads its language profiles with Jetty 9's
 * JSON parser, which this project keeps off its classpath. So {@code SimpleDocumentValidator}, which always
 * builds it, is not used. Not thread-safe: one per test class.
 */
public final class HtmlChecker {
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static final String USERNAME_ON_EMAIL = "Bad value “username” for attribute “autocomplete” on element “input”: "
            + "The autofill field name “username” is not allowed in this context.";

    /** An error the checker found: where (1-based line and column, -1 when it cannot say) and what. */
    public record Problem(int line, int column, String message) {}

    private final List<Problem> found = new ArrayList<>();
    private String[] lines = {};
    private final Validator validator;
    private final HtmlParser parser;

    public HtmlChecker() {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                if (!allowedSinceThisChecker(e)) {
                    found.add(new Problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
                }
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            var entities = new LocalCacheEntityResolver(new NullEntityResolver());
            entities.setAllowRnc(true);
            PropertyMapBuilder properties = new PropertyMapBuilder();
            properties.put(ValidateProperty.ERROR_HANDLER, collect);
            properties.put(ValidateProperty.ENTITY_RESOLVER, entities);
            properties.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
            RngProperty.CHECK_ID_IDREF.add(properties);
            PropertyMap jing = properties.toPropertyMap();
            // As the checker does for html5-all: RDFa attributes are allowed in full.
            System.setProperty("nu.validator.schema.rdfa-full", "1");
            this.validator = validator(html5Schema(entities, jing), jing);
            this.parser = parser(validator, collect);
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("the Nu HTML Checker could not be set up: " + e.getMessage(), e);
        }
    }

    /**
     * Properties of CSS that came after this checker's CSS grammar (2020), which any stylesheet in a page is checked
     * against: each is in a CSS module browsers ship (Color Adjustment, Text Level 4, Text Decoration Level 4,
     * Containment Level 2).
     */
    private static final java.util.regex.Pattern NEWER_CSS = java.util.regex.Pattern.compile(
            "CSS: “(color-scheme|text-wrap|text-decoration-thickness|text-underline-offset|content-visibility|contain-intrinsic-block-size)”: Property “\\1” doesn't exist\\.");

    /**
     * {@code fetchpriority} on an image, in the HTML standard since 2023: the lead picture of a page is
     * fetched before the other pictures.
     */
    private static final String FETCH_PRIORITY = "Attribute “fetchpriority” not allowed on element “img” at this point.";

    /**
     * This checker (20.7.2) is from July 2020. In September 2020 the HTML standard allowed {@code autocomplete="username"}
     * on {@code <input type="email">} (whatwg/html#5881, after validator/validator#983), as sign-in forms whose
     * user name is an email address need for password managers. That one message, on an email input, is not
     * an error any more.
     */
    private boolean allowedSinceThisChecker(SAXParseException e) {
        if (NEWER_CSS.matcher(e.getMessage()).matches() || FETCH_PRIORITY.equals(e.getMessage())) {
            return true;
        }
        if (!USERNAME_ON_EMAIL.equals(e.getMessage()) || e.getLineNumber() < 1 || e.getLineNumber() > lines.length) {
            return false;
        }
        String line = lines[e.getLineNumber() - 1];
        String upToTagEnd = line.substring(0, Math.min(line.length(), e.getColumnNumber()));
        int start = upToTagEnd.lastIndexOf("<input");
        return start >= 0 && upToTagEnd.substring(start).contains(" type=\"email\"");
    }

    /** The errors in a text/html document (the parser's and the schema's), in the order found. */
    public List<Problem> errors(String html) {
        found.clear();
        lines = html.split("\n", -1);
        validator.reset();
        InputSource input = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        input.setEncoding("UTF-8");
        try {
            parser.parse(input);
        } catch (SAXParseException fatal) {
            // Already reported to the handler; the document could not be read further.
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("the Nu HTML Checker failed: " + e.getMessage(), e);
        }
        return List.copyOf(found);
    }

    /** The errors as a list to read: position, message, and the source around the position. */
    public static String report(String html, List<Problem> problems) {
        String[] lines = html.split("\n", -1);
        var out = new StringBuilder();
        for (Problem problem : problems) {
            out.append("\n  line ").append(problem.line()).append(", column ").append(problem.column()).append(": ")
                    .append(problem.message());
            if (problem.line() >= 1 && problem.line() <= lines.length) {
                out.append("\n      ").append(around(lines[problem.line() - 1], problem.column()));
            }
        }
        return out.toString();
    }

    private static String around(String line, int column) {
        int at = Math.max(0, Math.min(line.length(), column - 1));
        int from = Math.max(0, at - 80);
        int to = Math.min(line.length(), at + 40);
        return (from > 0 ? "…" : "") + line.substring(from, to).strip() + (to < line.length() ? "…" : "");
    }

    private static Schema html5Schema(LocalCacheEntityResolver entities, PropertyMap jing) throws IOException, SAXException {
        var source = (TypedInputSource) entities.resolveEntity(null, SCHEMA);
        Schema schema;
        try {
            schema = CompactSchemaReader.getInstance().createSchema(source, jing);
        } catch (com.thaiopensource.validate.IncorrectSchemaException e) {
            throw new IllegalStateException("the checker's own schema did not load", e);
        }
        // The wrappers the checker puts around its HTML schema: data-*, xml:lang, role, template and custom elements.
        schema = new DataAttributeDroppingSchemaWrapper(schema);
        schema = new XmlLangAttributeDroppingSchemaWrapper(schema);
        schema = new RoleAttributeFilteringSchemaWrapper(schema);
        schema = new TemplateElementDroppingSchemaWrapper(schema);
        return new NamespaceChangingSchemaWrapper(schema);
    }

    private static Validator validator(Schema html5, PropertyMap jing) {
        Validator validator = new CombineValidator(html5.createValidator(jing), CheckerSchema.ASSERTION_SCH.createValidator(jing));
        for (Checker checker : List.of(new TableChecker(), new ConformingButObsoleteWarner(), new MicrodataChecker(),
                new NormalizationChecker(), new TextContentChecker(), new UncheckedSubtreeWarner(),
                new UnsupportedFeatureChecker(), new UsemapChecker(), new XmlPiChecker())) {
            validator = new CombineValidator(validator, new CheckerValidator(checker, jing));
        }
        return validator;
    }

    private static HtmlParser parser(Validator validator, ErrorHandler errors) throws SAXException {
        HtmlParser parser = new HtmlParser();
        parser.setCommentPolicy(XmlViolationPolicy.ALLOW);
        parser.setContentNonXmlCharPolicy(XmlViolationPolicy.ALLOW);
        parser.setContentSpacePolicy(XmlViolationPolicy.ALTER_INFOSET);
        parser.setNamePolicy(XmlViolationPolicy.ALLOW);
        parser.setXmlnsPolicy(XmlViolationPolicy.ALTER_INFOSET);
        parser.setMappingLangToXmlLang(true);
        parser.setHeuristics(Heuristics.ALL);
        parser.setContentHandler(validator.getContentHandler());
        parser.setErrorHandler(errors);
        parser.setFeature("http://xml.org/sax/features/unicode-normalization-checking", true);
        return parser;
    }
}
