/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.referentiel.studio.dsl.validation.ComparisonKey;

/** The one-pass key of repeated entries is the key its definition gives, whatever the text. */
class ComparisonKeyTest {

	@Test
	void whatTheAuthorWouldCallTheSameTextHasOneKey() {
		assertEquals("l'equipe est prete", ComparisonKey.of("  L’équipe\u00A0 est   prête . "));
		assertEquals("oeuvre d'art", ComparisonKey.of("Œuvre d ' art…"));
		assertEquals(ComparisonKey.of("Les critères sont-ils remplis ?"), ComparisonKey.of("les criteres sont-ils remplis"));
	}

	@Test
	void everyLineOfTheExamplesHasTheKeyOfTheDefinition() throws IOException {
		try (var files = Files.list(TestFiles.examples())) {
			for (Path file : files.filter(f -> f.toString().endsWith(".referentiel")).toList()) {
				for (String line : Files.readAllLines(file)) {
					assertEquals(ComparisonKey.byDefinition(line), ComparisonKey.of(line), line);
				}
			}
		}
	}

	@Test
	void randomTextsOfFrenchLettersSpacesPunctuationAndOddCharactersHaveTheKeyOfTheDefinition() {
		// The characters the one pass handles, and the ones it must leave to the definition.
		String alphabet = "aAzZ09_-éÉèêëàâäçÇôöîïùûüÿœŒæÆß'’‘ʼ\"«»“”–—….,;:!? \t\n\r\f\u000B\u00A0\u202F\u2007\u2002\u2028\u2029"
				+ "\u0085\u001C\u0001\u007F\u0301e\u0130ΣσςЖ\uD83D\uDE00ﬁ\u00AD\u200B";
		Random random = new Random(20261203);
		for (int n = 0; n < 200_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int length = random.nextInt(12); length > 0; length--) {
				int i = random.nextInt(alphabet.length());
				if (Character.isHighSurrogate(alphabet.charAt(i)) && i + 1 < alphabet.length()) {
					text.append(alphabet, i, i + 2);
				} else if (!Character.isLowSurrogate(alphabet.charAt(i))) {
					text.append(alphabet.charAt(i));
				}
			}
			String t = text.toString();
			assertEquals(ComparisonKey.byDefinition(t), ComparisonKey.of(t), () -> t.codePoints()
					.mapToObj(c -> String.format("U+%04X", c)).toList().toString());
		}
	}
}
