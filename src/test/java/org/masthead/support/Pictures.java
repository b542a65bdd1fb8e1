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

    public static byte[] transparentPng(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", new Color(0, 128, 255, 100));
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
