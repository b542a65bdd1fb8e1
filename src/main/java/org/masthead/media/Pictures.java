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
 * for responsive images.
 */
final class Pictures {
    static final long MAX_BYTES = 25L * 1024 * 1024;
    static final long MAX_PIXELS = 60_000_000L;
    static final int WIDEST = 2400;
    static final int[] COPIES = {480, 800, 1200, 1600};
    private static final Set<String> TAKEN = Set.of("jpeg", "png", "gif", "webp");

    /** A picture ready to store: the full size and each copy, encoded. */
    record Processed(String extension, String mediaType, int width, int height, byte[] full, List<Copy> copies) {}

    record Copy(int width, byte[] bytes) {}

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
        List<Copy> copies = new ArrayList<>();
        BufferedImage larger = full;
        for (int i = COPIES.length - 1; i >= 0; i--) {
            if (COPIES[i] < fullWidth) {
                larger = resized(larger, COPIES[i]);
                copies.addFirst(new Copy(COPIES[i], encode(larger, extension)));
            }
        }
        int fullHeight = (int) Math.round((double) picture.getHeight() * fullWidth / picture.getWidth());
        return new Processed(extension, transparent ? "image/png" : "image/jpeg", fullWidth, fullHeight,
                encode(full, extension), copies);
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
            ImageReader reader = readers.next();
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
