package org.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/** The WebP copies made beside the JPEG and PNG ones: read back in Java, lossy for photographs, lossless for drawings. */
class WebpCopiesTest {

    /** Decodes with TwelveMonkeys' WebP reader (Java), not the native one webp-imageio also brings. */
    private static BufferedImage readInJava(byte[] webp) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(webp))) {
            var readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                if (reader.getClass().getName().startsWith("com.twelvemonkeys.")) {
                    reader.setInput(in);
                    try {
                        return reader.read(0);
                    } finally {
                        reader.dispose();
                    }
                }
            }
        }
        throw new AssertionError("TwelveMonkeys does not take it as WebP");
    }

    /** The kind of WebP: "VP8 " is lossy, "VP8L" lossless (the first chunk after the RIFF header). */
    private static String chunk(byte[] webp) {
        assertThat(new String(webp, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(webp, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        return new String(webp, 12, 4, StandardCharsets.US_ASCII);
    }

    @Test
    void a_photograph_gets_lossy_webp_copies_of_each_width_that_decode_at_their_sizes() throws Exception {
        Pictures.Processed photo = Pictures.process(org.masthead.support.Pictures.photograph(2000, 1000));

        assertThat(photo.extension()).isEqualTo("jpg");
        assertThat(photo.hasWebp()).isTrue();
        assertThat(readInJava(photo.fullWebp()).getWidth()).isEqualTo(2000);
        assertThat(chunk(photo.fullWebp())).isEqualTo("VP8 ");
        for (Pictures.Copy copy : photo.copies()) {
            BufferedImage decoded = readInJava(copy.webp());
            assertThat(decoded.getWidth()).isEqualTo(copy.width());
            assertThat(decoded.getHeight()).isEqualTo(copy.width() / 2);
            assertThat(copy.webp().length).as("smaller than the JPEG of %d px", copy.width()).isLessThan(copy.bytes().length);
        }
    }

    @Test
    void a_drawing_stays_png_and_its_webp_copies_are_lossless_the_same_pixels() throws Exception {
        Pictures.Processed chart = Pictures.process(org.masthead.support.Pictures.drawingPng(900, 500));

        assertThat(chart.extension()).isEqualTo("png");
        assertThat(chart.hasWebp()).isTrue();
        assertThat(chunk(chart.fullWebp())).isEqualTo("VP8L");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(chart.copies().getFirst().bytes()));
        BufferedImage webp = readInJava(chart.copies().getFirst().webp());
        assertThat(webp.getWidth()).isEqualTo(png.getWidth());
        for (int y = 0; y < png.getHeight(); y += 7) {
            for (int x = 0; x < png.getWidth(); x += 7) {
                assertThat(webp.getRGB(x, y)).as("pixel %d, %d", x, y).isEqualTo(png.getRGB(x, y));
            }
        }
    }

    @Test
    void webp_copies_no_smaller_than_the_pictures_own_are_left_out() {
        Pictures.Processed picture = Pictures.process(org.masthead.support.Pictures.jpeg(900, 500));
        var bigger = new Pictures.Processed(picture.extension(), picture.mediaType(), picture.width(), picture.height(),
                picture.full(), picture.copies().stream().map(c -> new Pictures.Copy(c.width(), c.bytes(), new byte[c.bytes().length * 2]))
                        .toList(), new byte[picture.full().length * 2]);

        Pictures.Processed kept = Pictures.withWebpIfSmaller(bigger);

        assertThat(kept.hasWebp()).isFalse();
        assertThat(kept.copies()).allSatisfy(copy -> assertThat(copy.webp()).isNull());
        assertThat(kept.full()).isSameAs(picture.full());
    }

    @Test
    void where_the_webp_encoder_cannot_run_a_picture_is_kept_as_jpeg_alone() {
        WebpEncoder.available(false);
        try {
            Pictures.Processed photo = Pictures.process(org.masthead.support.Pictures.photograph(1000, 500));

            assertThat(photo.extension()).isEqualTo("jpg");
            assertThat(photo.hasWebp()).isFalse();
            assertThat(photo.copies()).extracting(Pictures.Copy::width).containsExactly(480, 800);
            assertThat(photo.copies()).allSatisfy(copy -> assertThat(copy.webp()).isNull());
        } finally {
            WebpEncoder.available(true);
        }
    }

    @Test
    void an_uploaded_webp_is_decoded_by_the_java_reader_not_the_native_one() throws Exception {
        Pictures.Processed photo = Pictures.process(org.masthead.support.Pictures.photograph(600, 300));

        Pictures.Processed again = Pictures.process(photo.fullWebp());

        assertThat(again.width()).isEqualTo(600);
        assertThat(again.extension()).isEqualTo("jpg");
    }
}
