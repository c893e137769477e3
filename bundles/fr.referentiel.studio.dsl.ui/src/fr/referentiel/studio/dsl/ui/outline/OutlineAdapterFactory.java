/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.outline;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import fr.referentiel.studio.dsl.ui.EditorWorkspace;

/**
 * The Generic Editor has no outline contribution point: the Outline view asks the editor for an
 * {@link IContentOutlinePage} adapter, which this factory gives for {@code .referentiel} files.
 */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
				&& editor.getEditorInput().getAdapter(IFile.class) instanceof IFile file && EditorWorkspace.isReferentiel(file)) {
			return adapterType.cast(new ReferentielOutlinePage(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
