package org.masthead.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.platform.Database;

/** Images and their attribution; picture files live in the data directory's {@code media} folder. */
public final class MediaService {
    /** The address under which media files are served. */
    public static final String PUBLIC_PATH = "/media/";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");
    private static final Pattern SITE_PATH = Pattern.compile("/(?!/)[A-Za-z0-9._~%/-]*");

    private final ImageStore images;
    private final Path mediaDir;

    public MediaService(Database db, Path mediaDir) {
        this.images = new SqlImageStore(db);
        this.mediaDir = mediaDir;
    }

    public Path mediaDir() {
        return mediaDir;
    }

    /** Adds an image after checking that its picture and credit addresses are safe to link. */
    public long add(NewImage image) {
        return images.insert(checked(image));
    }

    public void update(long id, NewImage image) {
        find(id);
        images.update(id, checked(image));
    }

    public Image find(long id) {
        return images.find(id).orElseThrow(() -> new NotFound("no image " + id));
    }

    public Optional<Image> findOptional(Long id) {
        return id == null ? Optional.empty() : images.find(id);
    }

    /** Stores a picture file under a new name made from the suggested one; returns that name. */
    public String storeFile(String suggestedName, byte[] content) {
        String safe = suggestedName.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (!FILE_NAME.matcher(safe).matches()) {
            throw new Invalid("a picture file needs a name of letters, digits, dots and hyphens");
        }
        try {
            Files.createDirectories(mediaDir);
            Path target = mediaDir.resolve(safe);
            int dot = safe.lastIndexOf('.');
            for (int n = 2; Files.exists(target); n++) {
                target = mediaDir.resolve(dot > 0 ? safe.substring(0, dot) + "-" + n + safe.substring(dot) : safe + "-" + n);
            }
            Files.write(target, content);
            return target.getFileName().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a media file in " + mediaDir, e);
        }
    }

    private NewImage checked(NewImage image) {
        if (image.licence() == null) {
            throw new Invalid("an image needs a licence");
        }
        if (image.fileName() != null && !FILE_NAME.matcher(image.fileName()).matches()) {
            throw new Invalid("not a media file name: " + image.fileName());
        }
        checkWebAddress("picture address", image.sourceUrl());
        // A credit may also link within the magazine, to a staff photographer's own page.
        if (image.creditUrl() == null || !SITE_PATH.matcher(image.creditUrl()).matches()) {
            checkWebAddress("credit link", image.creditUrl());
        }
        return image;
    }

    private static void checkWebAddress(String what, String address) {
        if (address == null) {
            return;
        }
        try {
            URI uri = new URI(address);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return;
            }
        } catch (java.net.URISyntaxException ignored) {
            // reported below
        }
        throw new Invalid("the " + what + " must be an http or https address, not '" + address + "'");
    }
}
