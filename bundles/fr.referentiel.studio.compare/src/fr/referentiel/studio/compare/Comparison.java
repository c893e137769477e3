/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.CorrespondenceExtent;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Referential;

/**
 * The comparison of two versions of a referential: every element of either version in exactly one
 * pairing, and the bloc correspondence table derived from the pairing of competences. A pure
 * function of the two models: the same files give the same comparison, in the order of the files.
 */
public final class Comparison {

	private final Version oldVersion;
	private final Version newVersion;
	private final List<Pairing> pairings;
	private final List<BlocCorrespondence> blocs;

	private Comparison(Version oldVersion, Version newVersion, List<Pairing> pairings, List<BlocCorrespondence> blocs) {
		this.oldVersion = oldVersion;
		this.newVersion = newVersion;
		this.pairings = List.copyOf(pairings);
		this.blocs = List.copyOf(blocs);
	}

	public static Comparison of(String oldLabel, Referential oldReferential, String newLabel, Referential newReferential) {
		return of(Version.of(oldLabel, oldReferential), Version.of(newLabel, newReferential));
	}

	public static Comparison of(Version oldVersion, Version newVersion) {
		Pairer pairer = new Pairer(oldVersion, newVersion);
		List<Pairer.Edge> edges = pairer.pair();
		List<Pairing> pairings = new ArrayList<>();
		Set<Element> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		for (List<Pairer.Edge> group : Pairer.groups(edges)) {
			pairings.add(pairing(group, pairer));
			group.forEach(e -> {
				seen.add(e.old());
				seen.add(e.neu());
			});
		}
		for (Element old : oldVersion.elements()) {
			if (!seen.contains(old)) {
				pairings.add(new Pairing(old.kind(), List.of(old), List.of(), List.of(Change.REMOVED), List.of(), 0, List.of()));
			}
		}
		for (Element neu : newVersion.elements()) {
			if (!seen.contains(neu)) {
				pairings.add(new Pairing(neu.kind(), List.of(), List.of(neu), List.of(Change.ADDED), List.of(), 0, List.of()));
			}
		}
		// By kind, then the old version's order, then what is new in the new version's order.
		pairings.sort(Comparator.comparing(Pairing::kind)
				.thenComparing(p -> p.olds().isEmpty())
				.thenComparingInt(p -> p.olds().isEmpty() ? p.news().get(0).order() : p.olds().get(0).order()));
		return new Comparison(oldVersion, newVersion, pairings, blocTable(oldVersion, newVersion, pairer));
	}

	private static Pairing pairing(List<Pairer.Edge> group, Pairer pairer) {
		List<Element> olds = new ArrayList<>(new LinkedHashSet<>(group.stream().map(Pairer.Edge::old).toList()));
		List<Element> news = new ArrayList<>(new LinkedHashSet<>(group.stream().map(Pairer.Edge::neu).toList()));
		olds.sort(Comparator.comparingInt(Element::order));
		news.sort(Comparator.comparingInt(Element::order));
		EnumSet<Rule> rules = EnumSet.noneOf(Rule.class);
		group.forEach(e -> rules.add(e.rule()));
		double score = group.stream().mapToDouble(Pairer.Edge::score).average().orElse(0);
		EnumSet<Change> changes = EnumSet.noneOf(Change.class);
		String oldText = String.join("\n", olds.stream().map(Element::text).toList());
		String newText = String.join("\n", news.stream().map(Element::text).toList());
		if (olds.size() > 1) {
			changes.add(Change.MERGED);
		}
		if (news.size() > 1) {
			changes.add(Change.SPLIT);
		}
		if (olds.size() == 1 && news.size() == 1) {
			Element old = olds.get(0);
			Element neu = news.get(0);
			if (moved(old, neu, pairer)) {
				changes.add(Change.MOVED);
			}
			// A list entry's identifier is its rank (CP1-CR2): only the author's identifiers count as a change.
			boolean renamed = old.kind().named() && !old.id().equals(neu.id());
			if (!oldText.equals(newText) || renamed || !old.code().equals(neu.code())) {
				changes.add(Change.MODIFIED);
			}
		}
		if (changes.isEmpty()) {
			changes.add(Change.UNCHANGED);
		}
		List<WordDiff.Segment> diff = oldText.equals(newText) ? List.of() : WordDiff.of(oldText, newText);
		Element first = news.get(0);
		return new Pairing(first.kind(), olds, news, List.copyOf(changes), List.copyOf(rules), score, diff);
	}

	/** In another parent: the new parent is not a counterpart of the old parent. */
	private static boolean moved(Element old, Element neu, Pairer pairer) {
		if (old.parent() == null || neu.parent() == null) {
			return false;
		}
		return !pairer.newOf(old.parent()).contains(neu.parent());
	}

	/**
	 * The tableau de correspondance: each old bloc against the new blocs that take over some of its
	 * competences, or against those a new bloc names (« correspond à » on the bloc), which then are
	 * its only predecessors; « totalement » or « partiellement » there is the designer's word.
	 */
	private static List<BlocCorrespondence> blocTable(Version oldVersion, Version newVersion, Pairer pairer) {
		List<BlocCorrespondence> rows = new ArrayList<>();
		List<Element> newBlocs = newVersion.elements(ElementKind.BLOC);
		Map<Element, List<Element>> newCompetences = new IdentityHashMap<>();
		for (Element bloc : newBlocs) {
			newCompetences.put(bloc, competences(bloc, newVersion));
		}
		Set<Element> succeeded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		for (Element oldBloc : oldVersion.elements(ElementKind.BLOC)) {
			List<Element> oldCompetences = competences(oldBloc, oldVersion);
			int before = rows.size();
			for (Element newBloc : newBlocs) {
				Map<Element, CorrespondenceExtent> declared = pairer.declared(newBloc);
				List<Element> in = newCompetences.get(newBloc);
				List<Element> covered = oldCompetences.stream().filter(c -> pairer.newOf(c).stream().anyMatch(in::contains)).toList();
				boolean byCompetences = !oldCompetences.isEmpty();
				if (declared.isEmpty() ? (byCompetences ? covered.isEmpty() : !pairer.newOf(oldBloc).contains(newBloc))
						: !declared.containsKey(oldBloc)) {
					continue;
				}
				List<Element> missing = oldCompetences.stream().filter(c -> !covered.contains(c)).toList();
				List<Element> extra = in.stream().filter(n -> pairer.oldOf(n).stream().noneMatch(oldCompetences::contains)).toList();
				List<Rule> basis = byCompetences ? competenceRules(covered, in, pairer) : rulesOf(oldBloc, newBloc, pairer);
				CorrespondenceExtent said = declared.getOrDefault(oldBloc, CorrespondenceExtent.UNSTATED);
				BlocCorrespondence.Kind kind = switch (said) {
					case TOTAL -> BlocCorrespondence.Kind.TOTAL;
					case PARTIAL -> BlocCorrespondence.Kind.PARTIAL;
					default -> missing.isEmpty() ? BlocCorrespondence.Kind.TOTAL : BlocCorrespondence.Kind.PARTIAL;
				};
				rows.add(new BlocCorrespondence(oldBloc, newBloc, kind, missing, extra, basis, byCompetences, !declared.isEmpty()));
				succeeded.add(newBloc);
			}
			if (rows.size() == before) {
				rows.add(new BlocCorrespondence(oldBloc, null, BlocCorrespondence.Kind.NONE, oldCompetences, List.of(), List.of(),
						true, false));
			}
		}
		for (Element newBloc : newBlocs) {
			if (!succeeded.contains(newBloc)) {
				rows.add(new BlocCorrespondence(null, newBloc, BlocCorrespondence.Kind.NEW, List.of(), newCompetences.get(newBloc),
						List.of(), true, false));
			}
		}
		return rows;
	}

	/** The competences a bloc certifies, as elements, in the bloc's order. */
	private static List<Element> competences(Element bloc, Version version) {
		List<Element> competences = new ArrayList<>();
		for (Competence c : Referentials.competences((Block) bloc.source())) {
			Element e = version.element(c);
			if (e != null && !competences.contains(e)) {
				competences.add(e);
			}
		}
		return competences;
	}

	private static List<Rule> rulesOf(Element old, Element neu, Pairer pairer) {
		Rule rule = pairer.ruleOf(old, neu);
		return rule == null ? List.of() : List.of(rule);
	}

	private static List<Rule> competenceRules(List<Element> covered, List<Element> in, Pairer pairer) {
		EnumSet<Rule> rules = EnumSet.noneOf(Rule.class);
		for (Element c : covered) {
			for (Element n : pairer.newOf(c)) {
				if (in.contains(n)) {
					rules.add(pairer.ruleOf(c, n));
				}
			}
		}
		return List.copyOf(rules);
	}

	public Version oldVersion() {
		return oldVersion;
	}

	public Version newVersion() {
		return newVersion;
	}

	/** Every element of both versions, once: by kind, in the old version's order, then the added ones. */
	public List<Pairing> pairings() {
		return pairings;
	}

	public List<BlocCorrespondence> blocs() {
		return blocs;
	}

	/** « 2 modifiés, 1 supprimé, 140 inchangés », the changes that occur in {@link #counts()} order; « aucun élément » for none. */
	public String countsText() {
		List<String> parts = new ArrayList<>();
		counts().forEach((change, n) -> {
			if (n > 0) {
				parts.add(n + " " + change.label() + (n > 1 ? "s" : ""));
			}
		});
		return parts.isEmpty() ? "aucun élément" : String.join(", ", parts);
	}

	/** How many pairings have each change (a moved and modified element counts for both). */
	public Map<Change, Integer> counts() {
		Map<Change, Integer> counts = new EnumMap<>(Change.class);
		for (Change change : Change.values()) {
			counts.put(change, 0);
		}
		for (Pairing p : pairings) {
			p.changes().forEach(c -> counts.merge(c, 1, Integer::sum));
		}
		return counts;
	}

	/** The pairing that holds the element (of either version). */
	public Pairing pairingOf(Element element) {
		return pairings.stream().filter(p -> p.olds().contains(element) || p.news().contains(element)).findFirst().orElseThrow();
	}
}
