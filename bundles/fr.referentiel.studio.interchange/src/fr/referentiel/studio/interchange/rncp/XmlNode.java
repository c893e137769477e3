/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.rncp;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of the one FICHE being imported (a few tens of kilobytes): its name, its text and its
 * child elements. Only the selected record is kept this way, never the export.
 */
final class XmlNode {

	final String name;
	final int line;
	final StringBuilder text = new StringBuilder();
	final List<XmlNode> children = new ArrayList<>();

	XmlNode(String name, int line) {
		this.name = name;
		this.line = line;
	}

	/** The stripped text of the first child of that name, or null. */
	String text(String child) {
		XmlNode node = child(child);
		if (node == null) {
			return null;
		}
		String value = node.text.toString().strip();
		return value.isEmpty() ? null : value;
	}

	XmlNode child(String child) {
		for (XmlNode node : children) {
			if (node.name.equals(child)) {
				return node;
			}
		}
		return null;
	}

	/** The children of that name. */
	List<XmlNode> all(String child) {
		List<XmlNode> result = new ArrayList<>();
		for (XmlNode node : children) {
			if (node.name.equals(child)) {
				result.add(node);
			}
		}
		return result;
	}

	/** The grandchildren {@code container/item}: {@code all("CODES_NSF", "NSF")}. */
	List<XmlNode> all(String container, String item) {
		List<XmlNode> result = new ArrayList<>();
		for (XmlNode node : all(container)) {
			result.addAll(node.all(item));
		}
		return result;
	}
}
