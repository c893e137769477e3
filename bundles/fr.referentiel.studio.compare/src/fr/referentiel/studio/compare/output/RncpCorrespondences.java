/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.output;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import fr.referentiel.studio.compare.BlocCorrespondence;
import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.Element;
import fr.referentiel.studio.compare.Version;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * The tableau de correspondance as a {@code CORRESPONDANCES} fragment for an RNCP renewal file:
 * for each old bloc, the old fiche and its bloc, the new fiche and the blocs that take it over,
 * total or partial. Element names follow the RNCP open-data export's own (VERSION_FLUX 4.1:
 * {@code ID_FICHE_ANCIENNE_CERTIFICATION}, {@code BLOC_COMPETENCES} with {@code CODE} and
 * {@code LIBELLE}); France Compétences publishes no schema for the element itself (docs/compare.md).
 * Old blocs that no new bloc takes over, and new blocs, are left out: a correspondence needs both.
 */
public final class RncpCorrespondences {

	private RncpCorrespondences() {
	}

	public static byte[] of(Comparison comparison) {
		// One CORRESPONDANCE per old bloc and kind, with every new bloc that takes it over so.
		Map<String, List<BlocCorrespondence>> groups = new LinkedHashMap<>();
		for (BlocCorrespondence row : comparison.blocs()) {
			if (row.oldBloc() != null && row.newBloc() != null) {
				groups.computeIfAbsent(row.oldBloc().order() + "|" + row.kind().name(), k -> new ArrayList<>()).add(row);
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("CORRESPONDANCES");
			for (List<BlocCorrespondence> rows : groups.values()) {
				BlocCorrespondence first = rows.get(0);
				open(xml, 1, "CORRESPONDANCE");
				open(xml, 2, "ANCIENNE_CERTIFICATION");
				leaf(xml, 3, "ID_FICHE_ANCIENNE_CERTIFICATION", fiche(comparison.oldVersion()));
				blocs(xml, 3, List.of(first.oldBloc()));
				close(xml, 2);
				open(xml, 2, "NOUVELLE_CERTIFICATION");
				leaf(xml, 3, "ID_FICHE_NOUVELLE_CERTIFICATION", fiche(comparison.newVersion()));
				blocs(xml, 3, rows.stream().map(BlocCorrespondence::newBloc).toList());
				close(xml, 2);
				leaf(xml, 2, "TYPE_CORRESPONDANCE", first.kind() == BlocCorrespondence.Kind.TOTAL ? "TOTALE" : "PARTIELLE");
				close(xml, 1);
			}
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return bytes.toByteArray();
	}

	private static void blocs(XMLStreamWriter xml, int depth, List<Element> blocs) throws XMLStreamException {
		open(xml, depth, "BLOCS_COMPETENCES");
		for (Element bloc : blocs) {
			open(xml, depth + 1, "BLOC_COMPETENCES");
			leaf(xml, depth + 2, "CODE", bloc.code().isEmpty() ? bloc.id() : bloc.code());
			leaf(xml, depth + 2, "LIBELLE", bloc.title());
			close(xml, depth + 1);
		}
		close(xml, depth);
	}

	/** The fiche's number is the referential's code (RNCP40792), or its identifier when it has none. */
	private static String fiche(Version version) {
		String code = version.referential().getCode();
		return code == null || code.isBlank() ? version.name() : code;
	}

	private static void open(XMLStreamWriter xml, int depth, String name) throws XMLStreamException {
		xml.writeCharacters("\n" + "    ".repeat(depth));
		xml.writeStartElement(name);
	}

	private static void close(XMLStreamWriter xml, int depth) throws XMLStreamException {
		xml.writeCharacters("\n" + "    ".repeat(depth));
		xml.writeEndElement();
	}

	private static void leaf(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
		open(xml, depth, name);
		// XML 1.0 cannot hold control characters at all: blanked, as every export does.
		xml.writeCharacters(ControlCharacters.blank(text));
		xml.writeEndElement();
	}
}
