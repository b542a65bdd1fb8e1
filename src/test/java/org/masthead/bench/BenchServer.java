package org.masthead.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the benchmarks that start a server do alike: a free port, waiting for it, its memory, an Admin API token. */
final class BenchServer {
    private BenchServer() {}

    static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Starts Masthead as an operator does, with {@code bin/masthead} (its heap ceiling, its class-data archive), on
     * this Java, serving {@code dataDir} on 127.0.0.1; its output goes to {@code server.log} there.
     */
    static Process serve(Path dataDir, int port, String heap) throws Exception {
        var builder = new ProcessBuilder("bin/masthead", "serve", "--no-demo", "--data", dataDir.toString(), "--port",
                Integer.toString(port), "--host", "127.0.0.1").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile()));
        builder.environment().put("MASTHEAD_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("MASTHEAD_HEAP", heap);
        return builder.start();
    }

    /** Waits (at most 30 s) until the server answers its home page; returns that page. */
    static String waitForServer(HttpClient client, URI base) throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                return client.send(HttpRequest.newBuilder(base.resolve("/")).build(), HttpResponse.BodyHandlers.ofString()).body();
            } catch (java.io.IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("the server did not answer within 30 s");
    }

    /** The process's resident memory in MB, or -1 when the system does not say. */
    static long rssMb(long pid) throws Exception {
        return statusMb(pid, "VmRSS:");
    }

    /**
     * The process's resident memory, and how much of it is its own (heap, stacks, native: RssAnon) and how much is
     * files mapped into it (the search index, SQLite's first 64 MB: RssFile), pages the system may drop and read again.
     */
    static String memory(long pid) throws Exception {
        return String.format("RSS %,d MB (its own memory %,d MB, files mapped %,d MB)", statusMb(pid, "VmRSS:"),
                statusMb(pid, "RssAnon:"), statusMb(pid, "RssFile:"));
    }

    private static long statusMb(long pid, String field) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /** A short token for Ghost's Admin API, signed with an admin key ({@code id:secret}) as Ghost's client signs it. */
    static String adminToken(String key) throws Exception {
        String[] parts = key.split(":");
        var now = java.time.Instant.now();
        var claims = new com.nimbusds.jwt.JWTClaimsSet.Builder().issueTime(java.util.Date.from(now))
                .expirationTime(java.util.Date.from(now.plusSeconds(240))).audience("/admin/").build();
        var jwt = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.HS256)
                .keyID(parts[0]).build(), claims);
        jwt.sign(new com.nimbusds.jose.crypto.MACSigner(java.util.HexFormat.of().parseHex(parts[1])));
        return jwt.serialize();
    }
}
