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
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
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
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
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
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
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
			+ "|Yes|No|Writable|Insert|Overwrite|Smart|Read|the|of|to|and|with|from|for|this|not"
			+ "|Containing|patterns|Scope|sensitive|Regular|Whole|Choose|Customize|Match|matches|Import|Export|System"
			+ "|Existing|into|filter|text|Enable|Disable|Colors|Fonts|Theme|Startup|Shutdown|Content|Spelling"
			+ "|Hyperlinking|Accessibility|Linked|Team|Ignored|Workbench|History|Encoding|delimiter|Always|Never"
			+ "|Prompt|Confirm|Hide|Allow|when|is|are|be|by|at|you|your|will|can|cannot|should|which|that|these)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	/** The File Search page of the Search dialog. */
	private static final String TEXT_SEARCH_PAGE = "org.eclipse.search.internal.ui.text.TextSearchPage";

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

	@Test
	void theSearchDialogItsFileSearchPageAndTheSearchViewAreFrench() throws Exception {
		// Recherche > Rechercher… (Ctrl+H) on the File Search page: read as shown, then « Personnaliser… »,
		// then a search of the unknown competence, whose results the Search view lists.
		List<String> dialog = readDialogOpenedBy(() -> NewSearchUI.openSearchDialog(window(), TEXT_SEARCH_PAGE), shell -> {
			List<String> customize = readDialogOpenedBy(() -> press(shell, "Personnaliser"), inner -> {});
			seen.addAll(customize.stream().map(text -> "recherche › personnaliser : " + text).toList());
			find(shell, Combo.class).setText("CP9"); // « Texte contenu », the page's first field
			press(shell, "Rechercher");
		});
		assertTrue(dialog.contains("Rechercher") && dialog.contains("Remplacer") && dialog.contains("Personnaliser")
				&& dialog.contains("Texte contenu :") && dialog.contains("Portée"), "the Search dialog: " + dialog);
		seen.addAll(dialog.stream().map(text -> "fenêtre Rechercher : " + text).toList());

		IWorkbenchPart2 view = (IWorkbenchPart2) page().showView(NewSearchUI.SEARCH_VIEW_ID);
		// The view shows the search's label above its results: « « CP9 » – 1 correspondance dans … ».
		List<String> shown = new ArrayList<>();
		long giveUp = System.currentTimeMillis() + 30_000;
		do {
			settle(200);
			shown.clear();
			collect(widget(view), control -> shown.addAll(textAndTips(control)));
			// « 0 correspondances » while the search runs
		} while (System.currentTimeMillis() < giveUp && shown.stream().noneMatch(text -> text.startsWith("« CP9 » – 1 correspondance")));
		assertTrue(shown.stream().anyMatch(text -> text.startsWith("« CP9 » – 1 correspondance dans l’espace de travail")),
				"the search's label in the Search view: " + shown);
		seen.add("vue Recherche : " + view.getPartName());
		shown.stream()
				// the referential's own names and lines; the search's label, its text left out
				.map(text -> text.replace("« CP9 »", "« »"))
				.filter(text -> !text.contains("CP9") && !text.startsWith("controle.referentiel") && !text.equals("langue"))
				.forEach(text -> seen.add("vue Recherche : " + text));
		assertFrench();
	}

	@Test
	void theFindReplaceOverlayAndDialogAreFrench() throws Exception {
		// Édition > Rechercher/Remplacer… (Ctrl+F): the overlay inside the editor, as the platform opens it by default.
		// As wide as a usual screen: in a narrow editor (xvfb-run's screen is 640 pixels wide) the
		// overlay hides its option buttons.
		Shell main = window().getShell();
		org.eclipse.swt.graphics.Rectangle bounds = main.getBounds();
		main.setBounds(0, 0, 1600, 1000);
		try {
			page().activate(editor);
			settle(300);
			readFindReplace();
		} finally {
			main.setBounds(bounds);
		}
		assertFrench();
	}

	private void readFindReplace() throws Exception {
		Composite editorWidgets = widget((IWorkbenchPart2) editor);
		IAction findReplace = editor.getAction(ITextEditorActionConstants.FIND);
		assertNotNull(findReplace, "the editor's Find/Replace action");
		findReplace.run();
		settle(500);
		Class<?> messages = bundle("org.eclipse.ui.workbench.texteditor").loadClass("org.eclipse.ui.internal.findandreplace.FindReplaceMessages");
		String replaceToggle = (String) messages.getField("FindReplaceOverlay_replaceToggle_toolTip").get(null);
		ToolItem toggle = toolItem(editorWidgets, replaceToggle);
		if (toggle == null) {
			List<String> shown = new ArrayList<>();
			for (Shell shell : Display.getCurrent().getShells()) {
				collect(shell, control -> shown.addAll(textAndTips(control)));
			}
			fail("the overlay's replace toggle « " + replaceToggle + " » among " + shown);
		}
		toggle.notifyListeners(SWT.Selection, new Event()); // shows the replace field and its buttons
		settle(300);
		List<String> overlay = new ArrayList<>();
		collect(editorWidgets, control -> overlay.addAll(textAndTips(control)));
		// A tooltip ends with its shortcut: « Rechercher vers l’avant (Entrée) ».
		assertTrue(overlay.stream().anyMatch(tip -> tip.startsWith("Rechercher vers l’avant"))
				&& overlay.stream().anyMatch(tip -> tip.startsWith("Tout remplacer")), "the overlay: " + overlay);
		seen.addAll(overlay.stream().map(text -> "rechercher/remplacer (incrusté) : " + text).toList());
		press(toolItem(editorWidgets, (String) messages.getField("FindReplaceOverlay_closeButton_toolTip").get(null)));

		// The classic dialog, for whoever turns the overlay off in the preferences.
		IEclipsePreferences editors = InstanceScope.INSTANCE.getNode("org.eclipse.ui.editors");
		editors.putBoolean("useFindReplaceOverlay", false);
		try {
			List<String> dialog = readDialogOpenedBy(findReplace::run, shell -> {
				find(shell, Combo.class).setText("introuvable");
				press(shell, "Rechercher");
				settle(200);
				collect(shell, "rechercher/remplacer, après une recherche vaine");
			});
			assertTrue(dialog.contains("Rechercher/Remplacer") && dialog.contains("Tout remplacer") && dialog.contains("Fermer"),
					"the Find/Replace dialog: " + dialog);
			seen.addAll(dialog.stream().map(text -> "fenêtre Rechercher/Remplacer : " + text).toList());
			assertTrue(seen.contains("rechercher/remplacer, après une recherche vaine : Chaîne introuvable"),
					"the status of a search without result: " + seen);
		} finally {
			editors.remove("useFindReplaceOverlay");
		}
	}

	@Test
	void everyPreferencePageIsFrench() {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window().getShell(), null, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<String> pages = new ArrayList<>();
		try {
			Shell shell = dialog.getShell();
			collect(shell, "préférences"); // the tree of the pages' names, the buttons
			for (IPreferenceNode node : dialog.getPreferenceManager().getElements(PreferenceManager.PRE_ORDER)) {
				// As a click on its name in the tree.
				dialog.getTreeViewer().setSelection(new StructuredSelection(node), true);
				settle(100);
				IPreferencePage page = node.getPage();
				assertNotNull(page, "the page « " + node.getLabelText() + " »");
				String where = "préférences › " + node.getLabelText();
				pages.add(node.getLabelText());
				seen.add(where + " : " + label(node.getLabelText()));
				if (page.getTitle() != null) {
					seen.add(where + " (titre) : " + label(page.getTitle()));
				}
				if (page.getDescription() != null) {
					seen.add(where + " (description) : " + label(page.getDescription()));
				}
				if (page.getControl() instanceof Composite composite && !composite.isDisposed()) {
					collect(composite, control -> textAndTips(control).forEach(text -> seen.add(where + " : " + text)));
				}
			}
		} finally {
			dialog.close();
		}
		assertTrue(pages.containsAll(List.of("Général", "Apparence", "Éditeurs", "Éditeurs de texte", "Espace de travail", "Touches",
				"Types de contenu")), "the pages: " + pages);
		assertFrench();
	}

	@Test
	void theImportAndExportWizardsAreFrench() {
		for (ActionFactory factory : List.of(ActionFactory.IMPORT, ActionFactory.EXPORT)) {
			String wizard = factory == ActionFactory.IMPORT ? "importer" : "exporter";
			List<String> opened = new ArrayList<>();
			List<String> first = readDialogOpenedBy(() -> factory.create(window()).run(), shell -> {
				// Each wizard of the « Général » category, its first page as « Suivant > » shows it.
				Tree tree = find(shell, Tree.class);
				TreeItem general = null;
				for (TreeItem item : tree.getItems()) {
					if (label(item.getText()).equals("Général")) {
						general = item;
					}
				}
				assertNotNull(general, "the « Général » category of the wizards: " + List.of(tree.getItems()));
				for (TreeItem item : general.getItems()) {
					String name = label(item.getText());
					opened.add(name);
					tree.setSelection(item);
					Event selected = new Event();
					selected.item = item;
					tree.notifyListeners(SWT.Selection, selected);
					settle(100);
					press(shell, "Suivant >");
					settle(300);
					seen.add(wizard + " › " + name + " : " + shell.getText());
					collect(shell, control -> textAndTips(control).forEach(text -> seen.add(wizard + " › " + name + " : " + text)));
					press(shell, "< Précédent");
					settle(100);
				}
			});
			assertTrue(first.contains(factory == ActionFactory.IMPORT ? "Choisissez un assistant d’importation :" : "Choisissez un assistant d’exportation :")
					&& first.contains("Général") && first.contains("Système de fichiers") && first.contains("Fichier d’archive"),
					"the wizard's selection page: " + first);
			assertTrue(opened.size() >= 2, "the wizards of the General category: " + opened);
			seen.addAll(first.stream().map(text -> wizard + " : " + text).toList());
		}
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

	/** Opens a window by {@code opener}; reads its texts once shown, then closes it. */
	private static List<String> readDialogOpenedBy(Runnable opener) {
		return readDialogOpenedBy(opener, shell -> {});
	}

	/**
	 * Opens a window by {@code opener}, which may block (a modal dialog) or not; reads its texts
	 * once shown, lets {@code whileOpen} act in it as a user would, then closes it if still open.
	 */
	private static List<String> readDialogOpenedBy(Runnable opener, Consumer<Shell> whileOpen) {
		Display display = Display.getCurrent();
		Set<Shell> before = Set.of(display.getShells());
		List<String> texts = new ArrayList<>();
		long giveUp = System.currentTimeMillis() + 30_000; // the test then fails on what it read
		boolean[] done = { false };
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				if (done[0]) {
					return; // never left to close the next test's windows
				}
				for (Shell shell : display.getShells()) {
					// A dialog has a title; a hover's or a tooltip's window, which may open meanwhile, has none.
					if (!before.contains(shell) && shell.isVisible() && !shell.getText().isEmpty()) {
						done[0] = true;
						texts.add(label(shell.getText()));
						collect(shell, control -> text(control).forEach(texts::add));
						try {
							whileOpen.accept(shell);
						} finally {
							if (!shell.isDisposed()) {
								shell.close();
							}
						}
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
			// A window that does not block (Find/Replace) is read after its opener returned.
			while (!done[0] && System.currentTimeMillis() < giveUp) {
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
		} finally {
			done[0] = true;
		}
		return texts;
	}

	/** Presses the push button of that label (as read on screen), as a click does. */
	private static void press(Composite parent, String text) {
		List<Button> found = new ArrayList<>();
		collect(parent, control -> {
			if (control instanceof Button button && (button.getStyle() & SWT.PUSH) != 0 && label(button.getText()).equals(text)) {
				found.add(button);
			}
		});
		assertTrue(!found.isEmpty() && found.get(0).isEnabled(), "an enabled button « " + text + " »");
		found.get(0).notifyListeners(SWT.Selection, new Event());
	}

	private static void press(ToolItem item) {
		assertNotNull(item, "the tool bar button");
		item.notifyListeners(SWT.Selection, new Event());
	}

	/** The tool bar button of that tooltip. */
	private static ToolItem toolItem(Composite parent, String tooltip) {
		List<ToolItem> found = new ArrayList<>();
		collect(parent, control -> {
			if (control instanceof ToolBar bar) {
				for (ToolItem item : bar.getItems()) {
					// The tooltip may end with the shortcut: « Fermer (Échap) ».
					if (item.getToolTipText() != null && item.getToolTipText().startsWith(tooltip)) {
						found.add(item);
					}
				}
			}
		});
		return found.isEmpty() ? null : found.get(0);
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
		} else if (control instanceof Combo choice && (choice.getStyle() & SWT.READ_ONLY) != 0) {
			texts.add(choice.getText()); // the choice shown (an editable one shows what the user typed)
		} else if (control instanceof Text field && (field.getStyle() & SWT.READ_ONLY) == 0) {
			texts.add(field.getMessage()); // the grey hint of an empty field: « saisissez le texte du filtre »
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

	/** What {@link #text} reads, and the tooltips: a tool bar's buttons show only their icons. */
	private static List<String> textAndTips(Control control) {
		List<String> texts = new ArrayList<>(text(control));
		List<String> tips = new ArrayList<>();
		tips.add(control.getToolTipText());
		if (control instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				tips.add(item.getText());
				tips.add(item.getToolTipText());
			}
		}
		tips.stream().filter(tip -> tip != null).map(FrenchWorkbenchTest::label).filter(tip -> !tip.isEmpty()).forEach(texts::add);
		return texts;
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
		English hosts = englishOfTranslatedFiles();
		assertTrue(hosts.translated() > 500, "the English texts of the translated keys were read: " + hosts.translated());
		Set<String> english = new LinkedHashSet<>();
		for (String entry : seen) {
			int colon = entry.indexOf(" : ");
			String text = colon < 0 ? entry : entry.substring(colon + 3);
			if (ENGLISH.matcher(text).find() || hosts.matches(text)) {
				english.add(entry);
			}
		}
		if (!english.isEmpty()) {
			fail(english.size() + " labels still in English:\n  " + String.join("\n  ", english));
		}
	}

	/**
	 * The English texts of the host files the fragments translate: the keys translated (a label
	 * equal to one is a key renamed, or a fragment not attached) and the keys left out (a label
	 * equal to one is a key to translate), less those a French text of the fragments reads the same.
	 */
	private record English(Set<String> exact, List<Pattern> withArguments, Set<String> french, int translated) {
		boolean matches(String text) {
			return !french.contains(text)
					&& (exact.contains(text) || withArguments.stream().anyMatch(pattern -> pattern.matcher(text).matches()));
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

	private static English englishOfTranslatedFiles() {
		Set<String> exact = new java.util.HashSet<>();
		List<Pattern> withArguments = new ArrayList<>();
		Set<String> french = new java.util.HashSet<>();
		int translated = 0;
		for (Bundle fragment : fragments()) {
			String host = fragment.getHeaders().get("Fragment-Host").split(";")[0].strip();
			Enumeration<URL> files = fragment.findEntries("/", "*_fr.properties", true);
			for (URL frenchFile : files == null ? Collections.<URL>emptyList() : Collections.list(files)) {
				String path = frenchFile.getPath().replace("_fr.properties", ".properties");
				Properties fr = load(frenchFile);
				Properties en = load(bundle(host).getEntry(path));
				fr.stringPropertyNames().forEach(key -> french.add(label(fr.getProperty(key))));
				for (String key : en.stringPropertyNames()) {
					String english = en.getProperty(key);
					// Left out: the same in both languages, choice formats, and texts that are only arguments.
					if (english.contains(",choice,") || (fr.containsKey(key) && label(english).equals(label(fr.getProperty(key))))
							|| english.replaceAll("\\{[^}]*\\}", "").replaceAll("[^\\p{L}]", "").length() < 3) {
						continue;
					}
					if (fr.containsKey(key)) {
						translated++;
					}
					String shown = label(english).replace("''", "'");
					if (shown.matches(".*\\{\\d+[^}]*\\}.*")) {
						withArguments.add(pattern(label(english)));
					} else {
						exact.add(shown);
					}
				}
			}
		}
		return new English(exact, withArguments, french, translated);
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
