/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import static fr.referentiel.studio.dsl.validation.IssueCodes.*;
import static org.eclipse.xtext.EcoreUtil2.getContainerOfType;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import fr.referentiel.studio.dsl.validation.IssueData.Edit;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.BlockCorrespondence;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentielPackage;
import fr.referentiel.studio.model.Relation;
import fr.referentiel.studio.model.RelationKind;

/**
 * The links between two versions of a certification agree across their files: a successor says
 * it replaces, a correspondence points into a version the file names, and the competences of the
 * replaced version that nothing here takes up are pointed out for the designer to decide.
 */
public class VersionsValidator extends ReferentielCheck {

	private static final ReferentielPackage P = ReferentielPackage.eINSTANCE;

	/** « successeur TAI_2023 » in the old file, and TAI_2023 does not say « remplace » this one. */
	@Check(CheckType.NORMAL)
	public void successorSaysItReplaces(Relation relation) {
		Referential self = getContainerOfType(relation, Referential.class);
		Referential successor = relation.getReferential();
		if (relation.getKind() != RelationKind.NEXT_VERSION || self == null || successor == null || successor.eIsProxy()
				|| successor == self) {
			return;
		}
		if (successor.getRelations().stream().noneMatch(r -> r.getKind() == RelationKind.PREVIOUS_VERSION && names(r, self))) {
			report(SUCCESSOR_WITHOUT_REPLACES, "Ce fichier donne " + successor.getName() + " comme successeur, mais "
					+ successor.getName() + " (fichier « " + fileName(successor) + " ») ne dit pas « remplace " + self.getName()
					+ " ». Ajoutez la ligne « remplace " + self.getName() + " » dans " + successor.getName()
					+ ", ou corrigez celle-ci si le successeur est un autre référentiel.", relation, P.getRelation_Referential());
		}
	}

	/** « correspond à TAI_2018.CP2 » where this file neither replaces TAI_2018 nor names it as successor. */
	@Check(CheckType.NORMAL)
	public void correspondencesPointIntoAnotherVersion(Competence competence) {
		pointIntoAnotherVersion("La compétence " + competence.getName(), competence, competence.getCorrespondsTo(),
				P.getCompetence_CorrespondsTo());
	}

	/** The same for a bloc: « correspond à RNCP35340.BC01 » names a bloc of a version this file replaces. */
	@Check(CheckType.NORMAL)
	public void blocCorrespondencesPointIntoAnotherVersion(BlockCorrespondence clause) {
		Block bloc = getContainerOfType(clause, Block.class);
		pointIntoAnotherVersion("Le bloc " + (bloc == null ? "" : bloc.getName()), clause, clause.getBlocks(),
				P.getBlockCorrespondence_Blocks());
	}

	private void pointIntoAnotherVersion(String subject, EObject owner, List<? extends EObject> targets, EReference feature) {
		Referential self = getContainerOfType(owner, Referential.class);
		for (int i = 0; i < targets.size(); i++) {
			EObject target = targets.get(i);
			Referential other = target.eIsProxy() ? null : getContainerOfType(target, Referential.class);
			if (self == null || other == null || other == self || isVersionOf(self, other)) {
				continue;
			}
			String targetName = target instanceof Competence c ? c.getName() : ((Block) target).getName();
			report(CORRESPONDENCE_OUTSIDE_VERSIONS, subject + " correspond à " + other.getName() + "." + targetName
					+ ", mais ce référentiel ne dit pas qu'il remplace " + other.getName()
					+ " : « correspond à » relie deux versions d'une certification. Ajoutez « remplace " + other.getName()
					+ " » dans l'en-tête (correction rapide), ou corrigez la correspondance.", owner, feature, i,
					replacesLine(self, other.getName()));
		}
	}

	/**
	 * The competences of the replaced version that no « correspond à » of this file names, once the
	 * file has begun to say its correspondences: information, the designer decides (a competence may
	 * disappear on purpose).
	 */
	@Check(CheckType.NORMAL)
	public void replacedCompetencesHaveACounterpart(Relation relation) {
		Referential self = getContainerOfType(relation, Referential.class);
		Referential old = relation.getReferential();
		if (relation.getKind() != RelationKind.PREVIOUS_VERSION || self == null || old == null || old.eIsProxy() || old == self) {
			return;
		}
		Set<Competence> named = new HashSet<>();
		self.eAllContents().forEachRemaining(e -> {
			if (e instanceof Competence c) {
				c.getCorrespondsTo().stream().filter(t -> !t.eIsProxy()).forEach(named::add);
			}
		});
		// Nothing said yet: one by one, every competence would be listed before the designer started.
		if (named.stream().noneMatch(t -> getContainerOfType(t, Referential.class) == old)) {
			return;
		}
		for (ProfessionalCompetence c : old.getCompetences()) {
			if (!named.contains(c)) {
				report(COMPETENCE_WITHOUT_COUNTERPART, "La compétence " + old.getName() + "." + c.getName() + " « "
						+ Objects.toString(c.getTitle(), "") + " » n'a aucune correspondance dans ce référentiel. Ajoutez "
						+ "« correspond à " + old.getName() + "." + c.getName() + " » à la compétence qui la reprend, "
						+ "ou laissez-la si elle disparaît.", relation, P.getRelation_Referential());
			}
		}
	}

	/** Whether {@code self} says it replaces {@code other}, or names it as its successor. */
	private static boolean isVersionOf(Referential self, Referential other) {
		return self.getRelations().stream()
				.anyMatch(r -> (r.getKind() == RelationKind.PREVIOUS_VERSION || r.getKind() == RelationKind.NEXT_VERSION) && names(r, other));
	}

	/** The relation names the referential: by its identifier, or by its official code. */
	private static boolean names(Relation relation, Referential target) {
		if (relation.getReferential() != null && !relation.getReferential().eIsProxy()) {
			return relation.getReferential() == target;
		}
		return relation.getCode() != null && relation.getCode().equals(target.getCode());
	}

	/** The quick fix: « remplace NAME » on a line of its own after the code (or the first line) of the referential. */
	private static String[] replacesLine(Referential self, String name) {
		INode root = NodeModelUtils.getNode(self);
		if (root == null) {
			return new String[0];
		}
		List<INode> code = NodeModelUtils.findNodesForFeature(self, P.getReferential_Code());
		String text = root.getRootNode().getText();
		int after = code.isEmpty() ? text.indexOf('{', root.getOffset()) : code.get(0).getEndOffset();
		if (after < 0) {
			return new String[0];
		}
		int lineEnd = text.indexOf('\n', after);
		int at = lineEnd < 0 ? text.length() : lineEnd;
		String indent = code.isEmpty() ? "    " : indentOf(text, code.get(0).getOffset());
		return new String[] { new Edit(at, 0, "\n" + indent + "remplace " + name).encode() };
	}

	private static String indentOf(String text, int offset) {
		int start = text.lastIndexOf('\n', offset) + 1;
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	private static String fileName(EObject object) {
		return object.eResource() == null ? "?" : org.eclipse.emf.common.util.URI.decode(object.eResource().getURI().lastSegment());
	}
}
