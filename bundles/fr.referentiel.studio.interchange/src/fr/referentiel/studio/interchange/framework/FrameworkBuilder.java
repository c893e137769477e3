/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.framework;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.referentiel.studio.dsl.check.Nesting;
import fr.referentiel.studio.export.FrenchLabels;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.CriteriaTerm;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.KnowledgeCategory;
import fr.referentiel.studio.model.KnowledgeGroup;
import fr.referentiel.studio.model.KnowledgeItem;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentielFactory;
import fr.referentiel.studio.model.SubCompetence;
import fr.referentiel.studio.model.TransversalCompetence;

/**
 * Gives the elements of another system's framework their place in a referential. A tree of any
 * shape is accepted: an element is put where the language lets it be, the nearest to what its
 * role says, and nothing is dropped.
 * <ul>
 * <li>Without a role, the shape decides: at the top, an element with grandchildren is an activity
 * type, another a competence; under an activity type, an element with grandchildren is an
 * activity, another a competence; under a competence, a performance criterion.</li>
 * <li>A role the place does not allow is moved to the nearest one that fits: an activity type
 * under another is an activity, a criterion under an activity type an evaluation criterion, a
 * competence under a competence a detailed competence.</li>
 * <li>What is under a leaf (a criterion with children) joins the leaf's owner, after it, in
 * order; the warnings count these moves.</li>
 * </ul>
 * Identifiers are the codes of the other system when they are identifiers of the language
 * (accents and signs replaced by {@code _} otherwise), unique in the file, else {@code AT1},
 * {@code CP1}, {@code CT1}, {@code BC01}.
 */
public final class FrameworkBuilder {

	private static final ReferentielFactory F = ReferentielFactory.eINSTANCE;
	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");
	private static final Pattern NUMBERING = Pattern.compile("\\d{1,4}(\\.\\d{1,4})*");
	private static final Pattern RNCP_BLOC = Pattern.compile("(?i)RNCP\\d{3,5}\\s*BC\\s*(\\d{1,2})");

	private final Referential r;
	private final List<String> warnings;
	private final Set<String> names = new HashSet<>();
	private final Map<Item, Competence> competences = new IdentityHashMap<>();
	private final List<Runnable> links = new ArrayList<>();
	private final Set<Integer> numbers = new HashSet<>();
	private final Set<String> activityNumbers = new HashSet<>();
	private final List<String> renumbered = new ArrayList<>();
	private final List<String> leafCodes = new ArrayList<>();
	private int moved;
	private int flattened;

	/** The deepest tree an importer reads: frameworks have a handful of levels; a deeper one is a mistake (or an attack). */
	public static final int MAX_DEPTH = 100;

	private FrameworkBuilder(Referential r, List<String> warnings) {
		this.r = r;
		this.warnings = warnings;
	}

	/** Adds the elements {@code top} (and their trees) to {@code r}; what was moved is said in {@code warnings}. */
	public static void build(Referential r, List<Item> top, List<String> warnings) {
		FrameworkBuilder builder = new FrameworkBuilder(r, warnings);
		for (Item item : top) {
			builder.place(item, null);
		}
		builder.links.forEach(Runnable::run);
		if (builder.moved > 0) {
			warnings.add(builder.moved + (builder.moved == 1 ? " élément a été placé" : " éléments ont été placés")
					+ " ailleurs que son type ne le dit, parce que le langage ne l'admet pas à cet endroit (une activité type sous une "
					+ "autre devient une activité, un critère sous une activité type un critère d'évaluation, une compétence sous "
					+ "une compétence une compétence détaillée) : vérifiez la structure du fichier importé.");
		}
		if (!builder.renumbered.isEmpty()) {
			warnings.add("Numéros en double, donnés à un seul élément, les autres numérotés à la suite : "
					+ String.join(", ", builder.renumbered) + ".");
		}
		if (!builder.leafCodes.isEmpty()) {
			warnings.add(builder.leafCodes.size() + (builder.leafCodes.size() == 1 ? " code d'un critère, d'un savoir ou d'une compétence "
					+ "détaillée n'est pas repris" : " codes de critères, de savoirs ou de compétences détaillées ne sont pas repris")
					+ " (le langage ne leur en donne pas) : " + String.join(", ", builder.leafCodes.subList(0, Math.min(10,
							builder.leafCodes.size()))) + (builder.leafCodes.size() > 10 ? ", …" : "") + ".");
		}
		if (builder.flattened > 0) {
			warnings.add(builder.flattened + (builder.flattened == 1 ? " élément rangé sous un critère, un savoir ou une compétence "
					+ "détaillée est placé" : " éléments rangés sous un critère, un savoir ou une compétence détaillée sont placés")
					+ " à la suite de celui-ci : le langage ne met rien sous ces éléments.");
		}
	}

	/**
	 * Places {@code item} under {@code owner} (an activity node, a competence or a bloc; null at the
	 * top), then its children under what it became.
	 */
	private void place(Item item, Object owner) {
		ItemRole wanted = item.role != null ? item.role : shape(item, owner);
		ItemRole role = fit(wanted, owner);
		if (item.role != null && role != item.role) {
			moved++;
		}
		Object self = create(item, role, owner);
		if (self == null) {
			keepNotes(item, owner);
			if (item.code != null && !item.code.isBlank()) {
				leafCodes.add(item.code.strip());
			}
		}
		Object next = self == null ? owner : self;
		if (self == null && !item.children.isEmpty()) {
			flattened += item.children.size();
		}
		for (Item child : item.children) {
			place(child, next);
		}
	}

	/** The role the shape of the tree gives an element that says none. */
	private static ItemRole shape(Item item, Object owner) {
		int height = item.height();
		if (owner == null || owner instanceof ActivityNode) {
			if (height >= 2) {
				return owner == null ? ItemRole.ACTIVITY_TYPE : ItemRole.ACTIVITY;
			}
			return ItemRole.COMPETENCE;
		}
		if (owner instanceof Block) {
			return ItemRole.COMPETENCE;
		}
		return ItemRole.PERFORMANCE_CRITERION;
	}

	/** The nearest role the language allows under {@code owner}. */
	private static ItemRole fit(ItemRole role, Object owner) {
		if (owner == null) {
			return switch (role) {
				case ACTIVITY_TYPE, COMPETENCE, TRANSVERSAL_COMPETENCE, BLOC -> role;
				case ACTIVITY -> ItemRole.ACTIVITY_TYPE;
				default -> ItemRole.COMPETENCE;
			};
		}
		if (owner instanceof ActivityNode node) {
			ItemRole fitted = switch (role) {
				case ACTIVITY, COMPETENCE, TRANSVERSAL_COMPETENCE, EVALUATION_CRITERION -> role;
				case ACTIVITY_TYPE, BLOC -> ItemRole.ACTIVITY;
				default -> ItemRole.EVALUATION_CRITERION;
			};
			// The language's own limit (Nesting): an activity deeper than it would make the file refused, so it is a competence.
			return fitted == ItemRole.ACTIVITY && depth(node) > Nesting.MAX_DEPTH ? ItemRole.COMPETENCE : fitted;
		}
		if (owner instanceof Block) {
			return switch (role) {
				case COMPETENCE, TRANSVERSAL_COMPETENCE, EVALUATION_CRITERION -> role;
				case ACTIVITY_TYPE, ACTIVITY, BLOC -> ItemRole.COMPETENCE;
				default -> ItemRole.EVALUATION_CRITERION;
			};
		}
		if (role.underCompetence()) {
			return role;
		}
		return role == ItemRole.EVALUATION_CRITERION ? ItemRole.PERFORMANCE_CRITERION : ItemRole.DETAIL;
	}

	/** The model element for {@code item}; null for a leaf, whose children then join {@code owner}. */
	private Object create(Item item, ItemRole role, Object owner) {
		String title = title(item);
		switch (role) {
			case ACTIVITY_TYPE -> {
				ActivityType at = F.createActivityType();
				int n = r.getActivityTypes().size() + 1;
				at.setName(name(item.code, "AT", n));
				at.setNumber(n);
				at.setTitle(title);
				at.setExtension(item.extension);
				at.getDescription().addAll(item.description);
				keepCode(at.getDescription(), item, at.getName());
				at.getContext().addAll(item.context);
				r.getActivityTypes().add(at);
				links.add(() -> {
					for (Item other : item.related) {
						if (competences.get(other) instanceof TransversalCompetence t && !at.getTransversalCompetences().contains(t)) {
							at.getTransversalCompetences().add(t);
						}
					}
				});
				return at;
			}
			case ACTIVITY -> {
				ActivityNode parent = (ActivityNode) owner;
				Activity a = F.createActivity();
				String prefix = parent instanceof ActivityType at ? String.valueOf(at.getNumber()) : ((Activity) parent).getNumber();
				String code = item.code == null ? "" : item.code.strip();
				String number = NUMBERING.matcher(code).matches() && code.startsWith(prefix + ".") ? code : null;
				if (number != null && !activityNumbers.add(number)) {
					renumbered.add("activité " + number);
					number = null;
				}
				if (number == null) {
					int k = parent.getActivities().size() + 1;
					while (!activityNumbers.add(prefix + "." + k)) {
						k++;
					}
					number = prefix + "." + k;
				}
				a.setNumber(number);
				a.setTitle(title);
				a.getDescription().addAll(item.description);
				keepCode(a.getDescription(), item, number);
				a.getContext().addAll(item.context);
				parent.getActivities().add(a);
				return a;
			}
			case COMPETENCE -> {
				ProfessionalCompetence c = F.createProfessionalCompetence();
				c.setName(name(item.code, "CP", r.getCompetences().size() + 1));
				fill(c, item, title);
				addNew(r.getCompetences(), c);
				if (owner instanceof ActivityNode node) {
					addNew(node.getCompetences(), c);
				} else if (owner instanceof Block b) {
					addNew(b.getCompetences(), c);
				}
				competences.put(item, c);
				return c;
			}
			case TRANSVERSAL_COMPETENCE -> {
				TransversalCompetence c = F.createTransversalCompetence();
				c.setName(name(item.code, "CT", r.getTransversalCompetences().size() + 1));
				fill(c, item, title);
				addNew(r.getTransversalCompetences(), c);
				if (owner instanceof ActivityNode node) {
					rootOf(node).getTransversalCompetences().add(c);
				} else if (owner instanceof Block b) {
					b.getCompetences().add(c);
				}
				competences.put(item, c);
				return c;
			}
			case BLOC -> {
				Block b = F.createBlock();
				String code = item.code == null ? "" : item.code.strip();
				Matcher m = RNCP_BLOC.matcher(code);
				int n = r.getBlocks().size() + 1;
				if (m.matches()) {
					b.setName(name(String.format("BC%02d", Integer.parseInt(m.group(1))), "BC", n));
					b.setCode(code.replaceAll("\\s+", ""));
				} else {
					// The language keeps only official bloc codes (RNCP35340BC01): another code names the bloc, and stays in its description.
					b.setName(name(code, "BC", n));
					if (!code.isEmpty() && !code.equals(b.getName())) {
						b.getDescription().add("Code : " + code);
					}
				}
				b.setTitle(title);
				b.getDescription().addAll(item.description);
				b.getContext().addAll(item.context);
				r.getBlocks().add(b);
				links.add(() -> {
					for (Item member : item.members) {
						Competence c = competences.get(member);
						if (c != null && !b.getCompetences().contains(c)) {
							b.getCompetences().add(c);
						}
					}
				});
				return b;
			}
			case EVALUATION_CRITERION -> {
				Criterion criterion = F.createCriterion();
				criterion.setText(title);
				if (owner instanceof ActivityNode node) {
					node.getEvaluationCriteria().add(criterion);
				} else {
					((Block) owner).getEvaluationCriteria().add(criterion);
				}
				return null;
			}
			default -> {
				leaf((Competence) owner, role, item, title);
				return null;
			}
		}
	}

	/**
	 * A leaf has no description in the language: what the other system says of it joins the
	 * description of its owner, after its text in quotes, so that nothing is lost.
	 */
	private static void keepNotes(Item item, Object owner) {
		List<String> notes = new ArrayList<>(item.description);
		item.context.forEach(p -> notes.add("Contexte : " + p));
		if (notes.isEmpty()) {
			return;
		}
		List<String> target = owner instanceof Competence c ? c.getDescription()
				: owner instanceof ActivityNode n ? n.getDescription() : ((Block) owner).getDescription();
		for (String note : notes) {
			target.add("« " + title(item) + " » : " + note);
		}
	}

	/**
	 * Adds an element known to be new: EMF's {@code add} looks for it in the list first, which made
	 * a framework of 20,000 competences take minutes.
	 */
	@SuppressWarnings("unchecked")
	private static <T> void addNew(List<T> list, T element) {
		((org.eclipse.emf.ecore.util.InternalEList<T>) list).addUnique(element);
	}

	private void fill(Competence c, Item item, String title) {
		c.setTitle(title);
		if (item.number != null && numbers.add(item.number)) {
			c.setNumber(item.number);
		} else if (item.number != null) {
			renumbered.add("n° " + item.number + " (" + c.getName() + ")");
		}
		c.getDescription().addAll(item.description);
		keepCode(c.getDescription(), item, c.getName());
		c.getContext().addAll(item.context);
	}

	private static int depth(ActivityNode node) {
		int d = 1;
		for (var e = node.eContainer(); e instanceof ActivityNode; e = e.eContainer()) {
			d++;
		}
		return d;
	}

	/**
	 * The code of the other system, kept in the description where it did not become the element's
	 * identifier or number (« CCSS.Math.Content.6.RP.A » named {@code CCSS_Math_Content_6_RP_A}).
	 */
	private static void keepCode(List<String> description, Item item, String name) {
		String code = item.code == null ? "" : item.code.strip();
		if (!code.isEmpty() && !code.equals(name)) {
			description.add("Code : " + code);
		}
	}

	private static ActivityType rootOf(ActivityNode node) {
		ActivityNode n = node;
		while (n instanceof Activity) {
			n = (ActivityNode) n.eContainer();
		}
		return (ActivityType) n;
	}

	/** A detailed competence, a criterion or a knowledge item of {@code c}, after those it has. */
	private static void leaf(Competence c, ItemRole role, Item item, String text) {
		switch (role) {
			case DETAIL -> {
				SubCompetence d = F.createSubCompetence();
				d.setText(text);
				c.getDetails().add(d);
			}
			case PERFORMANCE_CRITERION, PERFORMANCE_INDICATOR -> {
				if (role == ItemRole.PERFORMANCE_INDICATOR && c.getPerformanceCriteria().isEmpty()) {
					c.setCriteriaTerm(CriteriaTerm.PERFORMANCE_INDICATORS);
				}
				Criterion criterion = F.createCriterion();
				criterion.setText(text);
				c.getPerformanceCriteria().add(criterion);
			}
			default -> knowledge(c, role, item.heading, text);
		}
	}

	/** A knowledge item joins the last group when it has the same kind and heading, else starts one. */
	private static void knowledge(Competence c, ItemRole role, String heading, String text) {
		KnowledgeCategory category = category(role, heading);
		String title = heading == null || heading.isBlank() ? null : heading.strip();
		if (title != null && category != null && title.equals(FrenchLabels.of(category))) {
			title = null; // the default heading of the category: not written
		}
		if (category == null && title == null) {
			title = "Savoir-faire et savoirs";
		}
		List<KnowledgeGroup> groups = c.getKnowledge();
		KnowledgeGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
		KnowledgeCategory lastCategory = last == null || !last.isSetCategory() ? null : last.getCategory();
		if (last == null || lastCategory != category || !java.util.Objects.equals(last.getHeading(), title)) {
			last = F.createKnowledgeGroup();
			if (category != null) {
				last.setCategory(category);
			}
			last.setHeading(title);
			groups.add(last);
		}
		KnowledgeItem k = F.createKnowledgeItem();
		k.setText(text);
		last.getItems().add(k);
	}

	/** Savoir, or one of the three savoir-faire (from the heading: « organisationnels », « relationnels »), or a mixed list. */
	private static KnowledgeCategory category(ItemRole role, String heading) {
		if (role == ItemRole.KNOWLEDGE) {
			return KnowledgeCategory.KNOWLEDGE;
		}
		if (role == ItemRole.MIXED_KNOWLEDGE) {
			return null;
		}
		String h = heading == null ? "" : heading.toLowerCase(java.util.Locale.ROOT);
		if (h.contains("organisation")) {
			return KnowledgeCategory.ORGANISATIONAL_SKILLS;
		}
		if (h.contains("relation")) {
			return KnowledgeCategory.RELATIONAL_SKILLS;
		}
		return KnowledgeCategory.TECHNICAL_SKILLS;
	}

	private static String title(Item item) {
		String title = item.title == null ? "" : item.title.strip();
		if (title.isEmpty()) {
			title = item.code == null ? "" : item.code.strip();
		}
		return title.isEmpty() ? "(sans intitulé)" : title;
	}

	/** The code as an identifier of the language, unique in the file; else {@code prefix} and a number. */
	private String name(String code, String prefix, int n) {
		String id = identifier(code);
		if (id != null && names.add(id)) {
			return id;
		}
		int k = n;
		String candidate = prefix.equals("BC") ? String.format("BC%02d", k) : prefix + k;
		while (!names.add(candidate)) {
			k++;
			candidate = prefix.equals("BC") ? String.format("BC%02d", k) : prefix + k;
		}
		return candidate;
	}

	/** {@code Analytical-thinking} → {@code Analytical_thinking}, {@code 6.RP.A} → {@code _6_RP_A}; null when nothing is left. */
	static String identifier(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String bare = Normalizer.normalize(code.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String id = bare.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
		if (id.isEmpty() || id.length() > 60) {
			return null;
		}
		if (!IDENTIFIER.matcher(id).matches()) {
			id = "_" + id;
		}
		// A word of the language (« type », « bloc ») would be read as the keyword: not an identifier.
		return fr.referentiel.studio.interchange.ReferentialText.keywords().contains(id) ? null : id;
	}
}
