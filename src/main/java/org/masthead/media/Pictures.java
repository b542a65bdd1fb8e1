package org.masthead.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.masthead.common.Invalid;

/**
 * Turns an uploaded file into the pictures the site serves: checked to be a real picture of a sensible size
 * (the decoder is asked for its size before anything is decoded, against decompression bombs), re-encoded
 * without its metadata (a camera's GPS position never leaks), at most 2,400 pixels wide, with smaller copies
 * for responsive images, and each of them also as WebP when that is smaller (see {@link WebpEncoder}).
 */
final class Pictures {
    static final long MAX_BYTES = 25L * 1024 * 1024;
    static final long MAX_PIXELS = 60_000_000L;
    static final int WIDEST = 2400;
    static final int[] COPIES = {480, 800, 1200, 1600};
    private static final Set<String> TAKEN = Set.of("jpeg", "png", "gif", "webp");

    /** A picture ready to store: the full size and each copy, encoded; {@code fullWebp} null when there is no WebP. */
    record Processed(String extension, String mediaType, int width, int height, byte[] full, List<Copy> copies,
            byte[] fullWebp) {
        boolean hasWebp() {
            return fullWebp != null;
        }
    }

    /** A smaller copy, and the same as WebP (null when the picture has no WebP copies). */
    record Copy(int width, byte[] bytes, byte[] webp) {}

    private static final int DRAWN_COLOURS = 4096;

    private Pictures() {}

    static Processed process(byte[] content) {
        if (content.length == 0) {
            throw new Invalid("file", "the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new Invalid("file", "the file has " + content.length / (1024 * 1024) + " MB; the most Masthead takes is 25 MB");
        }
        BufferedImage picture = decode(content);
        // A PNG or GIF of text, a chart or a drawing stays PNG: JPEG would blur its edges. A photograph saved as PNG
        // does not, and becomes a JPEG a fraction of its size.
        boolean transparent = picture.getColorModel().hasAlpha() || (drawnFormat(content) && drawing(picture));
        String extension = transparent ? "png" : "jpg";
        int fullWidth = Math.min(picture.getWidth(), WIDEST);
        BufferedImage flat = transparent ? picture : withoutAlpha(picture);
        // Each copy is made from the next larger one, not from the decoded picture, and written without another
        // conversion: a 7,745 px upload then allocates about 150 MB in all rather than 260 MB.
        BufferedImage full = flat.getWidth() > fullWidth ? resized(flat, fullWidth) : flat;
        // Each one is encoded twice, as JPEG or PNG and as WebP, while it is in memory: no picture is decoded again.
        // The WebP encoder takes a copy of the pixels (3 bytes each, 4 with transparency) for libwebp, one picture at
        // a time, given back once it is encoded: 11 MB more for a 2,400 × 1,600 photograph.
        List<Copy> copies = new ArrayList<>();
        BufferedImage larger = full;
        for (int i = COPIES.length - 1; i >= 0; i--) {
            if (COPIES[i] < fullWidth) {
                larger = resized(larger, COPIES[i]);
                copies.addFirst(new Copy(COPIES[i], encode(larger, extension), WebpEncoder.encode(larger, transparent).orElse(null)));
            }
        }
        int fullHeight = (int) Math.round((double) picture.getHeight() * fullWidth / picture.getWidth());
        byte[] fullBytes = encode(full, extension);
        byte[] fullWebp = WebpEncoder.encode(full, transparent).orElse(null);
        return withWebpIfSmaller(new Processed(extension, transparent ? "image/png" : "image/jpeg", fullWidth, fullHeight,
                fullBytes, copies, fullWebp));
    }

    /**
     * The picture with its WebP copies only when there is one for every size and they are smaller in all: a browser
     * offered WebP takes it, so a WebP that is larger (a lossless one of a busy drawing can be) would only cost readers.
     */
    static Processed withWebpIfSmaller(Processed picture) {
        long original = picture.full().length;
        long webp = picture.fullWebp() == null ? Long.MAX_VALUE : picture.fullWebp().length;
        for (Copy copy : picture.copies()) {
            original += copy.bytes().length;
            webp = copy.webp() == null || webp == Long.MAX_VALUE ? Long.MAX_VALUE : webp + copy.webp().length;
        }
        if (webp < original) {
            return picture;
        }
        return new Processed(picture.extension(), picture.mediaType(), picture.width(), picture.height(), picture.full(),
                picture.copies().stream().map(c -> new Copy(c.width(), c.bytes(), null)).toList(), null);
    }

    private static boolean drawnFormat(byte[] content) {
        return content.length > 4 && ((content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G'
                || content[0] == 'G' && content[1] == 'I' && content[2] == 'F');
    }

    /**
     * Whether the picture is drawn rather than photographed: among up to 256 × 256 pixels spread over it, at most
     * {@value #DRAWN_COLOURS} colours (text, charts and screenshots have few; a photograph has tens of thousands).
     */
    static boolean drawing(BufferedImage picture) {
        int stepX = Math.max(1, picture.getWidth() / 256);
        int stepY = Math.max(1, picture.getHeight() / 256);
        var colours = new java.util.HashSet<Integer>();
        for (int y = 0; y < picture.getHeight(); y += stepY) {
            for (int x = 0; x < picture.getWidth(); x += stepX) {
                if (colours.add(picture.getRGB(x, y) & 0xffffff) && colours.size() > DRAWN_COLOURS) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The picture, decoded subsampled when it is at least twice as wide as the widest copy kept. */
    static BufferedImage decode(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Invalid("file", "this is not a picture Masthead can take: JPEG, PNG, GIF or WebP");
            }
            ImageReader reader = javaReader(readers);
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!TAKEN.contains(format)) {
                    throw new Invalid("file", "a " + format.toUpperCase(Locale.ROOT) + " file; Masthead takes JPEG, PNG, GIF or WebP");
                }
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new Invalid("file", "the picture is " + reader.getWidth(0) + " × " + reader.getHeight(0)
                            + " pixels; the most Masthead takes is 60 megapixels");
                }
                var param = reader.getDefaultReadParam();
                int step = subsampling(reader.getWidth(0));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Invalid invalid) {
                throw invalid;
            }
            throw new Invalid("file", "the picture could not be read; the file may be damaged");
        }
    }

    /**
     * The first reader written in Java: an upload is a stranger's file, and a decoder in Java cannot be led to write
     * past its memory as a native one can (libwebp's CVE-2023-4863). webp-imageio, there for writing WebP, also offers
     * its native reader; TwelveMonkeys' reads WebP in Java.
     */
    private static ImageReader javaReader(Iterator<ImageReader> readers) {
        ImageReader first = readers.next();
        ImageReader reader = first;
        while (reader.getClass().getName().startsWith("com.luciad.") && readers.hasNext()) {
            reader = readers.next();
        }
        if (reader != first) {
            first.dispose();
        }
        return reader;
    }

    /**
     * Every n-th pixel of every n-th row, with the largest n that still leaves at least {@link #WIDEST} pixels across:
     * a 7,745 px picture is decoded 2,582 px wide, a ninth of the memory and work, and then resized as any other.
     */
    static int subsampling(int width) {
        return Math.max(1, width / WIDEST);
    }

    private static BufferedImage withoutAlpha(BufferedImage picture) {
        if (picture.getType() == BufferedImage.TYPE_INT_RGB || picture.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return picture;
        }
        var rgb = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(picture, 0, 0, Color.WHITE, null);
        g.dispose();
        return rgb;
    }

    private static BufferedImage resized(BufferedImage picture, int width) {
        try {
            return Thumbnails.of(picture).width(width).asBufferedImage();
        } catch (IOException e) {
            throw new IllegalStateException("cannot resize a picture", e);
        }
    }

    private static byte[] encode(BufferedImage picture, String extension) {
        var out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(extension.equals("jpg") ? "jpeg" : extension).next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (extension.equals("jpg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.86f);
            }
            writer.write(null, new IIOImage(picture, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a picture", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
