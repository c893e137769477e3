/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.moodle.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.moodle.MoodleExporter;
import fr.referentiel.studio.export.tests.ExampleModels;
import fr.referentiel.studio.export.tests.GoldenFiles;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;

/**
 * The Moodle CSV read back with Apache Commons CSV, as {@code tool_lpimportcsv} reads it (by
 * column position, the first line a header): the columns of Moodle's own export, one framework
 * row, parents before their children, every competence in the order of the file. Moodle itself
 * cannot be run here: {@code fixtures/moodle-framework.csv} is a small file written by hand after
 * the conventions of a real Moodle export (the command line's {@code MoodleRealFileIT} compares
 * with the real one where ../shared has it).
 */
class MoodleReadBackTest {

	private static final MoodleExporter EXPORTER = new MoodleExporter();
	private static final List<String> EXAMPLES = List.of(ExampleModels.TAI, ExampleModels.ASR, ExampleModels.BTS);

	/** The header of Moodle 4/5's export, in its words and order. */
	static final List<String> HEADER = List.of("Parent id number", "Id number", "Shortname", "Description",
			"Description format", "Scale values", "Scale configuration", "Rule type (optional)", "Rule outcome (optional)",
			"Rule config (optional)", "Cross referenced competency id numbers", "Exported id (optional)", "Is framework",
			"Taxonomy");

	static List<CSVRecord> read(byte[] csv) throws IOException {
		assertFalse(csv.length >= 3 && csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB, "no byte-order mark, as Moodle writes");
		String text = new String(csv, StandardCharsets.UTF_8);
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
			assertEquals(HEADER, parser.getHeaderNames());
			List<CSVRecord> records = parser.getRecords();
			records.forEach(r -> assertEquals(HEADER.size(), r.size(), "line " + r.getRecordNumber()));
			return records;
		}
	}

	@TestFactory
	Stream<DynamicTest> goldenFiles() {
		return GoldenFiles.examplesMatch(EXPORTER);
	}

	@Test
	void theFixtureWrittenAfterMoodleHasTheSameHeader() throws Exception {
		byte[] fixture = java.nio.file.Files.readAllBytes(
				java.nio.file.Path.of(System.getProperty("referentiel.fixtures", "resources/fixtures"), "moodle-framework.csv"));
		List<CSVRecord> records = read(fixture);
		assertEquals("1", records.get(0).get("Is framework"));
		assertEquals("AT1", records.get(2).get("Parent id number"));
	}

	@TestFactory
	Stream<DynamicTest> oneFrameworkRowThenParentsBeforeChildren() {
		return EXAMPLES.stream().map(example -> DynamicTest.dynamicTest(example, () -> {
			byte[] csv = EXPORTER.render(ExampleModels.load(example), null, Map.of());
			String text = new String(csv, StandardCharsets.UTF_8);
			assertFalse(text.replace("\r\n", "").contains("\r"), "LF between records, as Moodle writes");
			List<CSVRecord> records = read(csv);
			CSVRecord framework = records.get(0);
			assertEquals("1", framework.get("Is framework"));
			assertEquals("", framework.get("Parent id number"));
			assertEquals("Non acquis,Acquis", framework.get("Scale values"));
			assertEquals("[{\"scaleid\":\"1\"},{\"id\":2,\"scaledefault\":1,\"proficient\":1}]", framework.get("Scale configuration"));
			assertEquals(1, records.stream().filter(r -> r.get("Is framework").equals("1")).count());
			Set<String> ids = new HashSet<>();
			int exported = 0;
			int depth = 0;
			java.util.Map<String, Integer> depths = new java.util.HashMap<>();
			for (CSVRecord r : records.subList(1, records.size())) {
				String parent = r.get("Parent id number");
				assertTrue(parent.isEmpty() || ids.contains(parent), "the parent " + parent + " comes before " + r.get("Id number"));
				assertTrue(ids.add(r.get("Id number")), "id number used once: " + r.get("Id number"));
				assertTrue(r.get("Id number").length() <= 100 && r.get("Shortname").codePointCount(0, r.get("Shortname").length()) <= 100);
				assertFalse(r.get("Shortname").isBlank());
				assertEquals("1", r.get("Description format"));
				assertTrue(r.get("Description").startsWith("<p>"), r.get("Description"));
				assertEquals("0", r.get("Rule outcome (optional)"));
				assertEquals("null", r.get("Rule config (optional)"));
				assertEquals(String.valueOf(++exported), r.get("Exported id (optional)"));
				assertEquals("", r.get("Is framework"));
				int d = parent.isEmpty() ? 1 : depths.get(parent) + 1;
				depths.put(r.get("Id number"), d);
				depth = Math.max(depth, d);
			}
			assertEquals(depth, framework.get("Taxonomy").split(",").length, "one taxonomy a level");
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyCompetenceInTheOrderOfTheFileUnderItsActivityType() {
		return EXAMPLES.stream().map(example -> DynamicTest.dynamicTest(example, () -> {
			Referential r = ExampleModels.load(example);
			List<CSVRecord> records = read(EXPORTER.render(r, null, Map.of()));
			List<String> ids = records.stream().map(x -> x.get("Id number")).toList();
			Map<ProfessionalCompetence, ActivityNode> owners = Referentials.owners(r);
			List<Competence> all = new ArrayList<>(r.getCompetences());
			all.addAll(r.getTransversalCompetences());
			for (Competence c : all) {
				int at = ids.indexOf(c.getName());
				assertTrue(at > 0, c.getName() + " is there");
				CSVRecord row = records.get(at);
				assertTrue(row.get("Description").startsWith("<p>" + escape(c.getTitle()) + "</p>"), row.get("Description"));
				ActivityNode owner = c instanceof ProfessionalCompetence pc ? owners.get(pc) : null;
				if (owner != null) {
					assertEquals(Referentials.root(owner).getName(), row.get("Parent id number"));
				}
				// Its criteria, in order, under it.
				List<String> criteria = records.stream().filter(x -> x.get("Parent id number").equals(c.getName())
						&& x.get("Id number").startsWith(c.getName() + "-CR")).map(x -> x.get("Description")).toList();
				assertEquals(Referentials.texts(c.getPerformanceCriteria()).stream().map(t -> "<p>" + escape(t) + "</p>").toList(),
						criteria.stream().map(d -> d.substring(0, d.indexOf("</p>") + 4)).toList());
			}
			// The professional competences of one activity type keep the order of the file.
			List<Integer> positions = r.getCompetences().stream().filter(c -> owners.get(c) != null)
					.map(c -> ids.indexOf(c.getName())).toList();
			for (var type : r.getActivityTypes()) {
				List<Integer> mine = r.getCompetences().stream()
						.filter(c -> owners.get(c) != null && Referentials.root(owners.get(c)) == type)
						.map(c -> ids.indexOf(c.getName())).toList();
				assertEquals(mine.stream().sorted().toList(), mine);
			}
			assertFalse(positions.isEmpty() && !r.getActivityTypes().isEmpty() && positions.contains(-1));
		}));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
	}

	@Test
	void twoExportsAreTheSameBytes() throws Exception {
		for (String example : EXAMPLES) {
			assertArrayEquals(EXPORTER.render(ExampleModels.load(example), null, Map.of()),
					EXPORTER.render(ExampleModels.load(example), null, Map.of()));
		}
	}

	private static final Referential HOSTILE = ExampleModels.fromText("""
			référentiel HOSTILE "Titre <b>gras</b> & cité" {
			    compétence CP1 "Écrire <script>alert(1)</script> & « guillemets »" {
			        description
			            | Un paragraphe avec <i>balise</i>, une virgule et "des guillemets".
			        critères de performance
			            - Le critère
			            - Le critère
			            - =SOMME(A1:A9)
			    }
			    compétence CP2 "Une compétence dont l'intitulé est très long, beaucoup plus long que les cent caractères qu'un nom abrégé de Moodle peut avoir" { }
			    compétence CP3 "Anticonstitutionnellementanticonstitutionnellementanticonstitutionnellementanticonstitutionnellementanticonstitutionnellement" { }
			}
			""");

	@Test
	void htmlIsEscapedInTheDescriptionAndTheShortnameIsText() throws Exception {
		List<CSVRecord> records = read(EXPORTER.render(HOSTILE, null, Map.of()));
		CSVRecord cp1 = records.stream().filter(r -> r.get("Id number").equals("CP1")).findFirst().orElseThrow();
		assertEquals("Écrire <script>alert(1)</script> & « guillemets »", cp1.get("Shortname"));
		assertEquals("<p>Écrire &lt;script&gt;alert(1)&lt;/script&gt; &amp; « guillemets »</p>"
				+ "<p>Un paragraphe avec &lt;i&gt;balise&lt;/i&gt;, une virgule et &quot;des guillemets&quot;.</p>", cp1.get("Description"));
		assertTrue(records.get(0).get("Description").startsWith("<p>Titre &lt;b&gt;gras&lt;/b&gt; &amp; cité</p>"), records.get(0).get("Description"));
		assertEquals("Titre <b>gras</b> & cité", records.get(0).get("Shortname"));
	}

	@Test
	void aValueWrittenTwiceIsThereTwiceAndFormulasAreNeutralised() throws Exception {
		List<CSVRecord> records = read(EXPORTER.render(HOSTILE, null, Map.of()));
		List<CSVRecord> criteria = records.stream().filter(r -> r.get("Parent id number").equals("CP1")).toList();
		assertEquals(List.of("CP1-CR1", "CP1-CR2", "CP1-CR3"), criteria.stream().map(r -> r.get("Id number")).toList());
		assertEquals(List.of("Le critère", "Le critère", "'=SOMME(A1:A9)"), criteria.stream().map(r -> r.get("Shortname")).toList());
	}

	@Test
	void longShortnamesAreCutAfterAWholeWordAndSaid() throws Exception {
		List<CSVRecord> records = read(EXPORTER.render(HOSTILE, null, Map.of()));
		String cp2 = records.stream().filter(r -> r.get("Id number").equals("CP2")).findFirst().orElseThrow().get("Shortname");
		assertEquals("Une compétence dont l'intitulé est très long, beaucoup plus long que les cent caractères qu'un nom…", cp2);
		assertTrue(cp2.length() <= 100);
		String cp3 = records.stream().filter(r -> r.get("Id number").equals("CP3")).findFirst().orElseThrow().get("Shortname");
		assertEquals(100, cp3.length());
		List<String> notices = EXPORTER.notices(HOSTILE, null, Map.of());
		assertEquals(2, notices.size(), notices.toString());
		// A cut inside a word is said for itself, the cuts after a whole word in one sentence at the end.
		assertTrue(notices.get(0).contains("« CP3 »") && notices.get(0).contains("au milieu d'un mot"), notices.get(0));
		assertEquals("Moodle : le nom abrégé de « CP2 » a plus de 100 caractères, la limite de Moodle : il est coupé après le "
				+ "dernier mot entier, suivi de « … », et l'intitulé complet est dans la description (CP2).", notices.get(1));
		// The TAI REAC has 19 criteria and knowledge items longer than Moodle's short names: one sentence names them.
		List<String> tai = EXPORTER.notices(ExampleModels.load(ExampleModels.TAI), null, Map.of());
		assertEquals(1, tai.size(), tai.toString());
		assertTrue(tai.get(0).startsWith("Moodle : 19 noms abrégés ont plus de 100 caractères") && tai.get(0).endsWith(", CT1-CR2)."), tai.get(0));
	}

	@Test
	void theScaleIsTheUsers() throws Exception {
		List<CSVRecord> records = read(EXPORTER.render(HOSTILE, null, Map.of(MoodleExporter.SCALE, "Non acquis, En cours, Acquis")));
		assertEquals("Non acquis,En cours,Acquis", records.get(0).get("Scale values"));
		assertEquals("[{\"scaleid\":\"1\"},{\"id\":3,\"scaledefault\":1,\"proficient\":1}]", records.get(0).get("Scale configuration"));
		ExportException refused = assertThrows(ExportException.class, () -> EXPORTER.render(HOSTILE, null, Map.of(MoodleExporter.SCALE, "Acquis")));
		assertTrue(refused.getMessage().startsWith("L'option « scale » attend au moins deux valeurs"), refused.getMessage());
	}

	@Test
	void aReferentialWithoutCompetenceIsRefused() {
		Referential empty = ExampleModels.fromText("""
				référentiel VIDE "Vide" {
				    glossaire {
				        terme "Mot" | Sa définition.
				    }
				}
				""");
		ExportException refused = assertThrows(ExportException.class, () -> EXPORTER.render(empty, null, Map.of()));
		assertTrue(refused.getMessage().contains("aucune compétence"), refused.getMessage());
	}
}
