/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.interchange.ImportException;

/** Bad or hostile files: one French message with the line and column, and nothing else. */
class HostileInputTest {

	@TempDir
	Path tmp;

	private static ImportException refused(Path file) {
		return assertThrows(ImportException.class, () -> Fixtures.importRncp(file, null));
	}

	@Test
	void aDtdWithEntitiesIsRefused() {
		ImportException e = refused(Fixtures.rncp("dtd-entite.xml"));
		assertTrue(e.getMessage().startsWith("« dtd-entite.xml », ligne "), e.getMessage());
		assertTrue(e.getMessage().contains("DTD"), e.getMessage());
		assertTrue(e.line() >= 2, "line " + e.line());
		assertTrue(e.getMessage().endsWith("Rien n'a été écrit."), e.getMessage());
	}

	@Test
	void anExternalEntityIsNeverRead() {
		ImportException e = refused(Fixtures.rncp("entite-externe.xml"));
		assertTrue(e.getMessage().contains("DTD"), e.getMessage());
		assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd: " + e.getMessage());
	}

	@Test
	void aTruncatedFileSaysSoWithItsPosition() {
		ImportException e = refused(Fixtures.rncp("tronque.xml"));
		assertTrue(e.getMessage().startsWith("« tronque.xml », ligne "), e.getMessage());
		assertTrue(e.getMessage().contains("tronqué"), e.getMessage());
		assertTrue(e.line() > 60, "line " + e.line());
	}

	/**
	 * The application runs in French (-nl fr): the JDK's parser then words its errors in French,
	 * and a cut file was reported as a DTD (« même entité » contains « entit »).
	 */
	@Test
	void theMessagesAreTheSameWhenJavaSpeaksFrench() {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.FRANCE);
		try {
			ImportException cut = refused(Fixtures.rncp("tronque.xml"));
			assertTrue(cut.getMessage().contains("il est tronqué"), cut.getMessage());
			assertTrue(refused(Fixtures.rncp("latin1.xml")).getMessage().contains("encodage"), "latin1.xml");
			assertTrue(refused(Fixtures.rncp("dtd-entite.xml")).getMessage().contains("DTD"), "dtd-entite.xml");
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void aWrongEncodingSaysSoWithItsPosition() {
		ImportException e = refused(Fixtures.rncp("latin1.xml"));
		assertTrue(e.getMessage().contains("encodage") && e.getMessage().contains("UTF-8"), e.getMessage());
		assertTrue(e.getMessage().startsWith("« latin1.xml », ligne "), e.getMessage());
		assertTrue(e.line() > 1, "the first accented letter is after the first line: " + e.line());
	}

	@Test
	void anotherXmlIsNotAnRncpExport() {
		ImportException e = refused(Fixtures.rncp("mauvaise-racine.xml"));
		assertEquals("« mauvaise-racine.xml », ligne 2, colonne 12 : ce fichier n'est pas un export RNCP de France Compétences : son "
				+ "élément racine est « CFPackage », celui d'un export est « FICHES » (des éléments FICHE, VERSION_FLUX 4.1). "
				+ "Rien n'a été écrit.", e.getMessage());
		assertEquals(2, e.line());
	}

	@Test
	void aFileThatIsNotXmlIsNamedSo() {
		ImportException e = refused(Fixtures.rncp("pas-du-xml.xml"));
		assertTrue(e.getMessage().startsWith("« pas-du-xml.xml », ligne 1, colonne "), e.getMessage());
		assertTrue(e.getMessage().contains("n'est pas un fichier XML"), e.getMessage());
	}

	@Test
	void anEmptyOrMissingFile() throws IOException {
		ImportException empty = refused(Files.writeString(tmp.resolve("vide.xml"), ""));
		assertTrue(empty.getMessage().startsWith("« vide.xml »"), empty.getMessage());
		ImportException missing = refused(tmp.resolve("absent.xml"));
		assertEquals("Fichier introuvable : « " + tmp.resolve("absent.xml") + " ». Vérifiez le chemin.", missing.getMessage());
	}

	@Test
	void anEndlessTextIsCutShort() throws IOException {
		Path file = tmp.resolve("enorme.xml");
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FICHES><FICHE><NUMERO_FICHE>RNCP1234</NUMERO_FICHE><INTITULE>"
					.getBytes(StandardCharsets.UTF_8));
			byte[] chunk = "abcdefghij".repeat(10_000).getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < 12; i++) { // 1.2 million characters in one element
				out.write(chunk);
			}
			out.write("</INTITULE></FICHE></FICHES>".getBytes(StandardCharsets.UTF_8));
		}
		ImportException e = refused(file);
		assertTrue(e.getMessage().contains("un texte de plus d'un million de caractères dans un seul élément"), e.getMessage());
	}
}
