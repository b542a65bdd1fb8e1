package org.masthead.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Pictures made by the tests: plain colour fields of a given size and format. */
public final class Pictures {
    private Pictures() {}

    public static byte[] jpeg(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", Color.ORANGE);
    }

    /** A chart's worth of drawing: black text and lines, smoothed, on white, with no transparency. */
    public static byte[] drawingPng(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 24));
        for (int y = 40; y < height; y += 40) {
            g.drawString("Harbour traffic by month, 2019 to 2026", 20, y);
        }
        g.dispose();
        return write(image, "png");
    }

    /** A photograph saved as PNG: a gradient with grain, tens of thousands of colours. */
    public static byte[] photoPng(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var grain = new java.util.Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / width + grain.nextInt(24)) & 0xff;
                int b = (y * 255 / height + grain.nextInt(24)) & 0xff;
                image.setRGB(x, y, r << 16 | grain.nextInt(256) << 8 | b);
            }
        }
        return write(image, "png");
    }

    /**
     * A photograph as a camera gives one: a sky's gradient, soft shapes and a little sensor noise, saved as PNG (so
     * that no JPEG loss is in it yet). Unlike {@link #photoPng}'s grain of random pixels, which no codec compresses,
     * it compresses as photographs do, and WebP makes it smaller than JPEG.
     */
    public static byte[] photograph(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(40, 70, 140), 0, height, new Color(230, 150, 90)));
        g.fillRect(0, 0, width, height);
        var random = new java.util.Random(11);
        for (int i = 0; i < 40; i++) {
            int w = width / 8 + random.nextInt(width / 4);
            int h = height / 10 + random.nextInt(height / 5);
            int x = random.nextInt(width);
            int y = height / 2 + random.nextInt(height / 2);
            g.setPaint(new java.awt.GradientPaint(x, y, new Color(random.nextInt(0xffffff)), x + w, y + h,
                    new Color(random.nextInt(0xffffff))));
            g.fillOval(x - w / 2, y - h / 2, w, h);
        }
        g.dispose();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int pixel = image.getRGB(x, y);
                int noise = random.nextInt(7) - 3;
                image.setRGB(x, y, Math.clamp(((pixel >> 16) & 0xff) + noise, 0, 255) << 16
                        | Math.clamp(((pixel >> 8) & 0xff) + noise, 0, 255) << 8 | Math.clamp((pixel & 0xff) + noise, 0, 255));
            }
        }
        return write(image, "png");
    }

    private static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] transparentPng(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", new Color(0, 128, 255, 100));
    }

    /**
     * A PNG of one colour, written row by row so that even 7,745 × 7,745 costs the test no more than a row: a
     * small file (about 190 KB) that decodes to hundreds of MB, the kind of picture that once stalled the site.
     */
    public static byte[] hugePng(int width, int height) {
        var out = new ByteArrayOutputStream();
        try {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            var header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                    .put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(out, "IHDR", header.array());
            var data = new ByteArrayOutputStream();
            try (var deflate = new java.util.zip.DeflaterOutputStream(data, new java.util.zip.Deflater(9))) {
                byte[] row = new byte[1 + width * 3];
                for (int x = 0; x < width; x++) {
                    row[1 + x * 3] = (byte) 200;
                    row[2 + x * 3] = (byte) 120;
                    row[3 + x * 3] = (byte) 40;
                }
                for (int y = 0; y < height; y++) {
                    deflate.write(row);
                }
            }
            chunk(out, "IDAT", data.toByteArray());
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A JPEG carrying an Exif block, as a camera writes one (with the position where it was taken). */
    public static byte[] jpegWithExif(int width, int height) {
        byte[] plain = jpeg(width, height);
        byte[] exif = "Exif\0\0MM\0*\0\0\0\bGPSLatitude 51.5".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static byte[] encode(BufferedImage image, String format, Color color) {
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
