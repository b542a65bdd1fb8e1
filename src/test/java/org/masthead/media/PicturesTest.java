package org.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Big pictures are decoded subsampled, so one upload cannot take seconds of a core and hundreds of MB. */
class PicturesTest {
    private static final byte[] HUGE = org.masthead.support.Pictures.hugePng(7745, 7745);

    @Test
    void a_picture_three_times_too_wide_is_decoded_at_a_third_but_never_below_the_widest_copy() {
        assertThat(HUGE.length).isLessThan(300 * 1024);

        var decoded = Pictures.decode(HUGE);

        assertThat(decoded.getWidth()).isEqualTo(2582);
        assertThat(decoded.getHeight()).isEqualTo(2582);
        assertThat(Pictures.subsampling(2400)).isEqualTo(1);
        assertThat(Pictures.subsampling(4799)).isEqualTo(1);
        assertThat(Pictures.subsampling(4800)).isEqualTo(2);
    }

    @Test
    void a_7745_pixel_png_becomes_a_2400_pixel_picture_for_a_fraction_of_a_full_decode() throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        Pictures.Processed picture = Pictures.process(HUGE);

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // A full decode alone is 7,745 × 7,745 × 3 bytes = 180 MB.
        assertThat(allocated).isLessThan(150L * 1024 * 1024);
        assertThat(picture.width()).isEqualTo(2400);
        assertThat(picture.height()).isEqualTo(2400);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(picture.full())).getWidth()).isEqualTo(2400);
        assertThat(picture.copies()).extracting(Pictures.Copy::width).containsExactly(480, 800, 1200, 1600);
    }

    @Test
    void a_drawing_or_text_saved_as_png_stays_png_and_a_photograph_saved_as_png_becomes_jpeg() {
        Pictures.Processed chart = Pictures.process(org.masthead.support.Pictures.drawingPng(900, 500));
        Pictures.Processed photo = Pictures.process(org.masthead.support.Pictures.photoPng(900, 500));
        Pictures.Processed jpeg = Pictures.process(org.masthead.support.Pictures.jpeg(900, 500));
        Pictures.Processed clear = Pictures.process(org.masthead.support.Pictures.transparentPng(900, 500));

        assertThat(chart.extension()).isEqualTo("png");
        assertThat(chart.mediaType()).isEqualTo("image/png");
        assertThat(chart.copies()).extracting(copy -> new String(copy.bytes(), 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
                .containsOnly("PNG");
        assertThat(photo.extension()).isEqualTo("jpg");
        assertThat(jpeg.extension()).as("a JPEG of few colours is still a photograph's format").isEqualTo("jpg");
        assertThat(clear.extension()).isEqualTo("png");
    }
}
