/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic but realistic referentials: the shape of the REAC TAI (3 activity types of 3
 * competences, each with ~7 criteria and ~16 knowledge items in four categories) scaled by a
 * factor, with French sentences built from the vocabulary of real referentials. Deterministic for
 * a given scale, so figures of different runs compare.
 */
public final class SyntheticReferential {

	private static final List<String> VERBS = List.of("Installer", "Configurer", "Diagnostiquer", "Documenter",
			"Sécuriser", "Déployer", "Superviser", "Sauvegarder", "Paramétrer", "Analyser", "Planifier", "Contrôler",
			"Mettre à jour", "Réceptionner", "Qualifier", "Expliquer", "Tester", "Inventorier", "Restaurer", "Former");
	private static final List<String> OBJECTS = List.of("un poste utilisateur", "les équipements réseau",
			"un serveur virtuel", "les comptes d'utilisateurs", "une imprimante multifonction", "le pare-feu",
			"un annuaire Active Directory", "les ressources collaboratives", "un ticket d'incident",
			"la solution de sauvegarde", "les outils bureautiques", "un réseau sans fil", "le parc informatique",
			"une connexion VPN", "les licences logicielles", "un smartphone professionnel", "la messagerie",
			"les droits d'accès", "une machine virtuelle", "le plan d'adressage");
	private static final List<String> CONTEXTS = List.of("dans le respect des procédures de l'entreprise",
			"en tenant compte des situations de handicap", "conformément à la politique de sécurité",
			"à distance ou sur site", "selon les bonnes pratiques ITIL", "dans les délais du contrat de service",
			"à partir de la documentation technique, y compris en anglais", "en lien avec le centre de services",
			"en préservant la confidentialité des données", "avec l'accord du responsable technique");
	private static final List<String> OUTCOMES = List.of("est réalisé", "est conforme à la demande",
			"est opérationnel", "est documenté dans l'outil de gestion", "est vérifié par des tests",
			"respecte les règles de sécurité", "est validé avec l'utilisateur", "est réalisé dans les délais");

	private final Random random;
	private final int scale;
	private final StringBuilder out = new StringBuilder();

	private SyntheticReferential(int scale) {
		this.scale = scale;
		this.random = new Random(20260525L + scale);
	}

	/** The text of a referential scale times the size of the REAC TAI. */
	public static String generate(int scale) {
		return new SyntheticReferential(scale).write();
	}

	public static Path write(Path folder, int scale) throws IOException {
		Files.createDirectories(folder);
		return Files.writeString(folder.resolve("synthetique-x" + scale + ".referentiel"), generate(scale),
				StandardCharsets.UTF_8);
	}

	private String write() {
		int activityTypes = 3 * scale;
		int perType = 3;
		line(0, "// Référentiel synthétique, " + scale + " fois la taille du REAC TAI (généré par SyntheticReferential).");
		line(0, "référentiel SYNTH_X" + scale + " \"Technicien synthétique, échelle " + scale + "\" {");
		line(1, "sigle \"SYN\"");
		line(1, "type REAC");
		line(1, "code \"TP-9" + String.format("%04d", scale) + "\"");
		line(1, "niveau 4");
		line(1, "millésime \"01\"");
		line(1, "date de validation \"24/05/2023\"");
		line(1, "date de mise à jour \"24/05/2023\"");
		for (int at = 1; at <= activityTypes; at++) {
			out.append('\n');
			line(1, "activité type AT" + at + " \"" + sentence(at * 7) + "\" {");
			line(2, "numéro " + at);
			line(2, "description");
			for (int p = 0; p < 4; p++) {
				line(3, "| " + paragraph());
			}
			StringBuilder refs = new StringBuilder();
			for (int c = 1; c <= perType; c++) {
				refs.append(c > 1 ? ", " : "").append("CP").append((at - 1) * perType + c);
			}
			line(2, "compétences " + refs);
			line(1, "}");
		}
		int competences = activityTypes * perType;
		for (int cp = 1; cp <= competences; cp++) {
			out.append('\n');
			line(1, "compétence CP" + cp + " \"" + sentence(cp * 13 + 1) + "\" {");
			line(2, "numéro " + cp);
			line(2, "description");
			line(3, "| " + paragraph());
			line(3, "| " + paragraph());
			line(2, "contexte");
			line(3, "| " + paragraph());
			line(2, "critères de performance");
			for (int i = 0; i < 5 + random.nextInt(4); i++) {
				line(3, "- " + criterion(cp, i));
			}
			section("savoir-faire techniques", cp, 4 + random.nextInt(6));
			section("savoir-faire organisationnels", cp, 1 + random.nextInt(3));
			section("savoir-faire relationnels", cp, 1 + random.nextInt(4));
			line(2, "savoirs");
			for (int i = 0; i < 2 + random.nextInt(4); i++) {
				line(3, "- Connaissance " + pick(List.of("des principes de ", "de base de ", "avancée de ")) + object(cp, i) + ".");
			}
			line(1, "}");
		}
		for (int at = 1; at <= activityTypes; at++) {
			out.append('\n');
			line(1, "bloc CCP" + at + " \"" + sentence(at * 7) + "\" {");
			line(2, "activité type AT" + at);
			line(2, "modalité situation \"Mise en situation professionnelle\" {");
			line(3, "description");
			line(4, "| " + paragraph());
			line(3, "livrables");
			line(4, "- Dossier professionnel");
			line(2, "}");
			line(1, "}");
		}
		line(0, "}");
		return out.toString();
	}

	private void section(String keyword, int cp, int count) {
		line(2, keyword);
		for (int i = 0; i < count; i++) {
			line(3, "- " + pick(VERBS) + " " + object(cp, i) + " " + pick(CONTEXTS) + ".");
		}
	}

	/** A distinct object per competence and entry, so entries are not near-duplicates of each other. */
	private String object(int cp, int i) {
		return OBJECTS.get((cp * 7 + i * 3) % OBJECTS.size()) + " n° " + cp + "." + (i + 1);
	}

	private String criterion(int cp, int i) {
		String object = object(cp, i);
		return Character.toUpperCase(object.charAt(0)) + object.substring(1) + " " + pick(OUTCOMES) + ".";
	}

	private String sentence(int seed) {
		return VERBS.get(seed % VERBS.size()) + " " + OBJECTS.get((seed / 3) % OBJECTS.size()) + " "
				+ CONTEXTS.get((seed / 5) % CONTEXTS.size());
	}

	private String paragraph() {
		StringBuilder p = new StringBuilder();
		for (int s = 0; s < 3; s++) {
			String verb = pick(VERBS).toLowerCase();
			p.append(s > 0 ? " " : "").append("Le technicien doit ").append(verb).append(' ').append(pick(OBJECTS))
					.append(' ').append(pick(CONTEXTS)).append('.');
		}
		return p.toString();
	}

	private String pick(List<String> words) {
		return words.get(random.nextInt(words.size()));
	}

	private void line(int indent, String text) {
		out.append("    ".repeat(indent)).append(text).append('\n');
	}

	/** Writes the referentials of the given scales into a folder: {@code SyntheticReferential DIR 1 10 100}. */
	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		for (int i = 1; i < args.length; i++) {
			System.out.println(write(folder, Integer.parseInt(args[i])));
		}
	}
}
