package org.masthead.media;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.audit.AuditLog;
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;
import org.masthead.common.Slugs;
import org.masthead.common.NotFound;
import org.masthead.platform.Database;

/** Images and their attribution; the picture files are kept in the {@link MediaStorage} the magazine is set up with. */
public final class MediaService {
    /** The address under which media files are served. */
    public static final String PUBLIC_PATH = "/media/";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");
    private static final Pattern SITE_PATH = Pattern.compile("/(?!/)[A-Za-z0-9._~%/-]*");

    private final Database db;
    private final ImageStore images;
    private final MediaStorage storage;
    private final AttachmentStore attachments;
    private final AuditLog audit;
    private final PictureGate gate = new PictureGate(2, Duration.ofSeconds(10));

    public MediaService(Database db, MediaStores stores, MediaStorage storage, AuditLog audit) {
        this.db = db;
        this.images = stores.images;
        this.attachments = stores.attachments;
        this.storage = storage;
        this.audit = audit;
    }

    /**
     * Adds an uploaded picture to the library: checked, re-encoded without its metadata, with smaller copies
     * for responsive images. Anyone who signs in may upload.
     */
    public Image upload(Actor actor, String originalName, byte[] content, ImageDetails details) {
        checkDetails(details);
        return keep(actor, originalName, details, gate.soon(() -> Pictures.process(content)), true);
    }

    /**
     * Adds a picture brought by an import, as {@link #upload} does, but waits for its turn however long that takes:
     * at most two pictures are processed at once, and an import has nobody waiting on a page.
     */
    public Image uploadImported(Actor actor, String originalName, byte[] content, ImageDetails details) {
        checkDetails(details);
        return keep(actor, originalName, details, gate.eventually(() -> Pictures.process(content)), false);
    }

    PictureGate gate() {
        return gate;
    }

    /**
     * Stores a processed picture; {@code unguessable}: its file's name gets a random part ({@code quay-k3m9x2q7wd.jpg}),
     * so a picture uploaded for a piece not yet out cannot be found by guessing its name. An import keeps the name a
     * picture had, already public on the old site.
     */
    private Image keep(Actor actor, String originalName, ImageDetails details, Pictures.Processed picture, boolean unguessable) {
        String base = Slugs.of(originalName == null ? "" : originalName.replaceFirst("\\.[A-Za-z0-9]+$", ""), "picture");
        if (unguessable) {
            base = (base.length() > 80 ? base.substring(0, 80) : base) + "-" + randomPart();
        }
        String fileName = storeFile(base + "." + picture.extension(), picture.full());
        var written = new java.util.ArrayList<String>(List.of(fileName));
        try {
            for (Pictures.Copy copy : picture.copies()) {
                write(Image.variantName(fileName, copy.width()), copy.bytes(), written);
            }
            boolean webp = picture.hasWebp() && keepWebp(fileName, picture, written);
            long bytes = picture.full().length;
            return db.write(h -> {
                long id = images.insertUploaded(fileName, originalName == null ? "" : originalName, details, picture.width(),
                        picture.height(), picture.copies().stream().map(Pictures.Copy::width).toList(), picture.mediaType(),
                        bytes, actor.userId(), webp);
                audit.record(actor, "media.uploaded", "image", id, fileName);
                return find(id);
            });
        } catch (RuntimeException failed) {
            // CASE: the store or the database failed halfway: no file of a picture the library does not list stays behind.
            forget(written);
            throw failed;
        }
    }

    /** Removes the files an upload failing halfway wrote; a failure here is logged, and the first one thrown. */
    private void forget(List<String> written) {
        for (String name : written) {
            try {
                storage.delete(name);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(MediaService.class).warn("Could not remove {} after a failed upload", name, e);
            }
        }
    }

    /**
     * Writes the WebP copies beside the picture's own, under its name with {@code .webp} for its extension; whether they
     * are kept. CASE: a file of that name already there (an imported {@code .webp} kept as it was) is never overwritten:
     * the picture then goes without WebP copies, which only cost it a smaller download.
     */
    private boolean keepWebp(String fileName, Pictures.Processed picture, List<String> written) {
        String full = Image.webpName(fileName);
        var names = new java.util.ArrayList<String>(List.of(full));
        picture.copies().forEach(copy -> names.add(Image.variantName(full, copy.width())));
        if (names.stream().anyMatch(name -> storage.exists(name))) {
            return false;
        }
        write(full, picture.fullWebp(), written);
        for (Pictures.Copy copy : picture.copies()) {
            write(Image.variantName(full, copy.width()), copy.webp(), written);
        }
        return true;
    }

    /** Changes what is said about a picture: by the person who uploaded it, or an editor. */
    public Image describe(Actor actor, long id, ImageDetails details) {
        mayDescribe(actor, find(id));
        checkDetails(details);
        return db.write(h -> {
            // No published picture without attribution: what is out, or set to go out, keeps its alt and credit.
            if (details.alt().isEmpty() || details.creditName().isEmpty()) {
                int leads = images.leadsGoingOut(id);
                if (leads > 0) {
                    throw new Invalid(details.alt().isEmpty() ? "alt" : "credit", "this picture leads " + leads
                            + " published or scheduled article(s), so it keeps its alt text and credit");
                }
            }
            images.describe(id, details);
            audit.record(actor, "media.described", "image", id, "");
            return find(id);
        });
    }

    /**
     * Sets where a crop of the picture keeps it centred; null for its centre. Whoever may describe the picture may
     * set it: the person who uploaded it, or an editor.
     */
    public Image setFocalPoint(Actor actor, long id, FocalPoint point) {
        mayDescribe(actor, find(id));
        return db.write(h -> {
            images.focus(id, point);
            audit.record(actor, "media.focused", "image", id, point == null ? "centre" : point.x() + "," + point.y());
            return find(id);
        });
    }

    private static void mayDescribe(Actor actor, Image image) {
        boolean own = actor.userId() != null && actor.userId().equals(image.uploadedBy());
        if (!own && !actor.atLeast(Role.EDITOR)) {
            throw new Forbidden("you can describe the pictures you uploaded; an editor describes the others");
        }
    }

    /** The library, newest first. */
    public Page<Image> library(PageRequest request) {
        return Page.fromLookahead(images.newestFirst(request), request);
    }

    private void checkDetails(ImageDetails details) {
        if (details.licence() == null) {
            throw new Invalid("licence", "choose the picture's licence");
        }
        if (details.alt().length() > 500 || details.caption().length() > 1000 || details.creditName().length() > 200) {
            throw new Invalid("alt", "alt text is at most 500 characters, a caption 1,000, a credit 200");
        }
        if (details.creditUrl() != null && !SITE_PATH.matcher(details.creditUrl()).matches()) {
            try {
                checkWebAddress("credit link", details.creditUrl());
            } catch (Invalid e) {
                throw new Invalid("creditUrl", e.getMessage());
            }
        }
    }

    /** Stores a file of a picture being kept, and notes it among those to remove if the keeping fails. */
    private void write(String name, byte[] content, List<String> written) {
        storage.put(name, content);
        written.add(name);
    }

    /** Where the picture and attachment files are kept. */
    public MediaStorage storage() {
        return storage;
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

    /**
     * Keeps a file that is not a picture (brought by an import): its content under {@code media/files/} when
     * given, else only the address it had. The name is made safe and unique; the content is never run or shown
     * inline by the site, only offered for download or played as what its type says.
     */
    public Attachment addAttachment(String suggestedName, byte[] content, String sourceUrl, String title, String mediaType) {
        checkWebAddress("file address", sourceUrl);
        if (content == null && sourceUrl == null) {
            throw new Invalid("a file needs its content or the address it had");
        }
        String fileName = null;
        if (content != null) {
            String base = suggestedName == null ? "file" : suggestedName;
            fileName = storeFileIn(MediaStorage.FILES, base, content);
        }
        long id = attachments.insert(fileName, sourceUrl, title == null ? "" : title.strip(), mediaType == null ? "" : mediaType,
                content == null ? 0 : content.length);
        return findAttachment(id);
    }

    /** Changes the title and type an attachment is listed with. */
    public Attachment describeAttachment(long id, String title, String mediaType) {
        findAttachment(id);
        attachments.describe(id, title == null ? "" : title.strip(), mediaType == null ? "" : mediaType);
        return findAttachment(id);
    }

    public Attachment findAttachment(long id) {
        return attachments.find(id).orElseThrow(() -> new NotFound("no attachment " + id));
    }

    /** Stores a picture file under a new name made from the suggested one; returns that name. */
    public String storeFile(String suggestedName, byte[] content) {
        return storeFileIn("", suggestedName, content);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final char[] RANDOM_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    /** Ten letters and digits drawn at random: 50 bits, not to be guessed. */
    private static String randomPart() {
        char[] part = new char[10];
        for (int i = 0; i < part.length; i++) {
            part[i] = RANDOM_LETTERS[RANDOM.nextInt(RANDOM_LETTERS.length)];
        }
        return new String(part);
    }

    /** Stores the content under the suggested name made safe, with -2, -3... before its extension while that is taken. */
    private String storeFileIn(String folder, String suggestedName, byte[] content) {
        String safe = suggestedName.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (!FILE_NAME.matcher(safe).matches()) {
            throw new Invalid("a picture file needs a name of letters, digits, dots and hyphens");
        }
        int dot = safe.lastIndexOf('.');
        // One name at a time across the magazine's servers (a transaction's lock on PostgreSQL): a bucket that ignores
        // If-None-Match could otherwise take two files under one name when two servers store it at once.
        return db.write(h -> {
            db.serializeWrites("media.names");
            String name = safe;
            for (int n = 2; !storage.putNew(folder + name, content); n++) {
                if (n > 10_000) {
                    throw new Invalid("too many files are named " + safe + "; rename this one");
                }
                name = dot > 0 ? safe.substring(0, dot) + "-" + n + safe.substring(dot) : safe + "-" + n;
            }
            return name;
        });
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
