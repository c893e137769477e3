/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws the branding bundle's splash.bmp (shown by the launcher at once, before Java loads the
 * platform) and about.png (beside the About text). Run from the bundle's folder:
 * {@code java images/MakeImages.java}. The progress bar and the message are drawn over the splash
 * by the workbench, in the rectangles the product gives (plugin.xml: startupProgressRect and
 * startupMessageRect), which this picture leaves blank.
 */
public class MakeImages {

	static final Color BLUE = new Color(0x2b, 0x57, 0x97);
	static final Color GREY = new Color(0x55, 0x55, 0x55);
	static final Color LIGHT = new Color(0xdd, 0xe3, 0xec);

	public static void main(String[] args) throws IOException {
		splash(new File("splash.bmp"));
		about(new File("about.png"));
	}

	/** 480 × 300, white: the mark, the name, what it is for; the bottom band for the progress. */
	static void splash(File file) throws IOException {
		BufferedImage image = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB); // BMP: no alpha
		Graphics2D g = start(image, Color.WHITE);
		mark(g, 40, 62, 64);
		g.setColor(BLUE);
		g.setFont(new Font("DejaVu Sans", Font.BOLD, 30));
		g.drawString("Référentiel Studio", 122, 104);
		g.setColor(GREY);
		g.setFont(new Font("DejaVu Sans", Font.PLAIN, 13));
		g.drawString("Référentiels de certification professionnelle", 124, 128);
		g.setColor(LIGHT);
		g.fillRect(40, 160, 400, 2);
		// Progress track: the workbench fills the bar over it (startupProgressRect 40,262,400,8).
		g.fillRect(40, 262, 400, 8);
		g.dispose();
		ImageIO.write(image, "bmp", file);
	}

	/** 160 × 240, white, the mark alone: beside the About text, and tall enough for all of it. */
	static void about(File file) throws IOException {
		BufferedImage image = new BufferedImage(160, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = start(image, Color.WHITE);
		mark(g, 32, 40, 96);
		g.setColor(BLUE);
		g.setFont(new Font("DejaVu Sans", Font.BOLD, 15));
		center(g, "Référentiel", 80, 172);
		center(g, "Studio", 80, 192);
		g.dispose();
		ImageIO.write(image, "png", file);
	}

	private static Graphics2D start(BufferedImage image, Color background) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(background);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		return g;
	}

	/** A sheet with its ruled lines and a tick: a referential, checked. */
	private static void mark(Graphics2D g, int x, int y, int size) {
		g.setColor(BLUE);
		g.fill(new RoundRectangle2D.Double(x, y, size * 0.78, size, size / 8.0, size / 8.0));
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(size / 16f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int line = 0; line < 3; line++) {
			int ly = y + size / 4 + line * size / 6;
			g.drawLine(x + size / 7, ly, x + (int) (size * 0.62), ly);
		}
		g.setStroke(new BasicStroke(size / 10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.drawLine(x + size / 5, y + (int) (size * 0.8), x + size / 3, y + (int) (size * 0.9));
		g.drawLine(x + size / 3, y + (int) (size * 0.9), x + (int) (size * 0.6), y + (int) (size * 0.7));
	}

	private static void center(Graphics2D g, String text, int cx, int y) {
		g.drawString(text, cx - g.getFontMetrics().stringWidth(text) / 2, y);
	}
}
