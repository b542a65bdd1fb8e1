package org.masthead.platform;

import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A magazine's own templates, from {@code DATA/theme/templates}: each replaces the built-in template of the
 * same name. They are compiled once, at start-up, by jte's full engine with the JDK's compiler, together
 * with every built-in template that calls one of them (directly or through another); all other templates
 * stay precompiled. A template that does not compile stops the server with its file and line, so an
 * operator sees the mistake at once rather than a site that silently looks wrong. Changes are read at the
 * next start.
 */
final class ThemeTemplates {
    private static final Logger log = LoggerFactory.getLogger(ThemeTemplates.class);
    private static final String SOURCES = "jte-sources";
    private static final Pattern CALL = Pattern.compile("@template\\.([A-Za-z0-9_.-]+)\\s*\\(");

    private final TemplateEngine engine;
    private final Set<String> themed;

    private ThemeTemplates(TemplateEngine engine, Set<String> themed) {
        this.engine = engine;
        this.themed = Set.copyOf(themed);
    }

    /** The theme's templates in {@code dir}, compiled; null when the directory holds none. */
    static ThemeTemplates load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        var overrides = new TreeMap<String, String>();
        var files = new DirectoryCodeResolver(dir);
        for (String name : files.resolveAllTemplateNames()) {
            if (name.startsWith("admin/")) {
                throw new StartupFailure("The theme's template " + dir.resolve(name) + " would replace one of the newsroom's"
                        + " templates, which a theme cannot change; remove it.", null);
            }
            overrides.put(name, files.resolve(name));
        }
        if (overrides.isEmpty()) {
            return null;
        }
        if (ToolProvider.getSystemJavaCompiler() == null) {
            throw new StartupFailure("The theme's templates in " + dir + " are compiled when the server starts, which needs a"
                    + " Java compiler: run Masthead with a JDK rather than a JRE, or remove the templates to use the built-in"
                    + " ones.", null);
        }
        Map<String, String> sources = builtInSources();
        overrides.keySet().stream().filter(name -> !sources.containsKey(name)).forEach(name ->
                log.info("Theme: {} is not a built-in template; it is used only where a theme template calls it", name));
        sources.putAll(overrides);
        Set<String> themed = callersOf(overrides.keySet(), sources);
        TemplateEngine engine = TemplateEngine.create(new Snapshot(sources), compiledDir(), ContentType.Html,
                ThemeTemplates.class.getClassLoader());
        engine.setClassPath(List.of(location(ThemeTemplates.class), location(TemplateEngine.class)));
        for (String name : themed) {
            try {
                engine.prepareForRendering(name);
            } catch (TemplateException | IllegalStateException e) {
                // The compiler's own lines name the Java file generated in a temporary directory: only the template's line helps.
                String reason = e.getMessage().strip().replaceAll("\\S+\\.java:\\d+: ", "");
                throw new StartupFailure("The theme's templates in " + dir + " cannot be used: " + reason
                        + "\nFix the template, or remove it to use the built-in one.", e);
            }
        }
        log.info("Theme: {} from {} (and {} built-in templates that use them) compiled", overrides.keySet(), dir,
                themed.size() - overrides.size());
        return new ThemeTemplates(engine, themed);
    }

    /** Whether this template is rendered from the theme: it is one, or it calls one. */
    boolean renders(String template) {
        return themed.contains(template);
    }

    TemplateEngine engine() {
        return engine;
    }

    /** The templates that are, or call (through any number of others), one of the overridden templates. */
    static Set<String> callersOf(Set<String> overridden, Map<String, String> sources) {
        Set<String> found = new HashSet<>(overridden);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var entry : sources.entrySet()) {
                if (!found.contains(entry.getKey()) && calls(entry.getValue()).stream().anyMatch(found::contains)) {
                    found.add(entry.getKey());
                    grew = true;
                }
            }
        }
        return found;
    }

    /** The templates a source calls, by file name: {@code @template.partial.share(} is {@code partial/share.jte}. */
    static List<String> calls(String source) {
        List<String> names = new ArrayList<>();
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            names.add(call.group(1).replace('.', '/') + ".jte");
        }
        return names;
    }

    /** Every built-in template's source, shipped inside the jar (or the classes directory) under jte-sources/. */
    private static Map<String, String> builtInSources() {
        try {
            URI root = ThemeTemplates.class.getResource("/" + SOURCES + "/layout.jte").toURI();
            if (root.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(root, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier start in this process (the tests start many servers)
                }
            }
            Path dir = Path.of(root).getParent();
            var sources = new TreeMap<String, String>();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                    sources.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in templates", e);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("the built-in templates' sources are missing from the build", e);
        }
    }

    private static Path compiledDir() {
        try {
            Path dir = Files.createTempDirectory("masthead-theme-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new StartupFailure("cannot make a temporary directory to compile the theme's templates in: " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory; the system clears it in time
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The sources as they were at start-up: the theme's over the built-in ones. Their time never changes, so
     * the engine never recompiles while the server runs (an edit half saved cannot break a reader's page).
     */
    private record Snapshot(Map<String, String> sources) implements CodeResolver {
        Snapshot {
            sources = Map.copyOf(sources);
        }

        @Override
        public String resolve(String name) {
            return sources.get(name);
        }

        @Override
        public long getLastModified(String name) {
            return 0;
        }

        @Override
        public boolean exists(String name) {
            return sources.containsKey(name);
        }

        @Override
        public List<String> resolveAllTemplateNames() {
            return List.copyOf(sources.keySet());
        }
    }
}
