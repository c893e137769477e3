/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ui.Documents;
import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;

/**
 * Content assist (Ctrl+Espace): keywords and identifiers from the language's proposal provider,
 * by the same path as the language server; references show the title of what they name. Then
 * the templates (a whole competence sheet).
 */
public class ReferentielContentAssist implements IContentAssistProcessor {

	/** The context factory parses alternatives in parallel; a small pool of daemon threads is enough. */
	private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "Référentiel content assist");
		t.setDaemon(true);
		return t;
	});

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		Injector injector = LanguageServices.now();
		if (injector == null) {
			return new ICompletionProposal[0];
		}
		List<ICompletionProposal> proposals = new ArrayList<>(
				Failures.safely("complétion", () -> proposals(document, offset, injector), List.of()));
		proposals.addAll(Templates.proposals(viewer, offset));
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The language's proposals at {@code offset}, in order, without duplicates. */
	public static List<ICompletionProposal> proposals(IDocument document, int offset, Injector injector) {
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		IdeContentProposalProvider provider = injector.getInstance(IdeContentProposalProvider.class);
		String text = document.get();
		List<ContentAssistEntry> entries = new ArrayList<>();
		Documents.withResource(document, false, resource -> {
			ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
			provider.createProposals(List.of(contexts), new org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor() {
				@Override
				public void accept(ContentAssistEntry entry, int priority) {
					if (entry != null) {
						entries.add(entry);
					}
				}

				@Override
				public boolean canAcceptMoreProposals() {
					return entries.size() < 500;
				}
			});
			return null;
		});
		Map<String, ICompletionProposal> unique = new LinkedHashMap<>();
		for (ContentAssistEntry entry : entries) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String proposal = entry.getProposal();
			if (proposal == null || unique.containsKey(proposal)) {
				continue;
			}
			int start = Math.max(0, offset - prefix.length());
			String label = entry.getLabel() != null ? entry.getLabel() : proposal;
			unique.put(proposal, new CompletionProposal(proposal, start, offset - start, proposal.length(), null, label,
					null, entry.getDescription()));
		}
		return List.copyOf(unique.values());
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
