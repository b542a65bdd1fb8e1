package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/masthead}, run as an operator would from a new shell (no JAVA_HOME, a bare PATH), in a copy of the
 * distribution's layout whose masthead.jar is a probe that reports how it was started.
 */
class LauncherTest {
    @TempDir
    Path home;

    @BeforeEach
    void distribution() throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Path launcher = Files.copy(Path.of("bin/masthead"), home.resolve("bin/masthead"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(home.resolve("masthead.jar"));
                var jar = new JarOutputStream(file, manifest);
                var probe = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            jar.putNextEntry(new JarEntry(entry));
            probe.transferTo(jar);
            jar.closeEntry();
        }
    }

    private record Run(int exit, String out, String err) {}

    private Run run(Map<String, String> env, String... args) throws Exception {
        var command = new java.util.ArrayList<String>(List.of(home.resolve("bin/masthead").toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(Files.createTempDirectory("elsewhere").toFile());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out, err);
    }

    @Test
    void it_finds_a_java_new_enough_without_java_home_and_passes_the_arguments_on_with_a_heap_ceiling() throws Exception {
        Run run = run(Map.of("MASTHEAD_JVM_DIRS", "/usr/lib/jvm"), "serve", "--data", "a folder with spaces");

        assertThat(run.exit()).as(run.err()).isZero();
        int java = Integer.parseInt(run.out().lines().filter(l -> l.startsWith("java=")).findFirst().orElseThrow().substring(5));
        assertThat(java).isGreaterThanOrEqualTo(21);
        long heap = Long.parseLong(run.out().lines().filter(l -> l.startsWith("heap=")).findFirst().orElseThrow().substring(5));
        assertThat(heap).isBetween(200L, 256L);
        assertThat(run.out()).contains("args=serve|--data|a folder with spaces");
    }

    @Test
    void the_heap_ceiling_is_a_setting() throws Exception {
        Run run = run(Map.of("MASTHEAD_JVM_DIRS", "/usr/lib/jvm", "MASTHEAD_HEAP", "400m"));

        long heap = Long.parseLong(run.out().lines().filter(l -> l.startsWith("heap=")).findFirst().orElseThrow().substring(5));
        assertThat(heap).isBetween(330L, 400L);
    }

    @Test
    void with_only_an_older_java_it_says_which_it_needs_and_which_it_found() throws Exception {
        Path oldJava = Files.createDirectories(home.resolve("old/bin")).resolve("java");
        Files.writeString(oldJava, "#!/bin/sh\necho '    java.specification.version = 17' >&2\n");
        Files.setPosixFilePermissions(oldJava, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run run = run(Map.of("MASTHEAD_JVM_DIRS", home.resolve("none").toString(), "PATH", oldJava.getParent() + ":/usr/bin:/bin"),
                "serve");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("needs Java 21 or newer").contains(oldJava + ": 17").contains("JAVA_HOME");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void without_a_built_jar_it_says_how_to_build_one() throws Exception {
        Files.delete(home.resolve("masthead.jar"));

        Run run = run(Map.of());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no masthead.jar").contains("./mvnw");
    }
}
