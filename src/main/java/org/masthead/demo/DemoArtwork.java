package org.masthead.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws the demo magazine's illustrations, so the project ships no picture taken from anywhere: a harbour at
 * dusk, a valley in the rain, apartment blocks in the morning. The same seed always draws the same picture.
 */
final class DemoArtwork {
    static final int WIDTH = 1200;
    static final int HEIGHT = 675;

    private DemoArtwork() {}

    static byte[] draw(String palette, long seed) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        var random = new Random(seed);
        switch (palette) {
            case "dusk" -> harbour(g, random);
            case "rain" -> valley(g, random);
            case "morning" -> estates(g, random);
            default -> throw new IllegalArgumentException("no demo palette " + palette);
        }
        g.dispose();
        return jpeg(image);
    }

    private static void harbour(Graphics2D g, Random random) {
        sky(g, new Color(0xF2A65A), new Color(0x5B3A70), 0.7);
        g.setColor(new Color(0xFFD58A));
        g.fillOval(780, 300, 110, 110);
        g.setColor(new Color(0x2E2A45));
        g.fillRect(0, 470, WIDTH, HEIGHT - 470);
        Color[] containers = {new Color(0x8C2F39), new Color(0x2F5D8C), new Color(0x3E7C59), new Color(0xB5651D)};
        for (int x = 40; x < WIDTH - 60; x += 64) {
            int stack = 1 + random.nextInt(4);
            for (int level = 0; level < stack; level++) {
                g.setColor(containers[random.nextInt(containers.length)].darker());
                g.fillRect(x, 470 - (level + 1) * 28, 60, 26);
            }
        }
        g.setColor(new Color(0x1C1A2B));
        g.setStroke(new BasicStroke(9f));
        for (int crane = 0; crane < 3; crane++) {
            int x = 180 + crane * 330 + random.nextInt(60);
            g.drawLine(x, 470, x, 190);
            g.drawLine(x - 40, 200, x + 210, 200);
            g.drawLine(x, 190, x + 60, 240);
            g.setStroke(new BasicStroke(3f));
            g.drawLine(x + 150, 200, x + 150, 330 + random.nextInt(60));
            g.setStroke(new BasicStroke(9f));
        }
        g.setColor(new Color(255, 200, 120, 60));
        for (int y = 490; y < HEIGHT; y += 14) {
            g.fillRect(760 + random.nextInt(40), y, 150 - (y - 490) / 3, 3);
        }
    }

    private static void valley(Graphics2D g, Random random) {
        sky(g, new Color(0x8E9AA6), new Color(0xD6DCE0), 0.55);
        Color[] hills = {new Color(0x6F8F6A), new Color(0x557A53), new Color(0x3F6440), new Color(0x2C4A2F)};
        for (int layer = 0; layer < hills.length; layer++) {
            g.setColor(hills[layer]);
            g.fill(ridge(random, 300 + layer * 70, 60 - layer * 8));
        }
        g.setColor(new Color(0xA9BFCF));
        var river = new Path2D.Double();
        river.moveTo(520, HEIGHT);
        river.curveTo(560, 600, 700, 560, 640, 470);
        river.curveTo(610, 520, 470, 590, 430, HEIGHT);
        river.closePath();
        g.fill(river);
        g.setColor(new Color(255, 255, 255, 70));
        g.setStroke(new BasicStroke(1.5f));
        for (int drop = 0; drop < 700; drop++) {
            int x = random.nextInt(WIDTH + 100) - 50;
            int y = random.nextInt(HEIGHT);
            g.drawLine(x, y, x - 6, y + 22);
        }
    }

    private static void estates(Graphics2D g, Random random) {
        sky(g, new Color(0xCFE3F2), new Color(0xF7EBD9), 0.8);
        g.setColor(new Color(0xFFF4D6));
        g.fillOval(150, 120, 90, 90);
        for (int x = 30; x < WIDTH - 40; ) {
            int width = 110 + random.nextInt(70);
            int height = 230 + random.nextInt(260);
            int top = HEIGHT - 60 - height;
            int shade = 110 + random.nextInt(60);
            g.setColor(new Color(shade, shade - 10, shade - 25));
            g.fillRect(x, top, width, height);
            for (int wy = top + 16; wy < HEIGHT - 80; wy += 26) {
                for (int wx = x + 12; wx < x + width - 18; wx += 22) {
                    g.setColor(random.nextInt(5) == 0 ? new Color(0xFFE08A) : new Color(0x4A5A6A));
                    g.fillRect(wx, wy, 12, 14);
                }
            }
            x += width + 14 + random.nextInt(20);
        }
        g.setColor(new Color(0x5C6B5A));
        g.fillRect(0, HEIGHT - 60, WIDTH, 60);
    }

    private static void sky(Graphics2D g, Color top, Color bottom, double reach) {
        g.setPaint(new GradientPaint(0, 0, top, 0, (float) (HEIGHT * reach), bottom));
        g.fillRect(0, 0, WIDTH, HEIGHT);
    }

    private static Path2D ridge(Random random, int base, int amplitude) {
        var path = new Path2D.Double();
        path.moveTo(0, HEIGHT);
        double phase = random.nextDouble() * Math.PI * 2;
        double wave = 0.004 + random.nextDouble() * 0.004;
        for (int x = 0; x <= WIDTH; x += 10) {
            double y = base - amplitude * Math.sin(x * wave + phase) - amplitude * 0.4 * Math.sin(x * wave * 2.7 + phase);
            path.lineTo(x, y);
        }
        path.lineTo(WIDTH, HEIGHT);
        path.closePath();
        return path;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.82f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
