package org.masthead.media;

import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encodes the WebP copies served beside the JPEG and PNG ones (webp-imageio, which bundles libwebp). Optional: where
 * its native library does not load (a platform it has no build for), pictures get no WebP copies, the site says so
 * once in its log and serves the JPEG and PNG ones alone.
 */
final class WebpEncoder {
    private static final Logger log = LoggerFactory.getLogger(WebpEncoder.class);
    /** The widest and tallest picture WebP can hold. */
    static final int MAX_SIDE = 16_383;
    private static volatile boolean broken;

    private WebpEncoder() {}

    /**
     * The picture as WebP: lossy for a photograph, lossless for a drawing (which stays PNG for the same reason:
     * JPEG-like compression blurs its edges); empty when WebP cannot be written here.
     */
    static Optional<byte[]> encode(BufferedImage picture, boolean lossless) {
        if (broken || picture.getWidth() > MAX_SIDE || picture.getHeight() > MAX_SIDE) {
            return Optional.empty();
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("webp");
        if (!writers.hasNext()) {
            off("no WebP writer on the class path");
            return Optional.empty();
        }
        try {
            return Optional.of(write(writers.next(), picture, lossless));
        } catch (LinkageError e) {
            // CASE: the native library is missing or does not load (UnsatisfiedLinkError, then NoClassDefFoundError on
            // every later try). JPEG and PNG copies still go out; WebP is only ever the smaller choice.
            off(e.toString());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // One picture libwebp refuses goes without WebP copies; the next is tried again.
            log.info("No WebP copy of a {} × {} picture: {}", picture.getWidth(), picture.getHeight(), e.toString());
            return Optional.empty();
        }
    }

    // For tests: as on a platform where libwebp does not load, and back.
    static void available(boolean available) {
        broken = !available;
    }

    private static void off(String reason) {
        broken = true;
        log.warn("WebP copies are off: the WebP encoder cannot run here ({}); pictures are served as JPEG and PNG only", reason);
    }

    private static byte[] write(ImageWriter writer, BufferedImage picture, boolean lossless) throws IOException {
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            var param = (WebPWriteParam) writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(lossless ? "Lossless" : "Lossy");
            // Quality 0.8 at method 2: within a few per cent of the smallest file libwebp makes, in half the time of its
            // default (method 4), which counts when a 2,400 px picture and four copies are encoded on a two-core server.
            param.setCompressionQuality(lossless ? 0.5f : 0.8f);
            param.setMethod(lossless ? 1 : 2);
            writer.write(null, new IIOImage(picture, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
