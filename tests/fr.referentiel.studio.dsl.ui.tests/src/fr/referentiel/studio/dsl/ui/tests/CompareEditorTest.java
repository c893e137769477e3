/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static fr.referentiel.studio.dsl.ui.tests.Workbench.closeEditorsAndDeleteProjects;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.example;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.file;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.page;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.project;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.settle;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.IDiffContainer;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.dsl.ui.compare.CompareHandler;
import fr.referentiel.studio.dsl.ui.compare.ElementNode;
import fr.referentiel.studio.dsl.ui.compare.ReferentielCompareInput;

/**
 * « Comparer avec… » on the TAI example and a next version made here (CP3 reworded, CP10 added, CP9
 * removed): the Compare editor's structure pane holds one node per pairing with its kind of change and
 * its rule, a node's content pane the two texts, and the bloc table is exported; a file with a syntax
 * error is refused in French and opens no editor.
 */
class CompareEditorTest {

	private static final String COMPARE_EDITOR = "org.eclipse.compare.CompareEditor";

	/** What the user would be told. */
	private static final class User implements CompareHandler.Prompts {
		final List<String> errors = new ArrayList<>();

		@Override
		public IFile otherVersion(Shell shell, IFile file) {
			throw new AssertionError("no dialog expected");
		}

		@Override
		public void error(Shell shell, String title, String message) {
			errors.add(title + " | " + message);
		}
	}

	@AfterEach
	void cleanUp() throws Exception {
		closeEditorsAndDeleteProjects();
	}

	/** The example as its next version, replacing it: CP3 reworded, CP10 added (in AT1 and CCP1), CP9 removed. */
	static String nextVersion(String tai) {
		String text = once(tai, "référentiel TAI_2023 \"Technicien d'assistance en informatique\" {\n",
				"référentiel TAI_2024 \"Technicien d'assistance en informatique\" {\n    remplace TAI_2023\n");
		text = once(text, "\"Diagnostiquer et résoudre un dysfonctionnement numérique\"", "\"Diagnostiquer puis résoudre une panne numérique\"");
		text = once(text, "    // ===== Fiche des compétences transversales", """
				    compétence CP10 "Accompagner les utilisateurs dans l'usage d'outils d'intelligence artificielle générative" {
				        numéro 10
				        critères de performance
				            - Les usages proposés respectent la politique de confidentialité de l'entreprise.
				    }

				    // ===== Fiche des compétences transversales""");
		text = text.replace("compétences CP1, CP2, CP3\n", "compétences CP1, CP2, CP3, CP10\n");
		int start = text.indexOf("    compétence CP9 ");
		int end = text.indexOf("\n    }\n", start) + "\n    }\n".length();
		text = text.substring(0, start) + text.substring(end);
		return text.replace("compétences CP7, CP8, CP9\n", "compétences CP7, CP8\n");
	}

	private static String once(String text, String from, String to) {
		int at = text.indexOf(from);
		assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "expected once in the example: " + from);
		return text.substring(0, at) + to + text.substring(at + from.length());
	}

	@Test
	void theStructurePaneNamesEachElementItsChangeAndItsRuleAndTheTableIsExported() throws Exception {
		IProject project = project("compare-editor");
		String tai = example("tai-2023.referentiel");
		IFile old = file(project, "tai-2023.referentiel", tai);
		IFile neu = file(project, "tai-2024.referentiel", nextVersion(tai));
		User user = new User();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		// Given the wrong way round: the new version says it replaces the old one, so they are swapped.
		ReferentielCompareInput input = CompareHandler.open(shell, neu, old, user);
		assertEquals(List.of(), user.errors);
		assertNotNull(input);
		assertEquals(old, input.oldFile());
		assertEquals(neu, input.newFile());

		List<ElementNode> nodes = new ArrayList<>();
		collect(input.root(), nodes);
		ElementNode cp3 = node(nodes, "CP3 – Diagnostiquer et résoudre");
		assertEquals("CP3 – Diagnostiquer et résoudre un dysfonctionnement numérique → CP3 – Diagnostiquer puis résoudre une panne "
				+ "numérique : modifié (même identifiant)", cp3.getName());
		assertEquals(Differencer.CHANGE, cp3.getKind());
		assertTrue(((ElementNode) cp3.getParent()).getName().startsWith("AT1 – "), "under its activity type: " + cp3.getParent());
		ElementNode cp10 = node(nodes, "CP10 – ");
		assertEquals("CP10 – Accompagner les utilisateurs dans l'usage d'outils d'intelligence artificielle générative : ajouté",
				cp10.getName());
		assertEquals(Differencer.ADDITION, cp10.getKind());
		assertNull(cp10.getLeft());
		assertEquals("CP10-CR1 – Les usages proposés respectent la politique de confidentialité de l'entreprise. : ajouté",
				((ElementNode) cp10.getChildren()[0]).getName());
		ElementNode cp9 = node(nodes, "CP9 – ");
		assertEquals("CP9 – Intervenir sur un annuaire Active Directory : supprimé", cp9.getName());
		assertEquals(Differencer.DELETION, cp9.getKind());
		assertNull(cp9.getRight());
		assertEquals("CP1 – Traiter un incident dans un centre de services et assurer le suivi du parc : inchangé (même identifiant)",
				node(nodes, "CP1 – ").getName());
		assertTrue(nodes.stream().anyMatch(n -> n.getName().startsWith("CP1-CR1 – ") && n.getName().endsWith(": inchangé (similarité du texte 1,00)")),
				"criteria are paired by their text");
		assertTrue(node(nodes, "CCP1 – ").getName().endsWith(" (même identifiant)"), node(nodes, "CCP1 – ").getName());

		// The content pane compares the two texts, read-only.
		String left = text(cp3.getLeft());
		String right = text(cp3.getRight());
		assertTrue(left.startsWith("CP3 – Diagnostiquer et résoudre un dysfonctionnement numérique\n"), left);
		assertTrue(right.startsWith("CP3 – Diagnostiquer puis résoudre une panne numérique\n"), right);
		assertEquals(ITypedElement.TEXT_TYPE, cp3.getLeft().getType());
		assertFalse(input.getCompareConfiguration().isLeftEditable());
		assertFalse(input.getCompareConfiguration().isRightEditable());

		// The Compare editor is open, its structure pane showing the same labels.
		waitUntil(() -> compareEditors().size() == 1, 30_000, "the Compare editor");
		settle(300);
		List<String> shown = new ArrayList<>();
		treeItems(shell, shown);
		assertTrue(shown.stream().anyMatch(s -> s.startsWith("AT1 – ") && s.endsWith(": inchangé (même identifiant)")), shown.toString());
		// Selecting the node shows its two texts side by side in the content pane.
		input.select(cp3);
		waitUntil(() -> {
			List<String> texts = new ArrayList<>();
			styledTexts(shell, texts);
			return texts.stream().anyMatch(t -> t.startsWith("CP3 – Diagnostiquer et résoudre"))
					&& texts.stream().anyMatch(t -> t.startsWith("CP3 – Diagnostiquer puis résoudre"));
		}, 30_000, "the two texts of CP3 in the content pane");
		settle(300);
		screenshot(shell);

		// « Exporter le tableau de correspondance… »: the engine's table, in the format of the extension.
		Path folder = project.getLocation().toFile().toPath();
		String csv = Files.readString(input.exportTable(folder.resolve("correspondance.csv")), StandardCharsets.UTF_8);
		for (String bloc : List.of("CCP1", "CCP2", "CCP3")) {
			assertTrue(csv.contains(bloc), "the table names " + bloc + ":\n" + csv);
		}
		String html = Files.readString(input.exportTable(folder.resolve("correspondance.html")), StandardCharsets.UTF_8);
		assertTrue(html.contains("CCP3") && html.contains("<table"), html);
		String markdown = Files.readString(input.exportTable(folder.resolve("correspondance.md")), StandardCharsets.UTF_8);
		assertTrue(markdown.contains("CCP2"), markdown);
		try (var files = Files.list(folder)) {
			assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(),
					"no temporary file left");
		}
		assertTrue(project.getFile("correspondance.csv").exists(), "the workspace sees the table");
	}

	@Test
	void aFileWithASyntaxErrorIsRefusedInFrenchAndOpensNoEditor() throws Exception {
		IProject project = project("compare-refused");
		String tai = example("tai-2023.referentiel");
		IFile old = file(project, "tai-2023.referentiel", tai);
		String broken = once(nextVersion(tai), "compétence CP10 \"Accompagner", "compétence CP10 § \"Accompagner");
		IFile neu = file(project, "tai-2024.referentiel", broken);
		int line = broken.substring(0, broken.indexOf("§")).split("\n", -1).length;
		User user = new User();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		assertNull(CompareHandler.open(shell, old, neu, user));
		assertEquals(1, user.errors.size(), user.errors.toString());
		String error = user.errors.get(0);
		assertTrue(error.startsWith("Comparaison impossible | Comparaison impossible : "), error);
		assertTrue(error.contains("– tai-2024.referentiel, ligne " + line + ", colonne "), error);
		assertTrue(error.contains("Corrigez-"), error);
		settle(300);
		assertEquals(List.of(), compareEditors());
	}

	private static List<IEditorReference> compareEditors() {
		return Arrays.stream(page().getEditorReferences()).filter(r -> COMPARE_EDITOR.equals(r.getId())).toList();
	}

	private static void collect(IDiffContainer container, List<ElementNode> into) {
		for (IDiffElement child : container.getChildren()) {
			into.add((ElementNode) child);
			collect((IDiffContainer) child, into);
		}
	}

	private static ElementNode node(List<ElementNode> nodes, String start) {
		List<ElementNode> found = nodes.stream().filter(n -> n.getName().startsWith(start)).toList();
		assertEquals(1, found.size(), start + ": " + found);
		return found.get(0);
	}

	private static String text(ITypedElement element) throws Exception {
		try (InputStream in = ((IStreamContentAccessor) element).getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void styledTexts(Control control, List<String> into) {
		if (control instanceof StyledText text && text.isVisible()) {
			into.add(text.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				styledTexts(child, into);
			}
		}
	}

	/** docs/compare-editor.png, when docs/screenshot-compare.sh asks for it (-Dreferentiel.screenshot=FILE). */
	private static void screenshot(Shell shell) {
		String file = System.getProperty("referentiel.screenshot", "");
		if (file.isBlank() || file.equals("null")) { // an empty Maven property arrives as « null » (see Screenshots)
			return;
		}
		settle(500);
		Rectangle client = shell.getDisplay().map(shell, null, shell.getClientArea());
		int top = Math.max(0, shell.getBounds().y);
		GC gc = new GC(shell.getDisplay());
		Image image = new Image(shell.getDisplay(), client.width, client.y + client.height - top);
		try {
			gc.copyArea(image, client.x, top);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file, SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void treeItems(Control control, List<String> into) {
		if (control instanceof Tree tree) {
			for (TreeItem item : tree.getItems()) {
				into.add(item.getText());
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				treeItems(child, into);
			}
		}
	}
}
