/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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

/**
 * Reads the FICHE records of France Compétences' RNCP open-data export into referentials, the
 * way the test resource bts-sio-rncp35340.referentiel was transcribed: it shows that the
 * metamodel holds what the official register holds (blocks, their codes and options).
 */
final class RncpExportReader {

	private static final ReferentielFactory F = ReferentielFactory.eINSTANCE;

	private RncpExportReader() {
	}

	static List<Referential> read(Path xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Element root = factory.newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
		List<Referential> referentials = new ArrayList<>();
		for (Element fiche : children(root, "FICHE")) {
			referentials.add(referential(fiche));
		}
		return referentials;
	}

	private static Referential referential(Element fiche) {
		Referential r = F.createReferential();
		String number = text(fiche, "NUMERO_FICHE");
		r.setName(number);
		r.setTitle(text(fiche, "INTITULE"));
		r.setKind("BTS".equals(text(first(fiche, "ABREGE"), "CODE")) ? ReferentialKind.DIPLOMA : ReferentialKind.RNCP);
		r.setCode(number);
		r.setLevel(Integer.parseInt(text(first(fiche, "NOMENCLATURE_EUROPE"), "NIVEAU").replace("NIV", "")));
		for (Element c : all(fiche, "CERTIFICATEUR")) {
			r.getCertifiers().add(text(c, "NOM_CERTIFICATEUR"));
		}
		classify(r, all(fiche, "NSF"), ClassificationSystem.NSF);
		classify(r, all(fiche, "ROME"), ClassificationSystem.ROME);
		classify(r, all(fiche, "FORMACODE"), ClassificationSystem.FORMACODE);
		relate(r, all(fiche, "ID_FICHE_ANCIENNE_CERTIFICATION"), RelationKind.PREVIOUS_VERSION);
		relate(r, all(fiche, "ID_FICHE_NOUVELLE_CERTIFICATION"), RelationKind.NEXT_VERSION);
		Option a = option(r, "A", "Solutions d’infrastructure, systèmes et réseaux");
		Option b = option(r, "B", "Solutions logicielles et applications métiers");
		for (Element bloc : all(fiche, "BLOC_COMPETENCES")) {
			Block block = F.createBlock();
			String code = text(bloc, "CODE");
			block.setName("BC" + code.substring(code.length() - 2));
			block.setCode(code);
			block.setTitle(text(bloc, "LIBELLE"));
			if (block.getTitle().contains("Option A")) {
				block.getOptions().add(a);
			} else if (block.getTitle().contains("Option B")) {
				block.getOptions().add(b);
			}
			List<String> competences = split(text(bloc, "LISTE_COMPETENCES"));
			for (int i = 0; i < competences.size(); i++) {
				ProfessionalCompetence competence = F.createProfessionalCompetence();
				competence.setName(block.getName() + "_" + (i + 1));
				competence.setTitle(competences.get(i));
				r.getCompetences().add(competence);
				block.getCompetences().add(competence);
			}
			EvaluationModality modality = F.createEvaluationModality();
			modality.setKind(ModalityKind.OTHER);
			modality.setTitle("Modalités d'évaluation");
			modality.getDescription().addAll(split(text(bloc, "MODALITES_EVALUATION")));
			block.getModalities().add(modality);
			r.getBlocks().add(block);
		}
		return r;
	}

	/** The export separates list entries with runs of spaces. */
	static List<String> split(String text) {
		return Arrays.stream(text.split("\\s{3,}")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static Option option(Referential r, String name, String title) {
		Option option = F.createOption();
		option.setName(name);
		option.setTitle(title);
		r.getOptions().add(option);
		return option;
	}

	private static void classify(Referential r, List<Element> codes, ClassificationSystem system) {
		for (Element e : codes) {
			Classification c = F.createClassification();
			c.setSystem(system);
			c.setCode(text(e, "CODE"));
			c.setLabel(text(e, "LIBELLE"));
			r.getClassifications().add(c);
		}
	}

	private static void relate(Referential r, List<Element> codes, RelationKind kind) {
		for (Element e : codes) {
			Relation relation = F.createRelation();
			relation.setKind(kind);
			relation.setCode(e.getTextContent().strip());
			r.getRelations().add(relation);
		}
	}

	private static List<Element> children(Element parent, String tag) {
		List<Element> result = new ArrayList<>();
		for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(tag)) {
				result.add(e);
			}
		}
		return result;
	}

	private static List<Element> all(Element parent, String tag) {
		NodeList nodes = parent.getElementsByTagName(tag);
		List<Element> result = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			result.add((Element) nodes.item(i));
		}
		return result;
	}

	private static Element first(Element parent, String tag) {
		return all(parent, tag).get(0);
	}

	private static String text(Element parent, String tag) {
		return first(parent, tag).getTextContent().strip();
	}
}
