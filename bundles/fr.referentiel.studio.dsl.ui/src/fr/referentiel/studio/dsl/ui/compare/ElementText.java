/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.compare;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import fr.referentiel.studio.compare.Element;

/**
 * One side of a pairing in the Compare editor's content pane: the text of its elements (title and
 * content, one paragraph or entry a line; the elements of a split or a merge one after the other),
 * read-only.
 */
public final class ElementText implements ITypedElement, IEncodedStreamContentAccessor {

	private final String name;
	private final String text;

	ElementText(List<Element> elements) {
		this.name = String.join(" + ", elements.stream().map(ElementText::label).toList());
		StringBuilder b = new StringBuilder();
		for (Element element : elements) {
			if (!b.isEmpty()) {
				b.append("\n\n");
			}
			b.append(label(element));
			if (!element.lines().isEmpty()) {
				b.append('\n').append(String.join("\n", element.lines()));
			}
		}
		this.text = b.append('\n').toString();
	}

	/** « CP3 – Diagnostiquer… », « CCP1 (RNCP…BC01) – Assister… », « CP1-CR2 – La demande… ». */
	static String label(Element element) {
		String shown = element.code().isEmpty() || element.code().equals(element.id()) ? element.id()
				: element.id() + " (" + element.code() + ")";
		return element.title().isEmpty() ? shown : shown + " – " + element.title();
	}

	/** The text shown, as the content pane compares it. */
	public String text() {
		return text;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public Image getImage() {
		return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
	}

	@Override
	public String getType() {
		return ITypedElement.TEXT_TYPE;
	}

	@Override
	public InputStream getContents() {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String getCharset() {
		return StandardCharsets.UTF_8.name();
	}
}
