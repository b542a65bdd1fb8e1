package org.masthead.importer.ghost;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.masthead.importer.ImportFailed;
import org.masthead.importer.ImportProgress;
import org.masthead.importer.ImportSink;
import org.masthead.importer.ImportSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * A Ghost export (JSON, from Ghost 0.x to 5.x) as a source of authors, topics, pictures and posts. Opening it reads
 * the file through once (everything but the posts, see {@link GhostIndex}), so a file that is not an export is
 * refused before anything is written; importing streams the posts one at a time, however large the file.
 */
public final class GhostSource implements ImportSource {
    private final Path file;
    private final long size;
    private final GhostIndex index;
    private final GhostMedia media;

    private GhostSource(Path file, GhostIndex index, GhostMedia media) {
        this.file = file;
        this.index = index;
        this.media = media;
        this.size = sizeOf(file);
    }

    /**
     * Checks and indexes an export.
     *
     * @param imagesDir Ghost's {@code content/images} folder, whose pictures are copied in; may be null
     * @param siteUrl   the Ghost site's address, to make its relative picture addresses absolute; may be null
     * @throws ImportFailed when the file is not JSON, holds no Ghost export, or an option is not usable
     */
    public static GhostSource open(Path file, Path imagesDir, String siteUrl) {
        if (imagesDir != null && !Files.isDirectory(imagesDir)) {
            throw new ImportFailed(0, "--uploads names " + imagesDir + ", which is not a folder; give Ghost's content/images folder");
        }
        return new GhostSource(file, GhostIndex.read(file), new GhostMedia(imagesDir, siteAddress(siteUrl)));
    }

    private static URI siteAddress(String siteUrl) {
        if (siteUrl == null || siteUrl.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(siteUrl.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawQuery() == null) {
                return uri;
            }
        } catch (URISyntaxException bad) {
            // said below
        }
        throw new ImportFailed(0, "--site-url needs the Ghost site's address, such as https://example.org, not “" + siteUrl + "”");
    }

    @Override
    public boolean postKeysAreApiIds() {
        return true;
    }

    @Override
    public SiteName site() {
        return new SiteName(index.settings.get("title"), index.settings.get("description"));
    }

    @Override
    public String description() {
        String title = index.settings.get("title");
        String version = index.version == null ? "" : index.version.matches("\\d+\\.\\d+.*") ? " (Ghost " + index.version + ")"
                : " (export format " + index.version + ")";
        return "a Ghost export (JSON)" + (title == null ? "" : " of “" + title + "”") + version;
    }

    /**
     * The site the export is of, so that a newer export of it updates what an older one made: Ghost's db_hash
     * (made once when the site is installed, and kept by every export since 0.x); else the site's address, which
     * some exports and the API's answers carry; else the owner's email (a site changes owner far less often than
     * anything else in it); else the first user's, and for an export with none of these, one namespace for all.
     */
    @Override
    public String namespace() {
        String hash = index.settings.get("db_hash");
        if (hash != null) {
            return "ghost:" + hash.toLowerCase(Locale.ROOT);
        }
        String url = index.settings.getOrDefault("url", index.settings.get("site_url"));
        if (url != null && url.matches("(?i)https?://\\S+")) {
            return "ghost:" + url.toLowerCase(Locale.ROOT).replaceFirst("/+$", "");
        }
        String email = GhostPeople.ownerEmail(index);
        return "ghost:" + (email != null ? email : "unidentified-site");
    }

    @Override
    public void readInto(ImportSink sink, ImportProgress progress) {
        index.counted.forEach(sink::counted);
        GhostPeople people = new GhostPeople(media);
        people.send(index, sink);
        GhostTags tags = new GhostTags();
        tags.send(index, sink);
        if (index.postsPath == null) {
            return;
        }
        GhostPosts posts = new GhostPosts(people, tags, new GhostRelations(index), media, new GhostAddresses(index, people, tags));
        try (InputStream in = Files.newInputStream(file); JsonParser p = GhostJson.MAPPER.createParser(in)) {
            seek(p, index.postsPath);
            int position = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                JsonNode post = GhostJson.MAPPER.readTree(p);
                posts.send(post, ++position, sink);
                progress.advanced(p.currentLocation().getByteOffset(), size);
            }
        } catch (JacksonException e) {
            // The first pass read this file whole; it changed on disk since.
            throw new ImportFailed(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "the file changed while it was imported (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new ImportFailed(0, "cannot read the file: " + e.getMessage());
        }
        progress.advanced(size, size);
    }

    /** Moves the parser to the start of the posts array, by the steps the first pass recorded. */
    private static void seek(JsonParser p, List<Object> path) {
        p.nextToken();
        for (Object step : path) {
            if (step instanceof String name) {
                while (true) {
                    if (p.nextToken() != JsonToken.PROPERTY_NAME) {
                        throw new ImportFailed(0, "the file changed while it was imported");
                    }
                    boolean found = p.currentName().equals(name);
                    p.nextToken();
                    if (found) {
                        break;
                    }
                    p.skipChildren();
                }
            } else {
                for (int i = 0; i < (Integer) step; i++) {
                    p.nextToken();
                    p.skipChildren();
                }
                p.nextToken();
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportFailed(0, "cannot read the file: " + e.getMessage());
        }
    }
}
