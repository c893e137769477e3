/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.branding;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * « Référentiel »: the files on the left, the editor, the preview of the exported document beside it
 * with the outline under it, the problems below.
 */
public class ReferentielPerspective implements IPerspectiveFactory {

	/** The editor bundle's « Aperçu » view (by id: this bundle does not depend on the editor's). */
	static final String PREVIEW = "fr.referentiel.studio.dsl.ui.preview";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editors);
		layout.addView(PREVIEW, IPageLayout.RIGHT, 0.55f, editors);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.65f, PREVIEW);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.75f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(PREVIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addNewWizardShortcut("fr.referentiel.studio.dsl.ui.newReferentiel");
	}
}
