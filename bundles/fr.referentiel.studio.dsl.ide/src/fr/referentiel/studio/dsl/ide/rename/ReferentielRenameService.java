/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.rename;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.ide.server.rename.ServerRefactoringIssueAcceptor;

import com.google.inject.Inject;

import fr.referentiel.studio.dsl.naming.NewNames;

/**
 * Xtext's rename, refusing a new name that is no identifier or that another element already has
 * ({@link NewNames}): the client gets the French reason as the request's error, and nothing is
 * edited. Xtext alone wrote two CP2, or answered a bad name with a Java exception's text.
 */
public class ReferentielRenameService extends RenameService2 {

	@Inject
	private NewNames newNames;

	@Override
	protected void applyModifications(EObject target, WorkspaceEdit edit, ServerRefactoringIssueAcceptor issues,
			Options options, ILanguageServerAccess.Context context) {
		String refusal = newNames.refusal(target, options.getRenameParams().getNewName());
		if (refusal != null) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, refusal, null));
		}
		super.applyModifications(target, edit, issues, options, context);
	}
}
