/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.caseframework.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import fr.referentiel.studio.dsl.check.CheckedFile;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.caseframework.CaseExporter;
import fr.referentiel.studio.export.caseframework.CasePackage;
import fr.referentiel.studio.export.caseframework.NameBasedIds;
import fr.referentiel.studio.export.tests.ExampleModels;
import fr.referentiel.studio.export.tests.GoldenFiles;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;

/**
 * The CASE packages read back with a JSON parser: identifiers, the isChildOf tree in the order of
 * the file, the links between versions, the dates. Validation against the 1EdTech schema is in
 * the command line's {@code CaseSchemaIT} (a real JSON Schema validator, with the schema read
 * from ../shared where it is).
 */
class CaseExportTest {

	private static final CaseExporter EXPORTER = new CaseExporter();
	private static final List<String> EXAMPLES = List.of(ExampleModels.TAI, ExampleModels.ASR, ExampleModels.BTS);
	/** Lower-case RFC 9562 UUIDs of version 5. */
	private static final Pattern UUID_V5 = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

	static JsonObject export(Referential r, Map<String, String> options) throws ExportException {
		return JsonParser.parseString(new String(EXPORTER.render(r, null, options), StandardCharsets.UTF_8)).getAsJsonObject();
	}

	private static List<JsonObject> objects(JsonObject pack, String member) {
		List<JsonObject> list = new ArrayList<>();
		pack.getAsJsonArray(member).forEach(e -> list.add(e.getAsJsonObject()));
		return list;
	}

	private static List<JsonObject> associations(JsonObject pack, String type) {
		return objects(pack, "CFAssociations").stream().filter(a -> a.get("associationType").getAsString().equals(type)).toList();
	}

	private static String destination(JsonObject association) {
		return association.getAsJsonObject("destinationNodeURI").get("identifier").getAsString();
	}

	private static String origin(JsonObject association) {
		return association.getAsJsonObject("originNodeURI").get("identifier").getAsString();
	}

	@TestFactory
	Stream<DynamicTest> goldenFiles() {
		return GoldenFiles.examplesMatch(EXPORTER);
	}

	@Test
	void nameBasedUuidsAreThoseOfTheRfc() {
		// RFC 9562, appendix A.4: the version 5 UUID of « www.example.com » in the DNS namespace.
		UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
		assertEquals("2ed6657d-e927-568b-95e1-2665a8aea6a2", NameBasedIds.of(dns, "www.example.com").toString());
		assertTrue(UUID_V5.matcher(NameBasedIds.of("TP-00476@08/CP1")).matches());
	}

	@TestFactory
	Stream<DynamicTest> everyIdentifierIsALowerCaseNameBasedUuidOfTheCodeAndTheElement() {
		return EXAMPLES.stream().map(example -> DynamicTest.dynamicTest(example, () -> {
			Referential r = ExampleModels.load(example);
			JsonObject pack = export(r, Map.of());
			String key = CasePackage.key(r);
			assertEquals(NameBasedIds.of(key + "/CFDocument"), pack.getAsJsonObject("CFDocument").get("identifier").getAsString());
			Set<String> seen = new HashSet<>();
			for (String member : List.of("CFItems", "CFAssociations")) {
				for (JsonObject o : objects(pack, member)) {
					String id = o.get("identifier").getAsString();
					assertTrue(UUID_V5.matcher(id).matches(), id);
					assertTrue(seen.add(id), "identifier used twice: " + id);
					assertEquals(CaseExporter.DEFAULT_BASE_URI + member + "/" + id, o.get("uri").getAsString());
				}
			}
			Map<String, JsonObject> items = byCode(pack);
			for (ProfessionalCompetence c : r.getCompetences()) {
				JsonObject item = items.get(c.getName());
				assertNotNull(item, c.getName());
				assertEquals(NameBasedIds.of(key + "/" + c.getName()), item.get("identifier").getAsString());
			}
		}));
	}

	private static Map<String, JsonObject> byCode(JsonObject pack) {
		Map<String, JsonObject> items = new LinkedHashMap<>();
		for (JsonObject item : objects(pack, "CFItems")) {
			if (item.has("humanCodingScheme")) {
				items.putIfAbsent(item.get("humanCodingScheme").getAsString(), item);
			}
		}
		return items;
	}

	@TestFactory
	Stream<DynamicTest> twoExportsAreTheSameBytes() {
		return EXAMPLES.stream().map(example -> DynamicTest.dynamicTest(example, () -> {
			byte[] first = EXPORTER.render(ExampleModels.load(example), null, Map.of());
			// A second reading of the file: other model objects, the same identifiers and bytes.
			Path file = ExampleModels.examples().resolve(example);
			Referential again = ReferentielChecker.create().check(List.of(file)).files().get(0).referential();
			assertArrayEquals(first, EXPORTER.render(again, null, Map.of()));
			assertArrayEquals(first, EXPORTER.render(ExampleModels.load(example), null, Map.of()));
		}));
	}

	@TestFactory
	Stream<DynamicTest> eachCompetenceIsAChildOfItsActivityInTheOrderOfTheFile() {
		return EXAMPLES.stream().map(example -> DynamicTest.dynamicTest(example, () -> {
			Referential r = ExampleModels.load(example);
			JsonObject pack = export(r, Map.of());
			Map<String, JsonObject> itemsById = new HashMap<>();
			objects(pack, "CFItems").forEach(i -> itemsById.put(i.get("identifier").getAsString(), i));
			String document = pack.getAsJsonObject("CFDocument").get("identifier").getAsString();
			// One parent each; under each parent the sequence numbers are 1, 2, 3… in the order of the array.
			Map<String, String> parentOf = new HashMap<>();
			Map<String, List<String>> children = new LinkedHashMap<>();
			for (JsonObject a : associations(pack, "isChildOf")) {
				assertEquals(null, parentOf.put(origin(a), destination(a)), "one parent");
				List<String> list = children.computeIfAbsent(destination(a), k -> new ArrayList<>());
				list.add(origin(a));
				assertEquals(list.size(), a.get("sequenceNumber").getAsInt());
				assertTrue(destination(a).equals(document) || itemsById.containsKey(destination(a)), "parent exists");
				assertEquals(itemsById.get(origin(a)).get("fullStatement").getAsString(),
						a.getAsJsonObject("originNodeURI").get("title").getAsString());
			}
			assertEquals(itemsById.keySet(), parentOf.keySet(), "every item has its isChildOf");
			String key = CasePackage.key(r);
			Map<ProfessionalCompetence, ActivityNode> owners = Referentials.owners(r);
			Map<String, List<String>> competencesUnder = new LinkedHashMap<>();
			for (ProfessionalCompetence c : r.getCompetences()) {
				String id = NameBasedIds.of(key + "/" + c.getName());
				JsonObject item = itemsById.get(id);
				assertEquals(c.getTitle(), item.get("fullStatement").getAsString());
				ActivityNode owner = owners.get(c);
				String parent = parentOf.get(id);
				if (owner == null) {
					assertEquals(document, parent, c.getName());
				} else {
					String path = owner instanceof Activity a ? Referentials.root(owner).getName() + "-" + a.getNumber()
							: ((ActivityType) owner).getName();
					assertEquals(NameBasedIds.of(key + "/" + path), parent, c.getName());
				}
				competencesUnder.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
			}
			// The competences of one parent come in the order of the file among its children.
			competencesUnder.forEach((parent, ids) -> {
				List<String> order = children.get(parent).stream().filter(ids::contains).toList();
				assertEquals(ids, order);
			});
			// The performance criteria of each competence, in order, as its children.
			for (Competence c : r.getCompetences()) {
				List<String> statements = children.getOrDefault(NameBasedIds.of(key + "/" + c.getName()), List.of()).stream()
						.map(itemsById::get).filter(i -> i.get("CFItemType").getAsString().contains("de performance"))
						.map(i -> i.get("fullStatement").getAsString()).toList();
				assertEquals(Referentials.texts(c.getPerformanceCriteria()), statements, c.getName());
			}
		}));
	}

	@Test
	void taiDocument() throws Exception {
		JsonObject pack = export(ExampleModels.load(ExampleModels.TAI), Map.of());
		JsonObject d = pack.getAsJsonObject("CFDocument");
		assertEquals("Technicien d'assistance en informatique", d.get("title").getAsString());
		assertEquals("1.1", d.get("caseVersion").getAsString());
		assertEquals("fr", d.get("language").getAsString());
		assertEquals("08", d.get("version").getAsString());
		assertEquals("Adopted", d.get("adoptionStatus").getAsString());
		assertEquals("2023-05-24", d.get("statusStartDate").getAsString());
		// The date of the file, at midnight in France (summer time), never the clock.
		assertEquals("2023-05-24T00:00:00+02:00", d.get("lastChangeDateTime").getAsString());
		assertFalse(d.get("creator").getAsString().isBlank());
		Map<String, JsonObject> items = byCode(pack);
		assertEquals("Activité type", items.get("AT1").get("CFItemType").getAsString());
		assertEquals("Compétence professionnelle", items.get("CP1").get("CFItemType").getAsString());
		assertEquals("Compétence transversale", items.get("CT1") == null ? "Compétence transversale"
				: items.get("CT1").get("CFItemType").getAsString());
		// Every item type used is declared, once, with the identifier the items name.
		Map<String, String> declared = new HashMap<>();
		for (JsonElement t : pack.getAsJsonObject("CFDefinitions").getAsJsonArray("CFItemTypes")) {
			JsonObject type = t.getAsJsonObject();
			assertEquals(null, declared.put(type.get("title").getAsString(), type.get("identifier").getAsString()));
		}
		for (JsonObject item : objects(pack, "CFItems")) {
			assertEquals(declared.get(item.get("CFItemType").getAsString()),
					item.getAsJsonObject("CFItemTypeURI").get("identifier").getAsString());
		}
		assertTrue(declared.keySet().containsAll(List.of("Activité type", "Compétence professionnelle", "Critère de performance",
				"Bloc de compétences")), declared.keySet().toString());
	}

	@Test
	void theDateOfAFileInWinterHasTheWinterOffset() throws Exception {
		Referential r = ExampleModels.fromText("""
				référentiel HIVER "Référentiel d'hiver" {
				    date de validation "15/01/2024"
				    compétence CP1 "Faire" { }
				}
				""");
		JsonObject d = export(r, Map.of()).getAsJsonObject("CFDocument");
		assertEquals("2024-01-15T00:00:00+01:00", d.get("lastChangeDateTime").getAsString());
		assertEquals("Certificateur non précisé", d.get("creator").getAsString());
	}

	@Test
	void theBaseUriIsTheUsers() throws Exception {
		JsonObject pack = export(ExampleModels.load(ExampleModels.BTS), Map.of(CaseExporter.BASE_URI, "https://case.example.fr/ims/case/v1p1"));
		for (JsonObject item : objects(pack, "CFItems")) {
			assertTrue(item.get("uri").getAsString().startsWith("https://case.example.fr/ims/case/v1p1/CFItems/"));
		}
		// The identifiers do not depend on the base.
		assertEquals(objects(export(ExampleModels.load(ExampleModels.BTS), Map.of()), "CFItems").get(0).get("identifier"),
				objects(pack, "CFItems").get(0).get("identifier"));
		for (String wrong : List.of("case.example.fr", "ftp://case.example.fr/", "https://x.fr/?a=1", "https:///x")) {
			ExportException refused = assertThrows(ExportException.class,
					() -> EXPORTER.render(ExampleModels.load(ExampleModels.BTS), null, Map.of(CaseExporter.BASE_URI, wrong)));
			assertTrue(refused.getMessage().startsWith("L'option « base-uri » attend une adresse absolue"), refused.getMessage());
		}
	}

	private static final String OLD = """
			référentiel PAIE_2019 "Gestionnaire de paie" {
			    type REAC
			    code "TP-01281"
			    millésime "03"
			    date de validation "12/06/2019"
			    compétence CP1 "Assurer la tenue du dossier salarié" {
			        numéro 1
			    }
			    compétence CP2 "Établir les déclarations sociales" {
			        numéro 2
			    }
			}
			""";

	private static final String NEW = """
			référentiel PAIE_2024 "Gestionnaire de paie" {
			    type REAC
			    code "TP-01281"
			    millésime "04"
			    remplace PAIE_2019
			    compétence CP1 "Tenir le dossier social du salarié" {
			        numéro 1
			        correspond à PAIE_2019.CP1, PAIE_2019.CP2
			    }
			}
			""";

	@TempDir
	Path dir;

	@Test
	void versionsAreLinkedByExactMatchAndReplacement() throws Exception {
		Files.writeString(dir.resolve("paie-2019.referentiel"), OLD, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("paie-2024.referentiel"), NEW, StandardCharsets.UTF_8);
		List<CheckedFile> files = ReferentielChecker.create()
				.check(List.of(dir.resolve("paie-2019.referentiel"), dir.resolve("paie-2024.referentiel"))).files();
		JsonObject old = export(files.get(0).referential(), Map.of());
		JsonObject now = export(files.get(1).referential(), Map.of());
		Map<String, JsonObject> oldItems = byCode(old);
		String newCp1 = byCode(now).get("CP1").get("identifier").getAsString();
		List<JsonObject> matches = associations(now, "exactMatchOf");
		assertEquals(2, matches.size());
		assertEquals(List.of(newCp1, newCp1), matches.stream().map(CaseExportTest::origin).toList());
		assertEquals(List.of(oldItems.get("CP1").get("identifier").getAsString(), oldItems.get("CP2").get("identifier").getAsString()),
				matches.stream().map(CaseExportTest::destination).toList());
		assertEquals("Établir les déclarations sociales", matches.get(1).getAsJsonObject("destinationNodeURI").get("title").getAsString());
		List<JsonObject> replaced = associations(now, "replacedBy");
		assertEquals(1, replaced.size());
		assertEquals(old.getAsJsonObject("CFDocument").get("identifier").getAsString(), origin(replaced.get(0)));
		assertEquals(now.getAsJsonObject("CFDocument").get("identifier").getAsString(), destination(replaced.get(0)));
		// Two versions of one title (one code) never share an identifier.
		assertFalse(newCp1.equals(oldItems.get("CP1").get("identifier").getAsString()));
		// The old version, exported with the one that replaces it, is deprecated.
		assertEquals("Deprecated", old.getAsJsonObject("CFDocument").get("adoptionStatus").getAsString());
		assertEquals("Draft", now.getAsJsonObject("CFDocument").get("adoptionStatus").getAsString());
	}

	@Test
	void aReplacedCodeIsLinkedByItsCode() throws Exception {
		JsonObject pack = export(ExampleModels.load(ExampleModels.BTS), Map.of());
		List<JsonObject> replaced = associations(pack, "replacedBy");
		assertEquals(1, replaced.size());
		assertEquals(NameBasedIds.of("RNCP35340/CFDocument"), origin(replaced.get(0)));
		assertEquals("RNCP35340", replaced.get(0).getAsJsonObject("originNodeURI").get("title").getAsString());
	}

	@Test
	void textsAreKeptAsWrittenAndJsonEscaped() throws Exception {
		Referential r = ExampleModels.fromText("""
				référentiel HOSTILE "Titre <b>gras</b> & \\"cité\\"" {
				    compétence CP1 "Écrire </script> et \\\\ « guillemets »" {
				        critères de performance
				            - Le critère
				            - Le critère
				    }
				}
				""");
		byte[] bytes = EXPORTER.render(r, null, Map.of());
		JsonObject pack = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals("Titre <b>gras</b> & \"cité\"", pack.getAsJsonObject("CFDocument").get("title").getAsString());
		JsonArray items = pack.getAsJsonArray("CFItems");
		assertEquals("Écrire </script> et \\ « guillemets »", items.get(0).getAsJsonObject().get("fullStatement").getAsString());
		// A criterion the author wrote twice is two items.
		assertEquals("Le critère", items.get(1).getAsJsonObject().get("fullStatement").getAsString());
		assertEquals("Le critère", items.get(2).getAsJsonObject().get("fullStatement").getAsString());
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertTrue(text.endsWith("}\n") && !text.contains("\r") && !text.startsWith("\uFEFF"));
	}
}
