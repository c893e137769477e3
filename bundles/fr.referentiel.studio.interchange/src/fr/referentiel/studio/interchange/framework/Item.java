/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.framework;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of another system's competency framework (a CASE CFItem, a Moodle competency), as
 * its reader found it, before {@link FrameworkBuilder} gives it its place in a referential.
 */
public final class Item {

	/** What the file says it is; null when only the shape of the tree can tell. */
	public ItemRole role;
	/** Its code in the other system (humanCodingScheme, id number): the identifier when it can be one. */
	public String code;
	/** Its whole text (fullStatement, the first paragraph of a description). */
	public String title;
	public final List<String> description = new ArrayList<>();
	public final List<String> context = new ArrayList<>();
	/** The heading of a knowledge item (« Savoirs technologiques »). */
	public String heading;
	/** An activity type d'extension. */
	public boolean extension;
	/** The number of a competence (« N° 3 »), when the file keeps it. */
	public Integer number;
	/** Its children, in the order of the other system. */
	public final List<Item> children = new ArrayList<>();
	/** For a bloc: the competences it certifies, in order (CASE isPartOf). */
	public final List<Item> members = new ArrayList<>();
	/** For an activity type: the competences it names besides its children (Moodle cross-references). */
	public final List<Item> related = new ArrayList<>();
	int height() {
		int h = 0;
		for (Item child : children) {
			h = Math.max(h, 1 + child.height());
		}
		return h;
	}
}
