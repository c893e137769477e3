/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.BlockCorrespondence;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.CorrespondenceExtent;
import fr.referentiel.studio.model.Referential;

/**
 * Finds the counterparts of the old version's elements in the new one, rule after rule, each rule
 * only among the elements that the earlier ones left: the author's « correspond à » links, then
 * the same identifier (or bloc code), then text similarity — one to one first, then the pieces of
 * a split or a merge.
 */
final class Pairer {

	/** Two texts whose Jaccard index reaches this are one element reworded. */
	static final double SIMILAR = 0.5;
	/** A text this much contained in another (and of at least {@link #PART_MIN_WORDS} words) is a piece of it. */
	static final double PART = 0.7;
	static final int PART_MIN_WORDS = 3;
	/** Below this, the same identifier names another element (the author renumbered): left to similarity. */
	static final double REUSED_IDENTIFIER = 0.1;
	/** Candidates kept per element, best first, before the one-to-one choice. */
	private static final int CANDIDATES_KEPT = 20;

	/** Two elements paired and why. */
	record Edge(Element old, Element neu, Rule rule, double score) {
	}

	private final Version oldVersion;
	private final Version newVersion;
	private final List<Edge> edges = new ArrayList<>();
	private final Map<Element, List<Element>> newOf = new IdentityHashMap<>();
	private final Map<Element, List<Element>> oldOf = new IdentityHashMap<>();
	private final Map<Element, List<Edge>> edgesOf = new IdentityHashMap<>();
	private final Map<Element, Map<Element, CorrespondenceExtent>> declared = new IdentityHashMap<>();

	Pairer(Version oldVersion, Version newVersion) {
		this.oldVersion = oldVersion;
		this.newVersion = newVersion;
	}

	List<Edge> pair() {
		links();
		for (ElementKind kind : ElementKind.values()) {
			List<Element> olds = oldVersion.elements(kind);
			List<Element> news = newVersion.elements(kind);
			if (kind.named()) {
				byKey(olds, news, Rule.IDENTIFIER, Element::id);
			}
			if (kind == ElementKind.BLOC) {
				byKey(olds, news, Rule.CODE, Element::code);
			}
			if (kind == ElementKind.MODALITY) {
				// A modality may have an identifier of its own (modalité entretien ET1 "…").
				byKey(olds, news, Rule.IDENTIFIER, Pairer::modalityName);
			}
			bySimilarity(olds, news);
			byParts(olds, news);
		}
		return List.copyOf(edges);
	}

	List<Element> newOf(Element old) {
		return newOf.getOrDefault(old, List.of());
	}

	List<Element> oldOf(Element neu) {
		return oldOf.getOrDefault(neu, List.of());
	}

	private static String modalityName(Element modality) {
		String name = ((fr.referentiel.studio.model.EvaluationModality) modality.source()).getName();
		return name == null ? "" : name;
	}

	/** The rule that paired the two, or null. */
	Rule ruleOf(Element old, Element neu) {
		return edgesOf.getOrDefault(old, List.of()).stream().filter(e -> e.neu() == neu).map(Edge::rule).findFirst().orElse(null);
	}

	private boolean paired(Element e) {
		return newOf.containsKey(e) || oldOf.containsKey(e);
	}

	private void add(Element old, Element neu, Rule rule) {
		Edge edge = new Edge(old, neu, rule, score(old, neu));
		edges.add(edge);
		edgesOf.computeIfAbsent(old, k -> new ArrayList<>()).add(edge);
		newOf.computeIfAbsent(old, k -> new ArrayList<>()).add(neu);
		oldOf.computeIfAbsent(neu, k -> new ArrayList<>()).add(old);
	}

	/** « correspond à » on the new version's competences and blocs, towards elements of the old one. */
	private void links() {
		Referential oldReferential = oldVersion.referential();
		for (Element neu : newVersion.elements()) {
			if (neu.source() instanceof Competence competence) {
				for (Competence target : competence.getCorrespondsTo()) {
					link(oldElement(target, oldReferential), neu);
				}
			} else if (neu.source() instanceof Block bloc) {
				for (BlockCorrespondence clause : bloc.getCorrespondences()) {
					for (Block target : clause.getBlocks()) {
						Element old = oldElement(target, oldReferential);
						link(old, neu);
						if (old != null) {
							declared.computeIfAbsent(neu, k -> new LinkedHashMap<>()).putIfAbsent(old, clause.getExtent());
						}
					}
				}
			}
		}
	}

	/**
	 * The old version's element a link names: the same object when both files were read together,
	 * else the element of the same name in a referential of the same name (another copy of the file).
	 */
	private void link(Element old, Element neu) {
		if (old != null && !newOf(old).contains(neu)) {
			add(old, neu, Rule.LINK);
		}
	}

	/** The old blocs a new bloc says it takes over, with how much when it says so; empty when it says nothing. */
	Map<Element, CorrespondenceExtent> declared(Element newBloc) {
		return declared.getOrDefault(newBloc, Map.of());
	}

	private Element oldElement(EObject target, Referential oldReferential) {
		Element same = oldVersion.element(target);
		if (same != null || target.eIsProxy()) {
			return same;
		}
		EObject container = target.eContainer();
		String name = target instanceof Competence c ? c.getName() : ((Block) target).getName();
		if (container instanceof Referential r && r.getName() != null && r.getName().equals(oldReferential.getName())) {
			return oldVersion.elements().stream()
					.filter(e -> e.source().eClass() == target.eClass() && e.id().equals(name)).findFirst().orElse(null);
		}
		return null;
	}

	private void byKey(List<Element> olds, List<Element> news, Rule rule, java.util.function.Function<Element, String> key) {
		Map<String, Element> oldByKey = new HashMap<>();
		for (Element old : olds) {
			String k = key.apply(old);
			if (!k.isEmpty() && !paired(old)) {
				oldByKey.putIfAbsent(k, old);
			}
		}
		for (Element neu : news) {
			if (paired(neu)) {
				continue;
			}
			Element old = oldByKey.get(key.apply(neu));
			if (old != null && !paired(old) && sameElement(old, neu, olds, news)) {
				add(old, neu, rule);
			}
		}
	}

	private Indexes oldIndex;
	private Indexes newIndex;
	private ElementKind indexed;

	/**
	 * Whether two elements of the same identifier are one element: yes when their texts are alike;
	 * no when either is clearly more like another element (CP3 and CP4 that swapped their numbers,
	 * « Gérer les données » moved to another bloc under another number), or when they share almost
	 * nothing: the author reused the identifier, and similarity decides. Texts too short to tell keep
	 * their identifier.
	 */
	private boolean sameElement(Element old, Element neu, List<Element> olds, List<Element> news) {
		double score = score(old, neu);
		if (score >= SIMILAR) {
			return true;
		}
		if (indexed != old.kind()) {
			oldIndex = new Indexes(olds);
			newIndex = new Indexes(news);
			indexed = old.kind();
		}
		if (moreLikeAnother(old, neu, newIndex, score) || moreLikeAnother(neu, old, oldIndex, score)) {
			return false;
		}
		return score >= REUSED_IDENTIFIER || old.words().size() < PART_MIN_WORDS || neu.words().size() < PART_MIN_WORDS;
	}

	/**
	 * How alike two elements are: the Jaccard index of their words, or of their titles' when that is
	 * higher, for the elements that have a title of their own (a competence whose sheet gained detailed
	 * sub-competences, a bloc with a new description, keep their title).
	 */
	static double score(Element a, Element b) {
		double whole = Words.jaccard(a.words(), b.words());
		if (!a.kind().named() || a.titleWords().isEmpty() || b.titleWords().isEmpty()) {
			return whole;
		}
		return Math.max(whole, Words.jaccard(a.titleWords(), b.titleWords()));
	}

	/** The indexes of one side's elements of a kind: by all their words, and by their titles'. */
	private static final class Indexes {

		private final WordIndex words;
		private final WordIndex titles;

		Indexes(List<Element> elements) {
			words = new WordIndex(elements);
			titles = new WordIndex(elements, Element::titleWords);
		}

		/** Every element whose {@link Pairer#score} with {@code e} may reach {@code fraction}. */
		Set<Element> candidates(Element e, double fraction) {
			Set<Element> candidates = new LinkedHashSet<>(words.candidates(e.words(), fraction));
			if (e.kind().named()) {
				candidates.addAll(titles.candidates(e.titleWords(), fraction));
			}
			return candidates;
		}
	}

	private static boolean moreLikeAnother(Element element, Element counterpart, Indexes others, double score) {
		for (Element other : others.candidates(element, SIMILAR)) {
			double s = score(element, other);
			if (other != counterpart && s >= SIMILAR && s > score) {
				return true;
			}
		}
		return false;
	}

	/** A candidate pair and what orders it: score, then whether their parents are counterparts, then the file. */
	private record Candidate(Element old, Element neu, double score, boolean sameParent) {
	}

	private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
			.thenComparing(Candidate::sameParent, Comparator.reverseOrder())
			.thenComparingInt(c -> c.neu().order())
			.thenComparingInt(c -> c.old().order());

	private void bySimilarity(List<Element> olds, List<Element> news) {
		sameWords(olds, news);
		List<Element> freeOld = olds.stream().filter(e -> !paired(e)).toList();
		List<Element> freeNew = news.stream().filter(e -> !paired(e)).toList();
		if (freeOld.isEmpty() || freeNew.isEmpty()) {
			return;
		}
		Indexes index = new Indexes(freeOld);
		List<Candidate> candidates = new ArrayList<>();
		for (Element neu : freeNew) {
			List<Candidate> mine = new ArrayList<>();
			for (Element old : index.candidates(neu, SIMILAR)) {
				double score = score(old, neu);
				if (score >= SIMILAR) {
					mine.add(new Candidate(old, neu, score, sameParent(old, neu)));
				}
			}
			mine.sort(BEST_FIRST);
			candidates.addAll(mine.subList(0, Math.min(CANDIDATES_KEPT, mine.size())));
		}
		candidates.sort(BEST_FIRST);
		for (Candidate c : candidates) {
			if (!paired(c.old()) && !paired(c.neu())) {
				add(c.old(), c.neu(), Rule.SIMILARITY);
			}
		}
	}

	/**
	 * Elements with the same words (most of them, between two versions) are paired first, through a
	 * hash of their words: the index then only serves the few that changed. Among several alike, those
	 * in the counterpart of their parent first (so that a sentence repeated in several competences
	 * stays in each), then the rest in the order of the file.
	 */
	private void sameWords(List<Element> olds, List<Element> news) {
		Map<Set<String>, List<Element>> byWords = new HashMap<>();
		for (Element old : olds) {
			if (!paired(old) && !old.words().isEmpty()) {
				byWords.computeIfAbsent(old.words(), w -> new ArrayList<>()).add(old);
			}
		}
		for (boolean parentFirst : new boolean[] { true, false }) {
			for (Element neu : news) {
				List<Element> alike = paired(neu) ? null : byWords.get(neu.words());
				if (alike == null || alike.isEmpty()) {
					continue;
				}
				Element old = alike.stream().filter(o -> !parentFirst || sameParent(o, neu)).findFirst().orElse(null);
				if (old != null) {
					alike.remove(old);
					add(old, neu, Rule.SIMILARITY);
				}
			}
		}
	}

	/**
	 * What is left may be a piece of an element: a new element most of whose words are in one old
	 * element (a split), or an old element most of whose words are in one new element (a merge). A
	 * list entry (criterion, knowledge, modality) is a piece only of an entry of its parent's
	 * counterpart: the same short sentence often appears in several competences, and the entries of
	 * a removed competence are removed with it, not merged into another's.
	 */
	private void byParts(List<Element> olds, List<Element> news) {
		List<Element> freeNew = news.stream().filter(e -> !paired(e) && e.words().size() >= PART_MIN_WORDS).toList();
		if (!freeNew.isEmpty() && !olds.isEmpty()) {
			WordIndex index = new WordIndex(olds);
			for (Element neu : freeNew) {
				Candidate best = best(neu, index.candidates(neu.words(), PART), true);
				if (best != null) {
					add(best.old(), neu, Rule.SIMILARITY);
				}
			}
		}
		List<Element> freeOld = olds.stream().filter(e -> !paired(e) && e.words().size() >= PART_MIN_WORDS).toList();
		if (!freeOld.isEmpty() && !news.isEmpty()) {
			WordIndex index = new WordIndex(news);
			for (Element old : freeOld) {
				Candidate best = best(old, index.candidates(old.words(), PART), false);
				if (best != null) {
					add(best.old(), best.neu(), Rule.SIMILARITY);
				}
			}
		}
	}

	private Candidate best(Element piece, Set<Element> wholes, boolean pieceIsNew) {
		Candidate best = null;
		for (Element whole : wholes) {
			double contained = Words.containment(piece.words(), whole.words());
			if (contained < PART || !piece.kind().named() && !sameParent(pieceIsNew ? whole : piece, pieceIsNew ? piece : whole)) {
				continue;
			}
			Candidate c = pieceIsNew ? new Candidate(whole, piece, contained, sameParent(whole, piece))
					: new Candidate(piece, whole, contained, sameParent(piece, whole));
			if (best == null || BEST_FIRST.compare(c, best) < 0) {
				best = c;
			}
		}
		return best;
	}

	private boolean sameParent(Element old, Element neu) {
		return old.parent() != null && neu.parent() != null && newOf(old.parent()).contains(neu.parent());
	}

	/** Elements linked by edges, grouped: each group is one pairing. Groups in the order of their first element. */
	static List<List<Edge>> groups(List<Edge> edges) {
		Map<Element, Element> root = new IdentityHashMap<>();
		for (Edge e : edges) {
			union(root, e.old(), e.neu());
		}
		Map<Element, List<Edge>> groups = new LinkedHashMap<>();
		for (Edge e : edges) {
			groups.computeIfAbsent(find(root, e.old()), k -> new ArrayList<>()).add(e);
		}
		return new ArrayList<>(groups.values());
	}

	private static Element find(Map<Element, Element> root, Element e) {
		Element r = e;
		while (root.containsKey(r) && root.get(r) != r) {
			r = root.get(r);
		}
		root.put(e, r);
		return r;
	}

	private static void union(Map<Element, Element> root, Element a, Element b) {
		root.putIfAbsent(a, a);
		root.putIfAbsent(b, b);
		Element ra = find(root, a);
		Element rb = find(root, b);
		if (ra != rb) {
			root.put(rb, ra);
		}
	}
}
