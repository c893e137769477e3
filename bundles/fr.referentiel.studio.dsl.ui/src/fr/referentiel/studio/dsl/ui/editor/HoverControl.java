/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.AbstractReusableInformationControlCreator;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * The editor's hover: the whole text, wrapped, in a window sized to it up to {@link #COLUMNS}
 * columns and {@link #LINES} lines (and never more than most of the screen). The platform's hover
 * stops at about 60 columns and 10 lines and cuts the rest; here a longer text scrolls: F2 (or the
 * mouse moved into the hover) turns it into a resizable window with a scroll bar.
 */
public final class HoverControl extends AbstractInformationControl {

	/** The widest hover, in average characters: a competence's sentence fits on a line or two. */
	public static final int COLUMNS = 100;
	/** The tallest hover before scrolling, in lines. */
	public static final int LINES = 30;
	/** Said when the text does not fit: the platform's own « Press 'F2' for focus » is English. */
	public static final String SCROLL_HINT = "Appuyez sur F2 pour faire défiler";

	private StyledText text;

	/** The hover itself (not resizable, a status line when the text is longer than the hover). */
	private HoverControl(Shell parent) {
		super(parent, SCROLL_HINT);
		create();
	}

	/** The hover given focus (F2): resizable, scrollable. */
	private HoverControl(Shell parent, ToolBarManager noToolBar) {
		super(parent, noToolBar);
		create();
	}

	/** Creates the hover; reused from one hover to the next. */
	public static IInformationControlCreator creator() {
		return new AbstractReusableInformationControlCreator() {
			@Override
			protected IInformationControl doCreateInformationControl(Shell parent) {
				return new HoverControl(parent);
			}
		};
	}

	@Override
	protected void createContent(Composite parent) {
		text = new StyledText(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | (isResizable() ? SWT.V_SCROLL : SWT.NONE));
		text.setForeground(parent.getForeground());
		text.setBackground(parent.getBackground());
		text.setFont(JFaceResources.getDialogFont());
		text.setMargins(4, 2, 4, 2);
	}

	@Override
	public void setInformation(String information) {
		text.setText(information == null ? "" : information);
		if (!isResizable()) {
			Point bound = bound();
			setStatusText(fits(bound) ? null : SCROLL_HINT);
		}
	}

	@Override
	public boolean hasContents() {
		return text.getCharCount() > 0;
	}

	/**
	 * Asked by the hover manager with the platform's limits (about 60 × 10 characters), which this
	 * control replaces with its own: {@link #COLUMNS} × {@link #LINES}, within the screen.
	 */
	@Override
	public Point computeSizeConstraints(int widthInChars, int heightInChars) {
		return bound();
	}

	/** As wide as the longest line (up to the bound), as tall as the wrapped text (idem). */
	@Override
	public Point computeSizeHint() {
		Point bound = bound();
		Rectangle trim = computeTrim();
		int width = Math.min(naturalWidth() + trim.width, bound.x);
		int height = text.computeSize(width - trim.width, SWT.DEFAULT, true).y + trim.height;
		return new Point(width, Math.min(height, bound.y));
	}

	/** Where the platform puts it (under the word), moved left if it would pass the window's right edge. */
	@Override
	public void setLocation(Point location) {
		Point moved = location;
		if (getShell().getParent() instanceof Shell window) {
			Rectangle bounds = window.getBounds();
			int right = bounds.x + bounds.width;
			int width = getShell().getSize().x;
			if (location.x + width > right) {
				moved = new Point(Math.max(bounds.x, right - width), location.y);
			}
		}
		super.setLocation(moved);
	}

	@Override
	public Rectangle computeTrim() {
		Rectangle trim = super.computeTrim();
		Rectangle textTrim = text.computeTrim(0, 0, 0, 0);
		return new Rectangle(trim.x + textTrim.x, trim.y + textTrim.y, trim.width + textTrim.width,
				trim.height + textTrim.height);
	}

	@Override
	public IInformationControlCreator getInformationPresenterControlCreator() {
		return parent -> new HoverControl(parent, (ToolBarManager) null);
	}

	/** The width of the longest line unwrapped, margins included. */
	private int naturalWidth() {
		GC gc = new GC(text);
		try {
			gc.setFont(text.getFont());
			int widest = 0;
			for (String line : text.getText().split("\n", -1)) {
				widest = Math.max(widest, gc.textExtent(line).x);
			}
			int caret = text.getCaret() == null ? 1 : text.getCaret().getSize().x; // StyledText keeps room for it
			return widest + text.getLeftMargin() + text.getRightMargin() + caret;
		} finally {
			gc.dispose();
		}
	}

	/** Whether the whole wrapped text fits in {@code bound}. */
	private boolean fits(Point bound) {
		Rectangle trim = computeTrim();
		return text.computeSize(bound.x - trim.width, SWT.DEFAULT, true).y + trim.height <= bound.y;
	}

	/**
	 * {@link #COLUMNS} × {@link #LINES} of the hover's font, at most 3/4 of the screen's width and
	 * 2/3 of its height, and no wider than 9/10 of the window it opens from (the workbench's), so
	 * that it stays over the editor and its neighbours rather than past the window's edge.
	 */
	private Point bound() {
		GC gc = new GC(text);
		try {
			gc.setFont(text.getFont());
			double charWidth = gc.getFontMetrics().getAverageCharacterWidth();
			int lineHeight = text.getLineHeight();
			Rectangle screen = getShell().getMonitor().getClientArea();
			Rectangle trim = computeTrim();
			int width = (int) Math.ceil(COLUMNS * charWidth) + trim.width;
			int height = LINES * lineHeight + trim.height;
			width = Math.min(width, screen.width * 3 / 4);
			if (getShell().getParent() instanceof Shell window && window.getClientArea().width > 0) {
				width = Math.min(width, window.getClientArea().width * 9 / 10);
			}
			return new Point(width, Math.min(height, screen.height * 2 / 3));
		} finally {
			gc.dispose();
		}
	}
}
