/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.rncp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.Importer;
import fr.referentiel.studio.interchange.rncp.FlatText.Bullet;
import fr.referentiel.studio.interchange.rncp.FlatText.Entry;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Classification;
import fr.referentiel.studio.model.ClassificationSystem;
import fr.referentiel.studio.model.EvaluationModality;
import fr.referentiel.studio.model.ModalityKind;
import fr.referentiel.studio.model.Option;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentialKind;
import fr.referentiel.studio.model.ReferentielFactory;
import fr.referentiel.studio.model.Relation;
import fr.referentiel.studio.model.RelationKind;
import fr.referentiel.studio.model.Section;
import fr.referentiel.studio.model.SubCompetence;

/**
 * Imports one fiche of France Compétences' RNCP open-data export (VERSION_FLUX 4.1) as a
 * referential. Which XML field goes where is documented in docs/import.md; in short: the identity
 * (intitulé, number, level, certifiers, NSF, ROME and Formacode codes, older and newer
 * certifications), one block per BLOC_COMPETENCES with its code normalised ({@code 01} →
 * {@code RNCP40792BC01}), its competences cut out of LISTE_COMPETENCES and its
 * MODALITES_EVALUATION as a modality, the ACTIVITES_VISEES as activity types and activities, and
 * the registration data and prose fields as sections.
 */
public final class RncpImporter implements Importer {

	/** The option of {@link #read} that chooses the fiche: {@code RNCP40792} (or {@code 40792}). */
	public static final String FICHE = "fiche";

	/** The version of the export this importer was written for. */
	public static final String KNOWN_VERSION = "4.1";

	private static final ReferentielFactory F = ReferentielFactory.eINSTANCE;
	private static final Pattern NUMBER = Pattern.compile("(?i)(?:RNCP)?\\s*(\\d{3,5})");
	private static final Pattern BLOCK_CODE = Pattern.compile("(?i)(?:(RNCP\\d{3,5}))?\\s*(?:BC)?\\s*(\\d{1,2})");
	private static final Pattern RELATION_CODE = Pattern.compile("RNCP\\d{3,5}|TP-\\d{5}");
	private static final Pattern OPTION = Pattern.compile("Option\\s+([A-Z])\\b\\s*[,:]?\\s*«\\s*([^»]+?)\\s*»");
	private static final Pattern LEVEL = Pattern.compile("(?i)NIV\\s*([1-8])");
	private static final Pattern DATE_IN_NAME = Pattern.compile("(?<!\\d)(20\\d{2})[-_]?(\\d{2})[-_]?(\\d{2})(?!\\d)");
	/** Abbreviations (ABREGE/CODE) of national diplomas: imported as « type diplôme ». */
	private static final Set<String> DIPLOMAS = Set.of("BTS", "BTSA", "BUT", "DUT", "LP", "LIC", "LICENCE", "MAST", "MASTER", "DEUST",
			"CAP", "CAPA", "BP", "BPA", "BAC PRO", "BACPRO", "BEP", "MC", "DE", "DEA", "DN", "DNMADE", "DCG", "DSCG", "DEC", "DOC",
			"INGE", "DIPLOME", "DIP", "BPJEPS", "DEJEPS", "DESJEPS", "CQP");
	/** Fields of a fiche that the referential does not take up (said in the header comment). */
	private static final List<String> LEFT_OUT = List.of("CAPACITES_ATTESTEES (les mêmes compétences que les blocs, regroupées "
			+ "autrement)", "SI_JURY_* (composition des jurys)", "PUBLICATION_DECRET_* (textes au Journal officiel)",
			"LIEN_URL_DESCRIPTION", "CERTIFICATEURS/SIRET_CERTIFICATEUR", "EXISTENCE_PARTENAIRES", "ACCESSIBLE_*");

	@Override
	public String id() {
		return "rncp";
	}

	@Override
	public String label() {
		return "Fiche RNCP (export open data de France Compétences, XML)";
	}

	@Override
	public List<String> extensions() {
		return List.of("xml");
	}

	/** The fiches of the file (number and title), read as a stream without keeping them. */
	public List<FicheSummary> list(Path input) throws ImportException {
		return new RncpXml(input).list().stream().map(s -> new FicheSummary(s.number(), s.title() == null ? "" : FlatText.oneLine(s.title())))
				.toList();
	}

	/** A fiche of the file, as --liste prints it. */
	public record FicheSummary(String number, String title) {
	}

	@Override
	public Imported read(Path input, Map<String, String> options) throws ImportException {
		String wanted = options.get(FICHE);
		String number = null;
		if (wanted != null && !wanted.isBlank()) {
			Matcher m = NUMBER.matcher(wanted.strip());
			if (!m.matches()) {
				throw new ImportException("Numéro de fiche invalide : « " + wanted + " ». Écrivez-le comme dans l'export : RNCP40792 "
						+ "(ou 40792).");
			}
			number = "RNCP" + m.group(1);
		}
		RncpXml.Read read = new RncpXml(input).read(number);
		List<String> warnings = new ArrayList<>();
		if (read.version() == null) {
			warnings.add("L'export ne donne pas sa version (VERSION_FLUX) : il est lu comme un export " + KNOWN_VERSION + ".");
		} else if (!KNOWN_VERSION.equals(read.version())) {
			warnings.add("L'export est de la version " + read.version() + " (VERSION_FLUX) ; cet import a été écrit pour la version "
					+ KNOWN_VERSION + " : vérifiez le fichier importé.");
		}
		return new Mapping(input, read, warnings).imported();
	}

	/** One fiche turned into a referential. */
	private static final class Mapping {

		private final Path input;
		private final XmlNode fiche;
		private final String version;
		private final List<String> warnings;
		private final Referential r = F.createReferential();
		private final Map<String, Option> options = new LinkedHashMap<>();
		private String number;

		Mapping(Path input, RncpXml.Read read, List<String> warnings) {
			this.input = input;
			this.fiche = read.fiche();
			this.version = read.version();
			this.warnings = warnings;
		}

		Imported imported() throws ImportException {
			identity();
			activities();
			blocks();
			sections();
			String fileName = number.toLowerCase(Locale.ROOT) + ".referentiel";
			return new Imported(r, header(), warnings, fileName);
		}

		private void identity() throws ImportException {
			String raw = fiche.text("NUMERO_FICHE");
			Matcher m = raw == null ? null : NUMBER.matcher(raw);
			if (m == null || !m.matches()) {
				throw new ImportException("La fiche de la ligne " + fiche.line + " de « " + input.getFileName() + " » n'a pas de "
						+ "numéro RNCP lisible (NUMERO_FICHE : « " + (raw == null ? "" : raw) + " ») : elle ne peut pas être importée.",
						fiche.line, 1);
			}
			number = "RNCP" + m.group(1);
			r.setName(number);
			r.setCode(number);
			String title = FlatText.oneLine(fiche.text("INTITULE"));
			if (title == null || title.isEmpty()) {
				warnings.add("La fiche n'a pas d'intitulé (INTITULE) : le titre du référentiel est son numéro.");
				title = number;
			}
			r.setTitle(title);
			XmlNode abbreviation = fiche.child("ABREGE");
			String kind = abbreviation == null ? null : abbreviation.text("CODE");
			r.setKind(kind != null && DIPLOMAS.contains(kind.strip().toUpperCase(Locale.ROOT)) ? ReferentialKind.DIPLOMA : ReferentialKind.RNCP);
			XmlNode europe = fiche.child("NOMENCLATURE_EUROPE");
			String level = europe == null ? null : europe.text("NIVEAU");
			if (level != null) {
				Matcher lm = LEVEL.matcher(level);
				if (lm.matches()) {
					r.setLevel(Integer.parseInt(lm.group(1)));
				} else {
					warnings.add("Niveau « " + level + " » (NOMENCLATURE_EUROPE) non reconnu (NIV3 à NIV8 attendus) : pas de clause niveau.");
				}
			}
			for (XmlNode certifier : fiche.all("CERTIFICATEURS", "CERTIFICATEUR")) {
				String name = FlatText.oneLine(certifier.text("NOM_CERTIFICATEUR"));
				if (name != null && !name.isEmpty()) {
					r.getCertifiers().add(name);
				}
			}
			classify("CODES_NSF", "NSF", ClassificationSystem.NSF);
			classify("CODES_ROME", "ROME", ClassificationSystem.ROME);
			classify("FORMACODES", "FORMACODE", ClassificationSystem.FORMACODE);
			relate("ANCIENNES_CERTIFICATIONS", "ANCIENNE_CERTIFICATION", "ID_FICHE_ANCIENNE_CERTIFICATION", RelationKind.PREVIOUS_VERSION);
			relate("NOUVELLES_CERTIFICATIONS", "NOUVELLE_CERTIFICATION", "ID_FICHE_NOUVELLE_CERTIFICATION", RelationKind.NEXT_VERSION);
			Matcher om = OPTION.matcher(title);
			while (om.find()) {
				if (!options.containsKey(om.group(1))) {
					Option option = F.createOption();
					option.setName(om.group(1));
					option.setTitle(om.group(2));
					options.put(option.getName(), option);
					r.getOptions().add(option);
				}
			}
		}

		private void classify(String container, String item, ClassificationSystem system) {
			for (XmlNode node : fiche.all(container, item)) {
				String code = FlatText.oneLine(node.text("CODE"));
				if (code == null || code.isEmpty()) {
					continue;
				}
				Classification c = F.createClassification();
				c.setSystem(system);
				c.setCode(code); // NSF codes may carry a letter: 315p
				String label = FlatText.oneLine(node.text("LIBELLE"));
				if (label != null && !label.isEmpty()) {
					c.setLabel(label);
				}
				r.getClassifications().add(c);
			}
		}

		private void relate(String container, String item, String field, RelationKind kind) {
			for (XmlNode node : fiche.all(container, item)) {
				String code = FlatText.oneLine(node.text(field));
				if (code == null || code.isEmpty()) {
					continue;
				}
				if (!RELATION_CODE.matcher(code).matches()) {
					warnings.add("Certification " + (kind == RelationKind.PREVIOUS_VERSION ? "remplacée" : "suivante") + " « " + code
							+ " » (" + container + ") : ce n'est pas un numéro RNCP, elle n'est pas reprise.");
					continue;
				}
				Relation relation = F.createRelation();
				relation.setKind(kind);
				relation.setCode(code);
				r.getRelations().add(relation);
			}
		}

		/**
		 * ACTIVITES_VISEES: its headings (entries without a bullet) start activity types, its
		 * first kind of bullet gives their activities (1.1, 1.2…), the next kinds their
		 * sub-activities (1.1.1…).
		 */
		private void activities() {
			List<Entry> entries = FlatText.entries(fiche.text("ACTIVITES_VISEES"));
			if (entries.isEmpty()) {
				return;
			}
			List<Bullet> levels = FlatText.levels(entries);
			List<String> heading = new ArrayList<>();
			ActivityType type = null;
			Activity[] parents = new Activity[levels.size() + 1];
			for (Entry entry : entries) {
				int depth = entry.bullet() == Bullet.NONE ? (levels.isEmpty() ? 1 : 0) : levels.indexOf(entry.bullet()) + 1;
				if (depth == 0) {
					if (type != null && !type.getActivities().isEmpty()) {
						type = null; // a heading after activities starts the next activity type
					}
					heading.add(entry.text());
					continue;
				}
				if (type == null) {
					type = activityType(heading);
					heading.clear();
					java.util.Arrays.fill(parents, null);
				}
				int level = depth;
				while (level > 1 && parents[level - 1] == null) {
					level--; // a sub-activity with no activity before it: an activity
				}
				Activity activity = F.createActivity();
				activity.setTitle(entry.text());
				if (level == 1) {
					activity.setNumber(type.getNumber() + "." + (type.getActivities().size() + 1));
					type.getActivities().add(activity);
				} else {
					Activity parent = parents[level - 1];
					activity.setNumber(parent.getNumber() + "." + (parent.getActivities().size() + 1));
					parent.getActivities().add(activity);
				}
				parents[level] = activity;
				for (int i = level + 1; i < parents.length; i++) {
					parents[i] = null;
				}
			}
			if (!heading.isEmpty()) {
				// Text after the last activities: kept in the last activity type's description.
				ActivityType last = r.getActivityTypes().get(r.getActivityTypes().size() - 1);
				last.getDescription().addAll(heading);
			}
		}

		/**
		 * An activity type for the headings before its activities: the last heading is its title
		 * (without its final colon) when it is short and one phrase, the others its description;
		 * otherwise every heading is description and the title is « Activités visées ».
		 */
		private ActivityType activityType(List<String> heading) {
			ActivityType type = F.createActivityType();
			int n = r.getActivityTypes().size() + 1;
			type.setName("AT" + n);
			type.setNumber(n);
			String title = heading.isEmpty() ? null : heading.get(heading.size() - 1).replaceFirst("\\s*:$", "").strip();
			if (title != null && !title.isEmpty() && title.length() <= 100 && !title.matches(".*[.!?] \\p{Lu}.*")) {
				type.setTitle(title);
				type.getDescription().addAll(heading.subList(0, heading.size() - 1));
			} else {
				type.setTitle(n == 1 ? "Activités visées" : "Activités visées (partie " + n + ")");
				type.getDescription().addAll(heading);
			}
			r.getActivityTypes().add(type);
			return type;
		}

		/** One block per BLOC_COMPETENCES, with its competences and its modality. */
		private void blocks() {
			List<XmlNode> blocs = fiche.all("BLOCS_COMPETENCES", "BLOC_COMPETENCES");
			if (blocs.isEmpty()) {
				warnings.add("La fiche n'a pas de blocs de compétences (BLOCS_COMPETENCES) : le référentiel n'a ni bloc ni compétence.");
			}
			int competenceNumber = 0;
			Set<String> names = new java.util.HashSet<>();
			for (int i = 0; i < blocs.size(); i++) {
				XmlNode bloc = blocs.get(i);
				Block block = F.createBlock();
				String code = blockCode(FlatText.oneLine(bloc.text("CODE")), i + 1);
				int blockNumber = code == null ? i + 1 : Integer.parseInt(code.substring(code.length() - 2));
				String name = String.format("BC%02d", blockNumber);
				String prefix = "C" + blockNumber;
				if (!names.add(name)) {
					warnings.add("Deux blocs ont le numéro " + blockNumber + " : le deuxième est nommé BC" + (i + 1) + "_" + blockNumber + ".");
					name = "BC" + (i + 1) + "_" + blockNumber;
					prefix = "C" + (i + 1) + "_" + blockNumber;
					names.add(name);
				}
				block.setName(name);
				block.setNumber(blockNumber);
				if (code != null) {
					block.setCode(code);
				}
				String title = FlatText.oneLine(bloc.text("LIBELLE"));
				if (title == null || title.isEmpty()) {
					warnings.add("Le bloc " + name + " n'a pas d'intitulé (LIBELLE) : il est appelé « Bloc " + blockNumber + " ».");
					title = "Bloc " + blockNumber;
				}
				block.setTitle(title);
				for (Map.Entry<String, Option> option : options.entrySet()) {
					if (Pattern.compile("Option\\s+" + option.getKey() + "\\b").matcher(title).find()) {
						block.getOptions().add(option.getValue());
					}
				}
				competenceNumber = competences(block, bloc, competenceNumber, prefix);
				modality(block, bloc);
				r.getBlocks().add(block);
			}
		}

		/**
		 * The code normalised to RNCP40792BC01: a bare « 01 », « 1 » or « BC01 » gets the fiche's
		 * number; a code of another fiche, or that is not a bloc code, is not kept (warned).
		 */
		private String blockCode(String raw, int index) {
			if (raw == null || raw.isEmpty()) {
				warnings.add("Le bloc n° " + index + " n'a pas de code (CODE) : il n'en a pas dans le référentiel.");
				return null;
			}
			Matcher m = BLOCK_CODE.matcher(raw);
			if (!m.matches()) {
				warnings.add("Le code de bloc « " + raw + " » n'a pas la forme RNCP…BC01 : il n'est pas repris (bloc n° " + index + ").");
				return null;
			}
			String prefix = m.group(1) == null ? number : m.group(1).toUpperCase(Locale.ROOT);
			if (!prefix.equals(number)) {
				warnings.add("Le code de bloc « " + raw + " » est celui d'une autre fiche que " + number + " : il n'est pas repris (bloc n° "
						+ index + ").");
				return null;
			}
			String code = prefix + "BC" + String.format("%02d", Integer.parseInt(m.group(2)));
			if (!code.equals(raw)) {
				warnings.add("Code de bloc « " + raw + " » complété en « " + code + " ».");
			}
			return code;
		}

		/**
		 * LISTE_COMPETENCES: the entries of its first kind of bullet are the competences, those of
		 * the other kinds their compétences détaillées; without bullets every entry is a competence.
		 * Headings between bulleted entries go to the block's description.
		 */
		private int competences(Block block, XmlNode bloc, int numberSoFar, String prefix) {
			List<Entry> entries = FlatText.entries(bloc.text("LISTE_COMPETENCES"));
			List<Bullet> levels = FlatText.levels(entries);
			Bullet top = levels.isEmpty() ? Bullet.NONE : levels.get(0);
			int number = numberSoFar;
			ProfessionalCompetence current = null;
			int rank = 0;
			for (Entry entry : entries) {
				if (entry.bullet() == top) {
					current = F.createProfessionalCompetence();
					rank++;
					number++;
					current.setName(prefix + "_" + rank);
					current.setNumber(number);
					current.setTitle(entry.text());
					r.getCompetences().add(current);
					block.getCompetences().add(current);
				} else if (entry.bullet() != Bullet.NONE && current != null) {
					SubCompetence detail = F.createSubCompetence();
					detail.setText(entry.text());
					current.getDetails().add(detail);
				} else {
					block.getDescription().add(FlatText.paragraph(entry));
				}
			}
			if (rank == 0) {
				warnings.add("Le bloc " + block.getName() + " n'a pas de compétence (LISTE_COMPETENCES vide).");
			}
			return number;
		}

		/** MODALITES_EVALUATION as one modality: « écrit » when only a written test is named, « autre » otherwise. */
		private void modality(Block block, XmlNode bloc) {
			List<Entry> entries = FlatText.entries(bloc.text("MODALITES_EVALUATION"));
			if (entries.isEmpty()) {
				warnings.add("Le bloc " + block.getName() + " n'a pas de modalités d'évaluation (MODALITES_EVALUATION).");
				return;
			}
			EvaluationModality modality = F.createEvaluationModality();
			String all = String.join(" ", entries.stream().map(Entry::text).toList()).toLowerCase(Locale.ROOT);
			boolean written = all.contains("écrit");
			boolean other = all.contains("oral") || all.contains("pratique") || all.contains("ccf")
					|| all.contains("contrôle en cours") || all.contains("situation");
			modality.setKind(written && !other ? ModalityKind.WRITTEN_TEST : ModalityKind.OTHER);
			modality.setTitle("Modalités d'évaluation");
			entries.forEach(e -> modality.getDescription().add(FlatText.paragraph(e)));
			block.getModalities().add(modality);
		}

		/** The prose of the fiche and its registration data, as sections. */
		private void sections() {
			List<String> registration = new ArrayList<>();
			XmlNode abbreviation = fiche.child("ABREGE");
			if (abbreviation != null && abbreviation.text("CODE") != null) {
				String label = abbreviation.text("LIBELLE");
				registration.add("Abrégé : " + FlatText.oneLine(abbreviation.text("CODE")) + (label == null ? "" : " (" + FlatText.oneLine(label) + ")"));
			}
			line(registration, "Type d'enregistrement", "TYPE_ENREGISTREMENT");
			String state = FlatText.oneLine(fiche.text("ETAT_FICHE"));
			String active = fiche.text("ACTIF");
			if (state != null || active != null) {
				registration.add("État de la fiche : " + (state == null ? "non indiqué" : state)
						+ (active == null ? "" : "Oui".equalsIgnoreCase(active) ? ", active" : ", inactive"));
			}
			line(registration, "Date de publication", "DATE_DE_PUBLICATION");
			line(registration, "Date d'effet", "DATE_EFFET");
			line(registration, "Date de fin d'enregistrement", "DATE_FIN_ENREGISTREMENT");
			line(registration, "Date limite de délivrance", "DATE_LIMITE_DELIVRANCE");
			if (!registration.isEmpty()) {
				section("Enregistrement au RNCP", registration.stream().map(s -> new Entry(Bullet.NONE, s)).toList());
			}
			section("Objectifs et contexte de la certification", FlatText.entries(fiche.text("OBJECTIFS_CONTEXTE")));
			section("Secteurs d'activités", FlatText.entries(fiche.text("SECTEURS_ACTIVITE")));
			section("Types d'emplois accessibles", FlatText.entries(fiche.text("TYPE_EMPLOI_ACCESSIBLES")));
		}

		private void line(List<String> lines, String label, String field) {
			String value = FlatText.oneLine(fiche.text(field));
			if (value != null && !value.isEmpty()) {
				lines.add(label + " : " + value);
			}
		}

		private void section(String title, List<Entry> entries) {
			if (entries.isEmpty()) {
				return;
			}
			Section section = F.createSection();
			section.setTitle(title);
			entries.forEach(e -> section.getParagraphs().add(FlatText.paragraph(e)));
			r.getSections().add(section);
		}

		/** Where the file came from, and what the referential does not hold. */
		private List<String> header() {
			List<String> lines = new ArrayList<>();
			String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
			lines.add("Importé de l'export open data du RNCP (France Compétences) par « referentiel import rncp ».");
			String id = fiche.text("ID_FICHE");
			lines.add("Fichier source : " + name + (version == null ? "" : " (VERSION_FLUX " + version + ")") + ".");
			lines.add("Fiche : " + number + (id == null ? "" : " (ID_FICHE " + FlatText.oneLine(id) + ")") + ", ligne " + fiche.line
					+ " du fichier.");
			Matcher date = DATE_IN_NAME.matcher(name);
			boolean dated = false;
			while (!dated && date.find()) {
				int month = Integer.parseInt(date.group(2));
				int day = Integer.parseInt(date.group(3));
				dated = month >= 1 && month <= 12 && day >= 1 && day <= 31;
			}
			lines.add(dated ? "Date de l'export : " + date.group(3) + "/" + date.group(2) + "/" + date.group(1) + " (d'après le nom du fichier)."
					: "Date de l'export : non indiquée (l'export ne la donne ni dans son contenu ni dans le nom de ce fichier).");
			lines.add("");
			lines.add("Repris : identité (INTITULE, NUMERO_FICHE, niveau, certificateurs, codes NSF, ROME et Formacode, certifications "
					+ "remplacées et suivantes) ; activités visées (ACTIVITES_VISEES) en activités types et activités ; blocs "
					+ "(BLOCS_COMPETENCES) avec leur code, leurs compétences (LISTE_COMPETENCES) et leurs modalités d'évaluation "
					+ "(MODALITES_EVALUATION) ; dates et état de la fiche, objectifs, secteurs et emplois en sections.");
			lines.add("Non repris : " + String.join(" ; ", LEFT_OUT) + ".");
			lines.add("Les compétences sont nommées C<bloc>_<rang> et numérotées dans l'ordre de la fiche ; la fiche ne donne ni "
					+ "critères, ni savoirs, ni le lien entre activités et compétences : à compléter.");
			if (!warnings.isEmpty()) {
				lines.add("");
				lines.add("Remarques de l'import :");
				warnings.forEach(w -> lines.add("- " + w));
			}
			return lines;
		}
	}
}
