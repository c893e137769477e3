/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContext;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.jface.text.templates.TemplateVariableResolver;

/**
 * Templates offered by content assist: the skeleton of a competence sheet (fiche compétence
 * professionnelle) and of an activity type, with the headings of the REAC in their order; Tab
 * goes from one field to the next.
 */
public final class Templates {

	public static final String CONTEXT_TYPE = "fr.referentiel.studio.dsl.ui.templates";

	private static final TemplateContextType TYPE = new TemplateContextType(CONTEXT_TYPE, "Référentiel");

	static {
		TYPE.addResolver(new GlobalTemplateVariables.Cursor());
		// Each field starts with a text that reads as what to write there, not the field's name.
		placeholder("titre_competence", "Intitulé de la compétence");
		placeholder("description_competence", "Décrivez ce que le professionnel fait.");
		placeholder("contexte", "Décrivez le contexte de mise en œuvre.");
		placeholder("critere", "Premier critère de performance.");
		placeholder("savoir_faire_technique", "Premier savoir-faire technique.");
		placeholder("savoir_faire_organisationnel", "Premier savoir-faire organisationnel.");
		placeholder("savoir_faire_relationnel", "Premier savoir-faire relationnel.");
		placeholder("savoir", "Premier savoir.");
		placeholder("titre_activite", "Intitulé de l'activité type");
		placeholder("description_activite", "Décrivez l'activité type.");
		TYPE.addResolver(next("CP", "compétence", true));
		TYPE.addResolver(next("numero_competence", "compétence", false));
		TYPE.addResolver(next("AT", "activité type", true));
		TYPE.addResolver(next("numero_activite", "activité type", false));
	}

	private static void placeholder(String type, String text) {
		TYPE.addResolver(new TemplateVariableResolver(type, text) {
			@Override
			protected String resolve(TemplateContext context) {
				return text;
			}
		});
	}

	/** The identifier (CP4) or the number (4) that follows the highest of its kind in the document. */
	private static TemplateVariableResolver next(String type, String keyword, boolean identifier) {
		String prefix = keyword.equals("compétence") ? "CP" : "AT";
		return new TemplateVariableResolver(type, "Le suivant de sa série") {
			@Override
			protected String resolve(TemplateContext context) {
				int highest = 0;
				if (context instanceof DocumentTemplateContext document) {
					java.util.regex.Matcher m = java.util.regex.Pattern.compile(keyword + "\\s+" + prefix + "(\\d+)")
							.matcher(document.getDocument().get());
					while (m.find()) {
						highest = Math.max(highest, Integer.parseInt(m.group(1)));
					}
				}
				return identifier ? prefix + (highest + 1) : String.valueOf(highest + 1);
			}
		};
	}

	private static final List<Template> TEMPLATES = List.of(
			new Template("compétence", "Fiche compétence professionnelle", CONTEXT_TYPE, """
					compétence ${CP} "${titre_competence}" {
					    numéro ${numero_competence}
					    description
					        | ${description_competence}
					    contexte
					        | ${contexte}
					    critères de performance
					        - ${critere}
					    savoir-faire techniques
					        - ${savoir_faire_technique}
					    savoir-faire organisationnels
					        - ${savoir_faire_organisationnel}
					    savoir-faire relationnels
					        - ${savoir_faire_relationnel}
					    savoirs
					        - ${savoir}
					}${cursor}""", true),
			new Template("activité type", "Activité type avec ses compétences", CONTEXT_TYPE, """
					activité type ${AT} "${titre_activite}" {
					    numéro ${numero_activite}
					    description
					        | ${description_activite}
					    compétences ${CP}
					}${cursor}""", true));

	private Templates() {
	}

	/** The templates whose name starts with the word before {@code offset}. */
	public static List<ICompletionProposal> proposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		List<ICompletionProposal> proposals = new ArrayList<>();
		try {
			IRegion line = document.getLineInformationOfOffset(offset);
			String before = document.get(line.getOffset(), offset - line.getOffset());
			String prefix = before.stripLeading();
			String indent = before.substring(0, before.length() - prefix.length());
			if (!prefix.isEmpty() && !prefix.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
				return proposals;
			}
			Region region = new Region(offset - prefix.length(), prefix.length());
			for (Template template : TEMPLATES) {
				if (!template.getName().startsWith(prefix)) {
					continue;
				}
				// DocumentTemplateContext does not indent: lines after the first take the caret's indentation.
				Template indented = new Template(template.getName(), template.getDescription(), template.getContextTypeId(),
						template.getPattern().replace("\n", "\n" + indent), true);
				DocumentTemplateContext context = new DocumentTemplateContext(TYPE, document, region.getOffset(), region.getLength());
				proposals.add(new TemplateProposal(indented, context, region, null));
			}
		} catch (BadLocationException e) {
			// no template at an invalid offset
		}
		return proposals;
	}
}
