/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.referentiel.studio.export.FrenchLabels;
import fr.referentiel.studio.model.Classification;
import fr.referentiel.studio.model.ClassificationSystem;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentialKind;
import fr.referentiel.studio.model.ReferentielFactory;
import fr.referentiel.studio.model.Relation;
import fr.referentiel.studio.model.RelationKind;

/**
 * The identity of a referential read back from « label : value » lines, as the CASE export writes
 * them in the CFDocument's notes and the Moodle export in the framework's description (the labels
 * of the documents' identity block: « Sigle : TAI », « Code NSF : 326r – Assistance… »,
 * « Remplace : RNCP35340 »). A line it does not know is given back, for the caller to keep.
 */
public final class IdentityNotes {

	private static final Pattern LINE = Pattern.compile("([^:]{1,40}?)\\s+:\\s+(.*)");
	private static final Pattern DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
	private static final Pattern CODE = Pattern.compile("TP-\\d{5}|RNCP\\d{3,5}");
	private static final ReferentielFactory F = ReferentielFactory.eINSTANCE;

	/** The labels that were read, so that a caller does not take the same field from elsewhere too. */
	private final Set<String> read = new HashSet<>();
	private final List<String> unknown = new ArrayList<>();

	/** Reads {@code lines} into {@code r}. */
	public static IdentityNotes apply(Referential r, List<String> lines) {
		IdentityNotes notes = new IdentityNotes();
		for (String line : lines) {
			if (!line.isBlank() && !notes.field(r, line.strip())) {
				notes.unknown.add(line.strip());
			}
		}
		return notes;
	}

	/** Whether the lines gave {@code label} (« Code », « Certificateur », « Code NSF »…). */
	public boolean gave(String label) {
		return read.contains(label);
	}

	/** The lines that are not identity fields, in order. */
	public List<String> unknown() {
		return unknown;
	}

	private boolean field(Referential r, String line) {
		Matcher m = LINE.matcher(line);
		if (!m.matches()) {
			return false;
		}
		String label = m.group(1).strip();
		String value = m.group(2).strip();
		boolean known = switch (label) {
			case "Sigle" -> set(() -> r.setAcronym(value));
			case "Code" -> CODE.matcher(value).matches() && set(() -> r.setCode(value));
			case "Millésime" -> set(() -> r.setVersion(value));
			case "Niveau" -> value.matches("[1-8]") && set(() -> r.setLevel(Integer.parseInt(value)));
			case "Date de validation" -> realDate(value) && set(() -> r.setValidationDate(value));
			case "Date de mise à jour" -> realDate(value) && set(() -> r.setUpdateDate(value));
			case "Type de document" -> kind(r, value);
			case "Certificateur", "Certificateurs" -> set(() -> {
				for (String name : value.split(" ; ")) {
					if (!name.isBlank()) {
						r.getCertifiers().add(name.strip());
					}
				}
			});
			default -> classification(r, label, value) || relation(r, label, value);
		};
		if (known) {
			read.add(label.equals("Certificateurs") ? "Certificateur" : label);
		}
		return known;
	}

	/** « 24/05/2023 », a day that exists: another text stays in the presentation, as written. */
	private static boolean realDate(String value) {
		if (!DATE.matcher(value).matches()) {
			return false;
		}
		try {
			java.time.LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")
					.withResolverStyle(java.time.format.ResolverStyle.STRICT));
			return true;
		} catch (java.time.format.DateTimeParseException e) {
			return false;
		}
	}

	private static boolean set(Runnable setter) {
		setter.run();
		return true;
	}

	private static boolean kind(Referential r, String value) {
		for (ReferentialKind kind : ReferentialKind.values()) {
			if (FrenchLabels.of(kind).equals(value)) {
				r.setKind(kind);
				return true;
			}
		}
		return false;
	}

	private static boolean classification(Referential r, String label, String value) {
		for (ClassificationSystem system : ClassificationSystem.values()) {
			if (FrenchLabels.of(system).equals(label)) {
				r.getClassifications().add(classification(system, value));
				return true;
			}
		}
		return false;
	}

	/** « 326r – Assistance informatique… » as a classification of {@code system}. */
	public static Classification classification(ClassificationSystem system, String value) {
		Classification c = F.createClassification();
		c.setSystem(system);
		int dash = value.indexOf(" – ");
		c.setCode((dash < 0 ? value : value.substring(0, dash)).strip());
		if (dash >= 0 && !value.substring(dash + 3).isBlank()) {
			c.setLabel(value.substring(dash + 3).strip());
		}
		return c;
	}

	/** « Remplace : RNCP35340 » (or « TP-00476 – label »): a relation by code; a name of a loaded version is not a code. */
	private static boolean relation(Referential r, String label, String value) {
		for (RelationKind kind : RelationKind.values()) {
			if (FrenchLabels.of(kind).equals(label)) {
				int dash = value.indexOf(" – ");
				String code = (dash < 0 ? value : value.substring(0, dash)).strip();
				if (!CODE.matcher(code).matches()) {
					return false;
				}
				Relation relation = F.createRelation();
				relation.setKind(kind);
				relation.setCode(code);
				if (dash >= 0 && !value.substring(dash + 3).isBlank()) {
					relation.setLabel(value.substring(dash + 3).strip());
				}
				r.getRelations().add(relation);
				return true;
			}
		}
		return false;
	}
}
