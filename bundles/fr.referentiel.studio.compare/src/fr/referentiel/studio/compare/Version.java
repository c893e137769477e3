/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

import static fr.referentiel.studio.export.Referentials.nullToEmpty;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.EvaluationModality;
import fr.referentiel.studio.model.KnowledgeGroup;
import fr.referentiel.studio.model.KnowledgeItem;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;

/**
 * One side of a comparison: the elements of a referential, in the order of the file, each knowing
 * its parent. Identifiers of list entries follow the CSV export (CP1-CR2, CCP1-MO1), so that a
 * row of the pairing table can be found in the CSV of either version.
 *
 * @param label how the outputs name this side: the file name, or the referential's name
 */
public record Version(String label, Referential referential, List<Element> elements, Map<EObject, Element> bySource) {

	public static Version of(String label, Referential referential) {
		Builder builder = new Builder(referential);
		builder.collect();
		return new Version(label, referential, List.copyOf(builder.elements), java.util.Collections.unmodifiableMap(builder.bySource));
	}

	public List<Element> elements(ElementKind kind) {
		return elements.stream().filter(e -> e.kind() == kind).toList();
	}

	public Element element(EObject source) {
		return bySource.get(source);
	}

	/** The referential's name, as a « correspond à » line qualifies an identifier with it. */
	public String name() {
		return nullToEmpty(referential.getName());
	}

	private static final class Builder {

		private final Referential referential;
		private final List<Element> elements = new ArrayList<>();
		private final Map<EObject, Element> bySource = new IdentityHashMap<>();

		Builder(Referential referential) {
			this.referential = referential;
		}

		void collect() {
			for (ActivityType type : referential.getActivityTypes()) {
				node(type, null);
			}
			// Blocs before competences: a competence that no activity type lists sits in the first bloc that certifies it.
			Map<Competence, Element> blocOf = new IdentityHashMap<>();
			for (Block b : referential.getBlocks()) {
				List<String> lines = new ArrayList<>(b.getDescription());
				lines.addAll(b.getContext());
				lines.addAll(b.getResources());
				lines.addAll(b.getAutonomy());
				Element bloc = add(ElementKind.BLOC, nullToEmpty(b.getName()), nullToEmpty(b.getCode()), nullToEmpty(b.getTitle()),
						lines, List.of(), null, b);
				modalitiesAndCriteria(bloc, b.getModalities(), b.getEvaluationCriteria());
				Referentials.competences(b).forEach(c -> blocOf.putIfAbsent(c, bloc));
			}
			Map<ProfessionalCompetence, ActivityNode> owners = Referentials.owners(referential);
			for (ProfessionalCompetence c : referential.getCompetences()) {
				ActivityNode owner = owners.get(c);
				competence(c, ElementKind.COMPETENCE, owner != null ? bySource.get(owner) : blocOf.get(c));
			}
			for (Competence c : referential.getTransversalCompetences()) {
				competence(c, ElementKind.TRANSVERSAL_COMPETENCE, null);
			}
		}

		private void node(ActivityNode node, Element parent) {
			List<String> lines = new ArrayList<>(node.getDescription());
			lines.addAll(node.getContext());
			Element self;
			if (node instanceof ActivityType type) {
				lines.addAll(type.getRegulation());
				self = add(ElementKind.ACTIVITY_TYPE, nullToEmpty(type.getName()), "", nullToEmpty(type.getTitle()), lines,
						List.of(), null, type);
			} else {
				String id = nullToEmpty(Referentials.root(node).getName()) + "-" + nullToEmpty(((Activity) node).getNumber());
				self = add(ElementKind.ACTIVITY, id, "", nullToEmpty(node.getTitle()), lines, List.of(), parent, node);
			}
			for (Activity child : node.getActivities()) {
				node(child, self);
			}
			modalitiesAndCriteria(self, node.getModalities(), node.getEvaluationCriteria());
		}

		private void competence(Competence c, ElementKind kind, Element parent) {
			List<String> lines = new ArrayList<>(c.getDescription());
			lines.addAll(c.getContext());
			lines.addAll(Referentials.texts(c.getDetails()));
			List<String> extra = new ArrayList<>(Referentials.texts(c.getPerformanceCriteria()));
			extra.addAll(Referentials.knowledgeItems(c));
			Element self = add(kind, nullToEmpty(c.getName()), "", nullToEmpty(c.getTitle()), lines, extra, parent, c);
			int k = 0;
			for (Criterion criterion : c.getPerformanceCriteria()) {
				k++;
				add(ElementKind.CRITERION, self.id() + "-CR" + k, "", nullToEmpty(criterion.getText()), List.of(), List.of(), self,
						criterion);
			}
			int n = 0;
			for (KnowledgeGroup group : c.getKnowledge()) {
				for (KnowledgeItem item : group.getItems()) {
					n++;
					add(ElementKind.KNOWLEDGE, self.id() + "-SK" + n, "", nullToEmpty(item.getText()), List.of(), List.of(), self,
							item);
				}
			}
		}

		private void modalitiesAndCriteria(Element parent, List<EvaluationModality> modalities, List<Criterion> criteria) {
			int m = 0;
			for (EvaluationModality modality : modalities) {
				m++;
				List<String> lines = new ArrayList<>();
				if (modality.getDuration() != null && !modality.getDuration().isBlank()) {
					lines.add("Durée : " + modality.getDuration());
				}
				lines.addAll(modality.getDescription());
				lines.addAll(Referentials.texts(modality.getDeliverables()));
				String id = modality.getName() != null && !modality.getName().isBlank() ? modality.getName() : parent.id() + "-MO" + m;
				add(ElementKind.MODALITY, id, "", Referentials.modalityLabel(modality), lines, List.of(), parent, modality);
			}
			int k = 0;
			for (Criterion criterion : criteria) {
				k++;
				add(ElementKind.CRITERION, parent.id() + "-CE" + k, "", nullToEmpty(criterion.getText()), List.of(), List.of(),
						parent, criterion);
			}
		}

		private Element add(ElementKind kind, String id, String code, String title, List<String> lines, List<String> extra,
				Element parent, EObject source) {
			Set<String> words = new LinkedHashSet<>(Words.of(title));
			lines.forEach(l -> words.addAll(Words.of(l)));
			extra.forEach(l -> words.addAll(Words.of(l)));
			Element e = new Element(kind, id, code, title, lines.stream().map(Referentials::nullToEmpty).toList(),
					java.util.Collections.unmodifiableSet(words), java.util.Collections.unmodifiableSet(Words.of(title)), parent, source,
					elements.size());
			elements.add(e);
			bySource.put(source, e);
			return e;
		}

	}
}
