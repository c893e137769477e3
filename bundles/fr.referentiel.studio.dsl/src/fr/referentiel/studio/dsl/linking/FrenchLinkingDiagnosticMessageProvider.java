/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.linking;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import fr.referentiel.studio.model.ReferentielPackage;

/**
 * Says in the authors' language which identifier is unknown, what kind of element was
 * expected and how to fix it.
 */
public class FrenchLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	private static final ReferentielPackage P = ReferentielPackage.eINSTANCE;

	/** What the author calls each kind of element that can be referred to. */
	private static final Map<EClass, String> NAMES = Map.of(
			P.getReferential(), "aucun référentiel",
			P.getCompetence(), "aucune compétence",
			P.getProfessionalCompetence(), "aucune compétence professionnelle",
			P.getTransversalCompetence(), "aucune compétence transversale",
			P.getActivityType(), "aucune activité type",
			P.getOption(), "aucune option");

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass expected = context.getReference().getEReferenceType();
		String none = NAMES.getOrDefault(expected, "aucun élément");
		String name = context.getLinkText();
		String hint = name.contains(".")
				? "Vérifiez l'identifiant, et que le fichier du référentiel « " + name.substring(0, name.indexOf('.'))
						+ " » est dans le même dossier."
				: expected == P.getReferential()
						? "Vérifiez l'identifiant, et que le fichier qui déclare ce référentiel est dans le même dossier."
						: "Vérifiez l'orthographe de l'identifiant ou déclarez l'élément.";
		String message = "Référence inconnue : " + none + " n'a l'identifiant « " + name + " ». " + hint;
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}
}
