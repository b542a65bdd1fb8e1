package org.masthead.importer.wordpress;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.masthead.importer.ImportFailed;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportProgress;
import org.masthead.importer.ImportSink;
import org.masthead.importer.ImportSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WordPress export (WXR 1.0 to 1.2), streamed in three passes that each hold one item at a time: the writers,
 * terms and featured images first, then the attachments, then the posts and pages, so that whatever the order of
 * the file, every post finds the writers, topics and pictures it names. A file that stops being well-formed is
 * imported up to that point, and the report says where it stopped and which item was lost.
 */
public final class WxrSource implements ImportSource {
    private static final Logger log = LoggerFactory.getLogger(WxrSource.class);
    private static final Set<String> KNOWN_VERSIONS = Set.of("1.0", "1.1", "1.2");
    /** How much of the progress bar each pass fills: the posts, which are written, take most of the time. */
    private static final double SURVEY = 0.05;
    private static final double MEDIA = 0.20;

    private final Path file;
    private final Path uploads;
    private final WxrChannel.Header header;
    private final long size;

    private WxrSource(Path file, Path uploads, WxrChannel.Header header, long size) {
        this.file = file;
        this.uploads = uploads;
        this.header = header;
        this.size = size;
    }

    /**
     * Checks the file's start (its root is {@code <rss>} holding a {@code <channel>}, and its header is well-formed)
     * without writing anything.
     *
     * @param uploads the old site's {@code wp-content/uploads} folder, or null
     * @throws ImportFailed when the file is not a WordPress export, or cannot be read
     */
    public static WxrSource open(Path file, Path uploads) {
        if (uploads != null && !Files.isDirectory(uploads)) {
            throw new ImportFailed(0, "--uploads " + uploads + " is not a folder; name the old site's wp-content/uploads folder");
        }
        try {
            WxrChannel.Header header = WxrParser.read(file, true, item -> { }, done -> { });
            if (header == null) {
                throw new ImportFailed(0, "this is not a WordPress export: its <channel> is empty");
            }
            return new WxrSource(file, uploads, header, Files.size(file));
        } catch (WxrParser.NotAnExport e) {
            throw new ImportFailed(0, "this is not a WordPress export: " + e.getMessage());
        } catch (WxrParser.Broken e) {
            throw new ImportFailed(e.line, "the file is not well-formed XML before its first author, term or post ("
                    + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ImportFailed(0, "cannot read the file: " + e.getMessage());
        }
    }

    @Override
    public SiteName site() {
        return new SiteName(Texts.plain(Texts.orEmpty(header.title())), Texts.plain(Texts.orEmpty(header.description())));
    }

    @Override
    public String description() {
        String version = KNOWN_VERSIONS.contains(Texts.orEmpty(header.version())) ? " " + header.version() : "";
        String site = header.siteUrl() != null ? " of " + header.siteUrl()
                : !Texts.blank(header.title()) ? " “" + Texts.line(header.title()) + "”" : "";
        return "a WordPress export (WXR" + version + ")" + site;
    }

    /**
     * The site's address without its scheme, so that an export made after a move from http to https still
     * updates what the earlier one made; a site with no address is known by its title, else the file's name.
     */
    @Override
    public String namespace() {
        return namespaceOf(header.siteUrl());
    }

    /**
     * Earlier versions keyed a site by its base site URL. Only a WordPress installed in a directory of its own
     * (site URL {@code example.org/wordpress}, blog at {@code example.org}) had a key of its own that way; every
     * WordPress.com blog and every multisite subsite shared theirs with others, so nothing is taken over for them.
     */
    @Override
    public String formerNamespace() {
        String former = namespaceOf(header.formerSiteUrl());
        String current = namespace();
        return former.startsWith(current + "/") ? former : current;
    }

    private String namespaceOf(String url) {
        if (url != null) {
            try {
                URI uri = URI.create(url.replace(" ", "%20"));
                if (uri.getHost() != null) {
                    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("/+$", "");
                    return "wordpress:" + uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "") + path;
                }
            } catch (IllegalArgumentException notAnAddress) {
                // named by its title below
            }
        }
        return !Texts.blank(header.title()) ? "wordpress:site:" + Texts.line(header.title())
                : "wordpress:file:" + file.getFileName();
    }

    @Override
    public void readInto(ImportSink sink, ImportProgress progress) {
        noteVersion(sink);
        WxrSurvey survey = new WxrSurvey();
        // The survey needs no post's text: the parser skips it there.
        Stop stop = pass(survey, false, progress, 0, SURVEY);
        if (stop instanceof Stop.Unreadable unreadable) {
            sink.failed(ImportOutcome.Item.OTHER, "the file", "it could not be read: " + unreadable.problem());
            return;
        }
        survey.send(sink);
        WxrMedia media = new WxrMedia(uploads, survey.thumbnails(), sink);
        if (survey.attachments() > 0) {
            pass(item -> {
                if (item.type().equals("attachment") && survey.laterItemWithId(item).isEmpty()) {
                    guarded(sink, item, () -> media.add(item));
                }
            }, true, progress, SURVEY, MEDIA);
        }
        media.finish();
        WxrPosts posts = new WxrPosts(header, survey, media, sink);
        pass(item -> guarded(sink, item, () -> posts.add(item)), true, progress, MEDIA, 1.0);
        if (stop instanceof Stop.Broken broken) {
            reportBroken(sink, broken.cause());
        }
        progress.advanced(size, size);
    }

    /** How a pass ended: at the end of the file, where it stops being well-formed, or unread. */
    private sealed interface Stop {
        record Complete() implements Stop {}

        record Broken(WxrParser.Broken cause) implements Stop {}

        record Unreadable(String problem) implements Stop {}
    }

    private Stop pass(WxrParser.Visitor visitor, boolean bodies, ImportProgress progress, double from, double to) {
        long[] last = {0};
        try {
            WxrParser.read(file, false, bodies, visitor, done -> {
                // The bar moves at most every 64 KB read: a redraw per buffer would cost more than the reading.
                if (done - last[0] >= 65536) {
                    last[0] = done;
                    progress.advanced((long) (size * (from + (to - from) * Math.min(1.0, (double) done / Math.max(1, size)))), size);
                }
            });
            return new Stop.Complete();
        } catch (WxrParser.Broken e) {
            return new Stop.Broken(e);
        } catch (WxrParser.NotAnExport e) {
            return new Stop.Unreadable(e.getMessage());
        } catch (IOException e) {
            return new Stop.Unreadable(e.getMessage());
        }
    }

    /** One item that cannot be made sense of fails alone: the others are read on. */
    private static void guarded(ImportSink sink, WxrItem item, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.warn("Reading {} of a WordPress export failed", item.label(), e);
            sink.failed(ImportOutcome.Item.OTHER, item.label(), "it could not be read (" + e.getMessage() + ")");
        }
    }

    private static void reportBroken(ImportSink sink, WxrParser.Broken broken) {
        String where = "the file stops being well-formed XML at line " + broken.line + " (" + broken.getMessage() + ")";
        if (broken.item != null) {
            // CASE: an export cut off mid-item (a download that stopped): the item is named as truncated, never half kept.
            sink.failed(ImportOutcome.Item.OTHER, broken.item, "truncated: " + where + "; it was not imported, nor anything after it");
        } else {
            sink.failed(ImportOutcome.Item.OTHER, "the file from line " + broken.line, where
                    + "; everything before it was imported, nothing after it was read");
        }
    }

    private void noteVersion(ImportSink sink) {
        String version = Texts.orEmpty(header.version());
        if (version.isEmpty()) {
            sink.note("The export names no WXR version (wp:wxr_version); it was read as WXR 1.2.");
        } else if (!KNOWN_VERSIONS.contains(version)) {
            sink.note("The export names WXR version “" + Texts.line(version) + "”, which Masthead does not know (it reads 1.0 to 1.2); "
                    + "it was read as WXR 1.2: check what came in.");
        }
    }
}
