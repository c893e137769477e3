/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

import java.util.ArrayList;
import java.util.List;

import fr.referentiel.studio.model.Competence;

/**
 * A « correspond à » line that the new version could write: a competence of the new version that
 * links to nothing, and that the comparison paired by text similarity (the same identifier needs no
 * link). The author decides; once written, the link is what pairs them.
 *
 * @param olds its counterparts in the old version
 */
public record Proposal(Element competence, List<Element> olds, Pairing pairing) {

	public Proposal {
		olds = List.copyOf(olds);
	}

	/** « correspond à TAI_2018.CP3, TAI_2018.CP4 », qualified by the old referential's name. */
	public String line(String oldName) {
		return "correspond à " + String.join(", ", olds.stream().map(o -> oldName.isEmpty() ? o.id() : oldName + "." + o.id()).toList());
	}

	public static List<Proposal> of(Comparison comparison) {
		List<Proposal> proposals = new ArrayList<>();
		for (Pairing p : comparison.pairings()) {
			if (p.olds().isEmpty() || !p.rules().contains(Rule.SIMILARITY) || p.rules().contains(Rule.LINK)) {
				continue;
			}
			for (Element neu : p.news()) {
				if (neu.source() instanceof Competence c && c.getCorrespondsTo().isEmpty()) {
					proposals.add(new Proposal(neu, p.olds(), p));
				}
			}
		}
		proposals.sort(java.util.Comparator.comparingInt(pr -> pr.competence().order()));
		return List.copyOf(proposals);
	}
}
