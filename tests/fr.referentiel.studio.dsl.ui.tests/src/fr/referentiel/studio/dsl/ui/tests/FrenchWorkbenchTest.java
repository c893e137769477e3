/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static fr.referentiel.studio.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Issue 16, « the workbench is half English »: a French user met File, Edit, Window, « line 12 »
 * in the Problems view and « < Back / Next > » in the wizards. Every label of the menu bar (all
 * items, all submenus), of the views a referential author uses, of the standard dialogs and of a
 * wizard is read as it is shown, and must be French: no English word of the workbench, and none
 * equal to the English text of a key the project translated (an upgrade that renamed a key, or
 * a fragment that no longer attaches to its host, shows the English again).
 */
class FrenchWorkbenchTest {

	/**
	 * English words of the workbench's labels that French never uses as whole words
	 * (« Description », « Type », « Perspective », « Navigation » are French too).
	 */
	private static final Pattern ENGLISH = Pattern.compile("\\b(File|Edit|Navigate|Search|Project|Projects|Window|Help"
			+ "|New|Open|Close|Save|Show|Other|Preferences|Properties|Cancel|Finish|Next|Back|Refresh|Delete|Copy|Paste"
			+ "|Cut|Undo|Redo|Select|Find|Replace|Build|Clean|Exit|About|Print|Resource|Resources|Location|Path|Line|line"
			+ "|Problems|Outline|Progress|Explorer|Workspace|View|Views|Editor|Editors|Go|All|Apply|Restore|Defaults|Name"
			+ "|Folder|General|Keys|Appearance|Errors|Warnings|item|items|Browse|Use|default|Working|Set|Recent"
			+ "|Toggle|Quick|Access|Previous|Forward|Last|Text|Word|Add|Remove|Task|Tasks|Bookmark|Bookmarks|Details"
			+ "|Yes|No|Writable|Insert|Overwrite|Smart|Read|the|of|to|and|with|from|for|this|not)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	/** Where each label was seen, then the label: « menu Fichier › Nouveau : Projet… ». */
	private final List<String> seen = new ArrayList<>();

	private IProject project;
	private IFile file;
	private ITextEditor editor;

	@BeforeEach
	void referentialWithAProblemOpen() throws Exception {
		project = project("langue");
		// An unknown competence: the checks put a problem marker on line 4.
		file = file(project, "controle.referentiel", SMALL.replace("compétences CP1", "compétences CP9"));
		editor = open(file);
		waitForMarkers();
	}

	@AfterEach
	void cleanUp() throws Exception {
		closeEditorsAndDeleteProjects();
	}

	@Test
	void theApplicationRunsInFrenchWithTheTranslationsAttached() {
		assertEquals("fr", Locale.getDefault().getLanguage(), "-nl fr");
		List<String> unattached = new ArrayList<>();
		for (Bundle fragment : fragments()) {
			if (fragment.getState() != Bundle.RESOLVED) {
				unattached.add(fragment.getSymbolicName() + " (host: " + fragment.getHeaders().get("Fragment-Host") + ")");
			}
		}
		assertTrue(fragments().size() >= 6, "the French fragments are installed: " + fragments());
		assertEquals(List.of(), unattached, "French fragments whose host is missing or of another version");
	}

	@Test
	void everyMenuOfTheMenuBarIsFrench() {
		Menu bar = window().getShell().getMenuBar();
		List<String> titles = new ArrayList<>();
		for (MenuItem item : bar.getItems()) {
			titles.add(label(item.getText()));
		}
		assertEquals(List.of("Fichier", "Édition", "Naviguer", "Rechercher", "Projet", "Fenêtre", "Aide"),
				titles.stream().filter(t -> !t.equals("Référentiel")).toList(), "the menu bar");
		walk(bar, "menu");
		assertTrue(seen.size() > 60, "all the menus' items were read: " + seen);
		assertFrench();
	}

	@Test
	void theViewsAndTheProblemsLocationAreFrench() throws Exception {
		for (String id : List.of("org.eclipse.ui.navigator.ProjectExplorer", "org.eclipse.ui.views.ContentOutline",
				"org.eclipse.ui.views.ProblemView", "org.eclipse.search.ui.views.SearchView",
				"org.eclipse.ui.views.ProgressView")) {
			IWorkbenchPart2 view = (IWorkbenchPart2) page().showView(id);
			settle(300);
			String where = "vue « " + view.getPartName() + " »";
			seen.add(where + " : " + view.getPartName());
			if (!view.getContentDescription().isEmpty()) {
				seen.add(where + " : " + view.getContentDescription());
			}
			collect(widget(view), where);
		}
		// The status bar under the editor (« Modifiable », « Insertion intelligente ») and every
		// other label of the window.
		page().activate(editor);
		settle(300);
		collect(window().getShell(), "fenêtre principale");
		IWorkbenchPart2 problems = (IWorkbenchPart2) page().showView("org.eclipse.ui.views.ProblemView");
		assertEquals("Problèmes", problems.getPartName());
		Tree tree = find(widget(problems), Tree.class);
		waitUntil(() -> tree.getItemCount() > 0, 30_000, "the problem in the Problems view");
		List<String> columns = new ArrayList<>();
		for (TreeColumn column : tree.getColumns()) {
			columns.add(column.getText());
		}
		assertEquals(List.of("Description", "Ressource", "Chemin", "Emplacement", "Type"), columns, "the Problems columns");
		List<String> rows = new ArrayList<>();
		expandAndRead(tree, tree.getItems(), rows);
		int location = columns.indexOf("Emplacement");
		assertTrue(rows.stream().anyMatch(row -> row.split("\t", -1)[location].matches("ligne \\d+")),
				"« ligne N » in the Location column: " + rows);
		for (String row : rows) {
			for (String cell : row.split("\t")) {
				// The problem's own message and the file's name are the referential's, not the platform's.
				if (!cell.isEmpty() && !cell.contains("CP9") && !cell.contains("controle.referentiel") && !cell.startsWith("/")) {
					seen.add("vue Problèmes, ligne : " + cell);
				}
			}
		}
		assertFrench();
	}

	@Test
	void thePreferencesPropertiesSaveAsAndAboutDialogsAreFrench() {
		Shell shell = window().getShell();
		PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(shell, null, null, null);
		readOpen(preferences, "Préférences");

		PreferenceDialog properties = PreferencesUtil.createPropertyDialogOn(shell, project, null, null, null);
		readOpen(properties, "Propriétés");

		SaveAsDialog saveAs = new SaveAsDialog(shell);
		saveAs.setOriginalFile(file);
		readOpen(saveAs, "Enregistrer sous");

		List<String> about = readDialogOpenedBy(() -> ActionFactory.ABOUT.create(window()).run());
		// « À propos de Référentiel Studio » in the application; the test runtime has no product name.
		assertTrue(about.stream().anyMatch(text -> text.startsWith("À propos de")) && about.contains("Détails de l’installation"),
				about.toString());
		seen.addAll(about.stream().map(text -> "À propos : " + text).toList());
		assertFrench();
	}

	@Test
	void theSaveChangesPromptIsFrench() throws Exception {
		document(editor).replace(0, 0, " ");
		assertTrue(editor.isDirty());
		List<String> prompt = readDialogOpenedBy(() -> page().closeEditor(editor, true));
		assertTrue(prompt.contains("Enregistrer"), "the prompt's buttons: " + prompt);
		assertTrue(prompt.stream().anyMatch(text -> text.contains("controle.referentiel") && text.contains("modifié")),
				"the prompt names the file: " + prompt);
		seen.addAll(prompt.stream().filter(text -> !text.equals("controle.referentiel")).map(text -> "enregistrer les modifications : " + text).toList());
		assertFrench();
	}

	@Test
	void aWizardHasFrenchButtons() {
		BasicNewProjectResourceWizard wizard = new BasicNewProjectResourceWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			List<String> buttons = new ArrayList<>();
			collect(dialog.getShell(), control -> {
				if (control instanceof Button button && (button.getStyle() & SWT.PUSH) != 0) {
					buttons.add(label(button.getText()));
				}
			});
			assertTrue(buttons.containsAll(List.of("< Précédent", "Suivant >", "Terminer", "Annuler")), buttons.toString());
			seen.add("assistant : " + dialog.getShell().getText());
			collect(dialog.getShell(), "assistant « " + dialog.getShell().getText() + " »");
		} finally {
			dialog.close();
		}
		assertFrench();
	}

	@Test
	void theWorkspaceInUseMessageIsFrench() throws Exception {
		// Shown by the platform's IDE application when a second instance starts on a work folder
		// already open; it cannot be met inside this running workbench, so its texts are read.
		Class<?> messages = bundle("org.eclipse.ui.ide").loadClass("org.eclipse.ui.internal.ide.IDEWorkbenchMessages");
		for (String field : List.of("IDEApplication_workspaceInUseTitle", "IDEApplication_workspaceInUseMessage",
				"IDEApplication_workspaceInUse_Choose", "IDEApplication_workspaceInUse_Retry",
				"IDEApplication_workspaceInUse_Cancel", "IDEApplication_Ws_Lock_Owner_Message",
				"IDEApplication_workspaceCannotBeSetTitle", "IDEApplication_workspaceCannotBeSetMessage")) {
			seen.add("espace de travail occupé : " + label((String) messages.getField(field).get(null)));
		}
		// As the application words it: the folder and the lock's owner in their place (a straight
		// apostrophe would have started a quoted part and swallowed them).
		String inUse = NLS.bind((String) messages.getField("IDEApplication_workspaceInUseMessage").get(null), "/home/léa/Référentiels");
		assertTrue(inUse.contains("« /home/léa/Référentiels » est déjà utilisé"), inUse);
		String owner = NLS.bind((String) messages.getField("IDEApplication_Ws_Lock_Owner_Message").get(null), "poste-12, pid 4242");
		assertEquals("Le verrou de l’espace de travail est détenu par :\nposte-12, pid 4242", owner);
		assertFrench();
	}

	// ---- Reading what is shown

	/** The view's widgets, as the workbench shows them in its tab. */
	private static Composite widget(IWorkbenchPart2 view) {
		MPart part = view.getSite().getService(MPart.class);
		assertNotNull(part, "the model of " + view.getPartName());
		return (Composite) part.getWidget();
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	/** Every item of {@code menu} and of its submenus, each filled as when the user opens it. */
	private void walk(Menu menu, String path) {
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			String text = label(item.getText());
			if ((item.getStyle() & SWT.SEPARATOR) != 0 || text.isEmpty()) {
				continue;
			}
			seen.add(path + " : " + text);
			if (item.getMenu() != null) {
				walk(item.getMenu(), path + " › " + text);
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
	}

	/** Opens a dialog without blocking, reads its title and controls (the selected page included), closes it. */
	private void readOpen(org.eclipse.jface.window.Window dialog, String expectedTitle) {
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell shell = dialog.getShell();
			assertTrue(shell.getText().startsWith(expectedTitle), "title « " + shell.getText() + " »");
			seen.add("fenêtre : " + shell.getText());
			collect(shell, "fenêtre « " + shell.getText() + " »");
		} finally {
			dialog.close();
		}
	}

	/** Opens a modal window by {@code opener}, which blocks; reads its texts once shown, then closes it. */
	private static List<String> readDialogOpenedBy(Runnable opener) {
		Display display = Display.getCurrent();
		Set<Shell> before = Set.of(display.getShells());
		List<String> texts = new ArrayList<>();
		long giveUp = System.currentTimeMillis() + 30_000; // the test then fails on what it read
		boolean[] returned = { false };
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				if (returned[0]) {
					return; // never left to close the next test's windows
				}
				for (Shell shell : display.getShells()) {
					// A dialog has a title; a hover's or a tooltip's window, which may open meanwhile, has none.
					if (!before.contains(shell) && shell.isVisible() && !shell.getText().isEmpty()) {
						texts.add(shell.getText());
						collect(shell, control -> text(control).forEach(texts::add));
						shell.close();
						return;
					}
				}
				if (System.currentTimeMillis() < giveUp) {
					display.timerExec(200, this);
				}
			}
		});
		try {
			opener.run();
		} finally {
			returned[0] = true;
		}
		return texts;
	}

	private void collect(Composite parent, String where) {
		collect(parent, control -> text(control).forEach(text -> seen.add(where + " : " + text)));
	}

	private static void collect(Composite parent, Consumer<Control> reader) {
		for (Control child : parent.getChildren()) {
			if (!child.isVisible()) {
				continue;
			}
			reader.accept(child);
			if (child instanceof Composite composite) {
				collect(composite, reader);
			}
		}
	}

	/** The texts a control shows: labels, buttons, groups, tabs, column headers, tree rows. */
	private static List<String> text(Control control) {
		List<String> texts = new ArrayList<>();
		if (control instanceof Label label) {
			texts.add(label.getText());
		} else if (control instanceof CLabel label) {
			texts.add(label.getText());
		} else if (control instanceof Link link) {
			texts.add(link.getText().replaceAll("</?a[^>]*>", ""));
		} else if (control instanceof Button button) {
			texts.add(button.getText());
		} else if (control instanceof Group group) {
			texts.add(group.getText());
		} else if (control instanceof TabFolder tabs) {
			for (TabItem tab : tabs.getItems()) {
				texts.add(tab.getText());
			}
		} else if (control instanceof Table table) {
			for (TableColumn column : table.getColumns()) {
				texts.add(column.getText());
			}
		} else if (control instanceof Tree tree) {
			for (TreeColumn column : tree.getColumns()) {
				texts.add(column.getText());
			}
			List<String> rows = new ArrayList<>();
			expandAndRead(tree, tree.getItems(), rows);
			rows.forEach(row -> texts.addAll(List.of(row.split("\t"))));
		}
		return texts.stream().map(FrenchWorkbenchTest::label).filter(text -> !text.isEmpty()).toList();
	}

	/** Expands the rows as a click would (the viewer creates children on SWT.Expand) and reads their cells. */
	private static void expandAndRead(Tree tree, TreeItem[] items, List<String> rows) {
		for (TreeItem item : items) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < Math.max(1, tree.getColumnCount()); column++) {
				cells.add(item.getText(column));
			}
			rows.add(String.join("\t", cells));
			if (item.getItemCount() > 0) {
				Event event = new Event();
				event.item = item;
				tree.notifyListeners(SWT.Expand, event);
				item.setExpanded(true);
				expandAndRead(tree, item.getItems(), rows);
			}
		}
	}

	private static <T extends Control> T find(Composite parent, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The text as read on screen: no mnemonic « & », no accelerator after the tab, no « … ». */
	static String label(String text) {
		String shown = text.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&');
		int tab = shown.indexOf('\t');
		if (tab >= 0) {
			shown = shown.substring(0, tab);
		}
		return shown.replaceAll("(\\.\\.\\.|…)$", "").strip();
	}

	// ---- The verdict

	/** Fails listing every label seen that is English, each with where it was seen. */
	private void assertFrench() {
		List<Pattern> translated = englishOfTranslatedKeys();
		assertTrue(translated.size() > 500, "the English texts of the translated keys were read: " + translated.size());
		Set<String> english = new LinkedHashSet<>();
		for (String entry : seen) {
			int colon = entry.indexOf(" : ");
			String text = colon < 0 ? entry : entry.substring(colon + 3);
			if (ENGLISH.matcher(text).find() || translated.stream().anyMatch(pattern -> pattern.matcher(text).matches())) {
				english.add(entry);
			}
		}
		if (!english.isEmpty()) {
			fail(english.size() + " labels still in English:\n  " + String.join("\n  ", english));
		}
	}

	private static List<Bundle> fragments() {
		List<Bundle> fragments = new ArrayList<>();
		for (Bundle bundle : FrameworkUtil.getBundle(FrenchWorkbenchTest.class).getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().startsWith("fr.referentiel.studio.nl.fr.")) {
				fragments.add(bundle);
			}
		}
		return fragments;
	}

	/**
	 * For every key a fragment translates, its host's English text as a pattern ({0} standing for
	 * anything), when the French differs from it.
	 */
	private static List<Pattern> englishOfTranslatedKeys() {
		List<Pattern> patterns = new ArrayList<>();
		for (Bundle fragment : fragments()) {
			String host = fragment.getHeaders().get("Fragment-Host").split(";")[0].strip();
			Enumeration<URL> files = fragment.findEntries("/", "*_fr.properties", true);
			for (URL french : files == null ? Collections.<URL>emptyList() : Collections.list(files)) {
				String path = french.getPath().replace("_fr.properties", ".properties");
				Properties fr = load(french);
				Properties en = load(bundle(host).getEntry(path));
				for (String key : fr.stringPropertyNames()) {
					String english = en.getProperty(key);
					// Left out: the same in both languages, choice formats, and texts that are only arguments.
					if (english == null || english.contains(",choice,") || label(english).equals(label(fr.getProperty(key)))
							|| english.replaceAll("\\{[^}]*\\}", "").replaceAll("[^\\p{L}]", "").length() < 3) {
						continue;
					}
					patterns.add(pattern(label(english)));
				}
			}
		}
		return patterns;
	}

	private static Pattern pattern(String english) {
		StringBuilder regex = new StringBuilder();
		Matcher argument = Pattern.compile("\\{\\d+[^}]*\\}").matcher(english.replace("''", "'"));
		int last = 0;
		String text = english.replace("''", "'");
		while (argument.find()) {
			regex.append(Pattern.quote(text.substring(last, argument.start()))).append(".*");
			last = argument.end();
		}
		regex.append(Pattern.quote(text.substring(last)));
		return Pattern.compile(regex.toString());
	}

	private static Properties load(URL url) {
		Properties properties = new Properties();
		if (url == null) {
			return properties;
		}
		try (InputStream in = url.openStream()) {
			properties.load(in); // ISO-8859-1 and \\u escapes, as Eclipse's NLS reads them
		} catch (IOException e) {
			fail("cannot read " + url + ": " + e);
		}
		return properties;
	}

	/** The installed bundle of that name. */
	private static Bundle bundle(String name) {
		Bundle bundle = Platform.getBundle(name);
		if (bundle == null) {
			fail("bundle " + name + " is not installed");
		}
		return bundle;
	}
}
