/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

import java.util.ArrayList;
import java.util.List;

import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.Relation;
import fr.referentiel.studio.model.RelationKind;

/**
 * What the two versions say of each other (« remplace », « successeur »), checked against the order
 * they are compared in: versions given the wrong way round, or a new version that replaces another
 * one than the version it is compared with (its « correspond à » then name elements of that other
 * one, and pair nothing here). Remarks for the user; the comparison is made anyway.
 */
public final class VersionOrder {

	private VersionOrder() {
	}

	/** French remarks, empty when the versions agree with the order or say nothing of each other. */
	public static List<String> remarks(Referential old, Referential neu) {
		List<String> remarks = new ArrayList<>();
		String oldName = Referentials.nullToEmpty(old.getName());
		String newName = Referentials.nullToEmpty(neu.getName());
		if (oldName.equals(newName)) {
			return remarks; // two revisions of one file: nothing to check
		}
		if (reversed(old, neu)) {
			remarks.add("Les versions semblent inversées : " + oldName + " déclare remplacer " + newName + " (ou " + newName
					+ " le nommer comme successeur). La comparaison lit la première version donnée comme l'ancienne : donnez "
					+ "d'abord l'ancienne, puis la nouvelle.");
			return remarks;
		}
		List<String> replaced = new ArrayList<>();
		for (Relation relation : neu.getRelations()) {
			if (relation.getKind() == RelationKind.PREVIOUS_VERSION) {
				replaced.add(target(relation));
			}
		}
		if (!replaced.isEmpty() && !names(neu, RelationKind.PREVIOUS_VERSION, old)) {
			remarks.add(newName + " déclare remplacer " + String.join(", ", replaced) + ", et non " + oldName
					+ " : ses « correspond à » vers une autre version n'apparient rien ici.");
		}
		return remarks;
	}

	/**
	 * Whether the versions say they are given the wrong way round: {@code old} declares
	 * « remplace » {@code neu}, or {@code neu} names {@code old} as its « successeur ». The editor
	 * swaps them then; the command line says so in a remark.
	 */
	public static boolean reversed(Referential old, Referential neu) {
		if (Referentials.nullToEmpty(old.getName()).equals(Referentials.nullToEmpty(neu.getName()))) {
			return false;
		}
		return names(old, RelationKind.PREVIOUS_VERSION, neu) || names(neu, RelationKind.NEXT_VERSION, old);
	}

	/** Whether a relation of that kind of {@code from} names {@code to}, by its identifier or its code. */
	private static boolean names(Referential from, RelationKind kind, Referential to) {
		for (Relation relation : from.getRelations()) {
			if (relation.getKind() != kind) {
				continue;
			}
			Referential target = relation.getReferential();
			if (target == to || target != null && !target.eIsProxy() && target.getName() != null && target.getName().equals(to.getName())) {
				return true;
			}
			String code = relation.getCode();
			if (code != null && !code.isBlank() && code.equals(to.getCode())) {
				return true;
			}
		}
		return false;
	}

	private static String target(Relation relation) {
		Referential target = relation.getReferential();
		if (target != null && !target.eIsProxy() && target.getName() != null) {
			return target.getName();
		}
		return Referentials.nullToEmpty(relation.getCode());
	}
}
