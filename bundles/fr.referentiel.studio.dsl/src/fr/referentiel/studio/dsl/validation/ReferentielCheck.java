/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

import fr.referentiel.studio.dsl.validation.IssueData.Edit;
import fr.referentiel.studio.model.Referential;

/**
 * Base of the groups of checks composed into {@link ReferentielValidator}. Every report goes
 * through {@code addIssue}, so its severity is the configurable one of its code.
 */
public abstract class ReferentielCheck extends AbstractReferentielValidator {

	/** Registered once, through the composing validator. */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	@Inject
	private IResourceScopeCache cache;

	/** The referential's index, built once per version of its file and shared by all checks. */
	ReferentialIndex index(Referential referential) {
		return referential.eResource() == null ? ReferentialIndex.of(referential)
				: cache.get(ReferentialIndex.class, referential.eResource(), () -> ReferentialIndex.of(referential));
	}

	/**
	 * The texts an element holds ({@link TextEntry#of(EObject)}), found once per version of its file:
	 * several rules read every text of the referential, and finding a text's node is not free.
	 */
	List<TextEntry> entries(EObject owner) {
		if (owner.eResource() == null) {
			return TextEntry.of(owner);
		}
		Map<EObject, List<TextEntry>> entries = cache.get(TextEntry.class, owner.eResource(),
				() -> Collections.synchronizedMap(new IdentityHashMap<>()));
		return entries.computeIfAbsent(owner, TextEntry::of);
	}

	/**
	 * The comparison key of a text ({@link TextEntry#normalize(String)}), made once per text and version
	 * of the file: the repeated-entry rules ask it of the same criteria and knowledge several times.
	 */
	String key(TextEntry entry) {
		if (entry.owner().eResource() == null) {
			return TextEntry.normalize(entry.value());
		}
		Map<String, String> keys = cache.get(ComparisonKey.class, entry.owner().eResource(), ConcurrentHashMap::new);
		return keys.computeIfAbsent(entry.value(), TextEntry::normalize);
	}

	protected void report(String code, String message, EObject object, EStructuralFeature feature, String... data) {
		addIssue(message, object, feature, code, anchored(object, data));
	}

	protected void report(String code, String message, EObject object, EStructuralFeature feature, int index,
			String... data) {
		addIssue(message, object, feature, index, code, anchored(object, data));
	}

	protected void reportAt(String code, String message, EObject object, int offset, int length, String... data) {
		addIssue(message, object, offset, length, code, anchored(object, data));
	}

	/** The quick-fix edits among {@code data} with the text around them, by which a fix finds this issue again in a later text. */
	private static String[] anchored(EObject object, String[] data) {
		INode node = data.length == 0 ? null : NodeModelUtils.getNode(object);
		if (node == null) {
			return data;
		}
		String source = node.getRootNode().getText();
		String[] anchored = data.clone();
		for (int i = 0; i < anchored.length; i++) {
			Edit edit = Edit.decode(anchored[i]);
			if (edit != null) {
				anchored[i] = edit.anchoredIn(source).encode();
			}
		}
		return anchored;
	}

	/** The line an element starts on, for messages that point to another place. */
	protected static int line(EObject object) {
		INode node = NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getStartLine();
	}
}
