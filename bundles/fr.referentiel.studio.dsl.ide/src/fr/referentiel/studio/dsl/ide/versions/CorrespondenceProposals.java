/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;

import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.Element;
import fr.referentiel.studio.compare.Proposal;
import fr.referentiel.studio.dsl.validation.IssueCodes;
import fr.referentiel.studio.dsl.validation.IssueData.Edit;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentielPackage;
import fr.referentiel.studio.model.Relation;
import fr.referentiel.studio.model.RelationKind;

/**
 * The « correspond à » lines that the comparison of versions proposes, as information on the new
 * file's competences with the line as their quick fix: the same engine and the same proposals as
 * {@code referentiel compare --propose}, for each version this file says it replaces and that is
 * loaded with it.
 */
public final class CorrespondenceProposals {

	private CorrespondenceProposals() {
	}

	/** The proposals for the competences of {@code resource}; none when it replaces no loaded version. */
	public static List<Issue> of(Resource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Referential self)) {
			return List.of();
		}
		List<Issue> issues = new ArrayList<>();
		for (Relation relation : self.getRelations()) {
			Referential old = relation.getReferential();
			if (relation.getKind() != RelationKind.PREVIOUS_VERSION || old == null || old.eIsProxy() || old == self
					|| old.eResource() == null) {
				continue;
			}
			Comparison comparison = Comparison.of(fileName(old.eResource()), old, fileName(resource), self);
			for (Proposal proposal : Proposal.of(comparison)) {
				if (proposal.competence().source() instanceof Competence competence && competence.eResource() == resource) {
					Issue issue = issue(competence, proposal, Objects.toString(old.getName(), ""));
					if (issue != null) {
						issues.add(issue);
					}
				}
			}
		}
		return issues;
	}

	private static Issue issue(Competence competence, Proposal proposal, String oldName) {
		ICompositeNode node = NodeModelUtils.getNode(competence);
		List<INode> name = NodeModelUtils.findNodesForFeature(competence, ReferentielPackage.eINSTANCE.getCompetence_Name());
		if (node == null || name.isEmpty()) {
			return null;
		}
		String source = node.getRootNode().getText();
		Edit edit = insertion(source, node, proposal.line(oldName));
		if (edit == null) {
			return null;
		}
		INode at = name.get(0);
		LineAndColumn start = NodeModelUtils.getLineAndColumn(at, at.getOffset());
		LineAndColumn end = NodeModelUtils.getLineAndColumn(at, at.getEndOffset());
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(IssueCodes.CORRESPONDENCE_PROPOSAL);
		issue.setSeverity(Severity.INFO);
		issue.setType(CheckType.NORMAL);
		issue.setMessage(message(competence, proposal, oldName));
		issue.setOffset(at.getOffset());
		issue.setLength(at.getLength());
		issue.setLineNumber(start.getLine());
		issue.setColumn(start.getColumn());
		issue.setLineNumberEnd(end.getLine());
		issue.setColumnEnd(end.getColumn());
		issue.setUriToProblem(EcoreUtil.getURI(competence));
		issue.setData(new String[] { edit.anchoredIn(source).encode() });
		return issue;
	}

	private static String message(Competence competence, Proposal proposal, String oldName) {
		List<String> olds = new ArrayList<>();
		for (Element old : proposal.olds()) {
			olds.add(oldName + "." + old.id() + " « " + old.title() + " »");
		}
		return "La compétence " + competence.getName() + " ressemble à " + String.join(" et à ", olds) + " (similarité "
				+ String.format(Locale.FRANCE, "%.2f", proposal.pairing().score()) + "), et aucune « correspond à » ne les relie. "
				+ "Si elle la reprend, ajoutez « " + proposal.line(oldName) + " » (correction rapide) ; sinon, laissez-la.";
	}

	/**
	 * The line inserted before the closing brace of the competence, indented as its clauses; on a
	 * line of its own even when the brace shares its line with a clause.
	 */
	static Edit insertion(String source, ICompositeNode node, String line) {
		int close = source.lastIndexOf('}', node.getEndOffset() - 1);
		if (close < node.getOffset()) {
			return null;
		}
		String ownIndent = indentOf(source, node.getOffset());
		String indent = ownIndent + "    ";
		int lineStart = source.lastIndexOf('\n', close - 1) + 1;
		if (source.substring(lineStart, close).isBlank()) {
			return new Edit(lineStart, 0, indent + line + "\n");
		}
		return new Edit(close, 0, "\n" + indent + line + "\n" + ownIndent);
	}

	private static String indentOf(String text, int offset) {
		int start = text.lastIndexOf('\n', offset - 1) + 1;
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	private static String fileName(Resource resource) {
		URI uri = resource.getURI();
		return uri == null || uri.lastSegment() == null ? "" : URI.decode(uri.lastSegment());
	}
}
