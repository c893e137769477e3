/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.build;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language generates no file, so the incremental build (language server, editor) has nothing
 * to generate after validating a file. Xtext's default ({@link IShouldGenerate.OnlyWithoutErrors})
 * validated the whole file a second time to decide it: a third of the time of an edit.
 */
public class NothingToGenerate implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}
