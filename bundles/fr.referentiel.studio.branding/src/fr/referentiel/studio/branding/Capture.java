/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.branding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.views.contentoutline.ContentOutline;

/**
 * Picture of the workbench window once the opened referential shows its outline, for the
 * documentation (docs/screenshot.sh) and the product's smoke test: writes the PNG, a text file
 * beside it describing what the window shows, then closes the workbench.
 */
final class Capture {

	private static final int POLL_MILLIS = 500;
	/** The outline fills once the language services are built (a few seconds): give up after a minute. */
	private static final int MAX_POLLS = 120;

	private final IWorkbenchWindow window;
	private final IFile opened;
	private final Path png;
	private int polls;

	Capture(IWorkbenchWindow window, IFile opened, String png) {
		this.window = window;
		this.opened = opened;
		this.png = Path.of(png).toAbsolutePath();
	}

	void whenReady() {
		Shell shell = window.getShell();
		shell.setMaximized(false);
		// Within xvfb-run's default screen (1280x1024): what lies off screen would be copied black.
		shell.setBounds(0, 0, 1280, 800);
		showDeclaration();
		poll();
	}

	/** The example opens on its transcription notes; the picture shows the referential itself. */
	private void showDeclaration() {
		IEditorPart editor = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		if (editor != null && editor.getAdapter(Control.class) instanceof StyledText text) {
			String[] lines = text.getText().split("\n", -1);
			for (int line = 0; line < lines.length; line++) {
				if (lines[line].startsWith("référentiel ")) {
					text.setTopIndex(line);
					return;
				}
			}
		}
	}

	private void poll() {
		if (outlineEntries() > 0 || opened == null || ++polls > MAX_POLLS) {
			// One more round so the views repaint with their final content.
			window.getShell().getDisplay().timerExec(1500, this::takeAndClose);
		} else {
			window.getShell().getDisplay().timerExec(POLL_MILLIS, this::poll);
		}
	}

	private void takeAndClose() {
		try {
			Files.createDirectories(png.getParent());
			savePicture(window.getShell());
			Files.writeString(png.resolveSibling(png.getFileName() + ".txt"), describe(), StandardCharsets.UTF_8);
		} catch (IOException | RuntimeException e) {
			ILog.of(Capture.class).error("Capture impossible : " + png, e);
		}
		PlatformUI.getWorkbench().close();
	}

	/**
	 * Copies the screen from the top of the window (its menu bar, which is outside the client area)
	 * to the bottom of the client area: without a window manager the shell's bounds count a title
	 * bar that is never drawn, which would leave a black strip.
	 */
	private void savePicture(Shell shell) {
		Rectangle client = shell.getDisplay().map(shell, null, shell.getClientArea());
		int top = Math.max(0, shell.getBounds().y);
		GC gc = new GC(shell.getDisplay());
		Image image = new Image(shell.getDisplay(), client.width, client.y + client.height - top);
		try {
			gc.copyArea(image, client.x, top);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(png.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** One key=value line per fact the smoke test checks. */
	private String describe() {
		IWorkbenchPage page = window.getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		String views = page == null ? "" : Arrays.stream(page.getViewReferences())
				.map(IViewReference::getId).collect(Collectors.joining(","));
		IProduct product = Platform.getProduct();
		return String.join("\n",
				"product=" + (product == null ? "" : product.getName() + " " + product.getDefiningBundle().getVersion()),
				"window=" + window.getShell().getText(),
				"perspective=" + (page == null || page.getPerspective() == null ? "" : page.getPerspective().getId()),
				"editor=" + (editor == null ? "" : editor.getSite().getId()),
				"editorClass=" + (editor == null ? "" : editor.getClass().getName()),
				"editorInput=" + (editor == null ? "" : editor.getEditorInput().getName()),
				"outlineEntries=" + outlineEntries(),
				"views=" + views,
				// What the user reads: the smoke test checks that the platform's labels are French.
				"menus=" + menus(),
				"viewTitles=" + (page == null ? "" : Arrays.stream(page.getViewReferences())
						.map(IViewReference::getPartName).collect(Collectors.joining(","))),
				"");
	}

	/** The menu bar's titles as shown, without their mnemonic « & ». */
	private String menus() {
		Menu bar = window.getShell().getMenuBar();
		return bar == null ? "" : Arrays.stream(bar.getItems()).map(item -> item.getText().replace("&", ""))
				.collect(Collectors.joining(","));
	}

	private int outlineEntries() {
		IWorkbenchPage page = window.getActivePage();
		if (page != null && page.findView(IPageLayout.ID_OUTLINE) instanceof ContentOutline outline) {
			IPage current = outline.getCurrentPage();
			Control control = current == null ? null : current.getControl();
			if (control instanceof Tree tree && !tree.isDisposed()) {
				return tree.getItemCount();
			}
		}
		return 0;
	}
}
