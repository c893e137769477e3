/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/**
 * Pictures for the docs, taken by the tests once their checks passed, on the virtual display: a
 * shell as it is on screen, into the PNG file named by a system property (none by default).
 */
final class Screenshots {

	private Screenshots() {
	}

	/**
	 * Saves {@code shell} when {@code property} names a file. An empty Maven property reaches the
	 * test as the text « null » (a file of that name was once written): both mean no picture.
	 */
	static void take(Shell shell, String property) {
		String file = System.getProperty(property, "").strip();
		if (file.isEmpty() || file.equals("null")) {
			return;
		}
		Workbench.settle(500); // the last paint events, so that the picture shows what the user sees
		// The client area, not the bounds: without a window manager (Xvfb) the bounds count a frame that
		// nobody draws, and the picture would show the window behind it.
		Rectangle bounds = shell.getDisplay().map(shell, null, shell.getClientArea());
		GC gc = new GC(shell.getDisplay());
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file, SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
