/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.compare;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.DiffTreeViewer;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.OpenEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.Element;
import fr.referentiel.studio.compare.Pairing;
import fr.referentiel.studio.compare.VersionOrder;
import fr.referentiel.studio.compare.output.ComparisonCsv;
import fr.referentiel.studio.compare.output.ComparisonHtml;
import fr.referentiel.studio.compare.output.ComparisonMarkdown;
import fr.referentiel.studio.dsl.ui.EditorWorkspace;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.export.ExportFiles;
import fr.referentiel.studio.model.Referential;

/**
 * Two versions of a referential in the platform's Compare editor: {@link #prepareInput} reads both
 * files as saved, together as the command line reads them (so that the new version's « correspond à »
 * reach the old one's elements), refuses files with errors, runs the comparison engine, and gives the
 * structure pane one {@link ElementNode} per pairing, nested as the elements are. The engine's result is
 * kept: the editor's second run of the input (when it opens) does not compare again.
 */
public class ReferentielCompareInput extends CompareEditorInput {

	/** The errors listed in the refusal; more are counted. */
	private static final int ERRORS_SHOWN = 5;

	private final IFile first;
	private final IFile second;
	private Comparison comparison;
	private IFile oldFile;
	private IFile newFile;
	private DiffNode root;
	private List<String> remarks = List.of();
	private Viewer structureViewer;

	/** The versions in the order given; swapped when they declare the other order (« remplace », « successeur »). */
	public ReferentielCompareInput(IFile first, IFile second) {
		super(configuration());
		this.first = first;
		this.second = second;
		setTitle("Comparaison de " + first.getName() + " et " + second.getName());
	}

	private static CompareConfiguration configuration() {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		return configuration;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		if (root != null) {
			return root;
		}
		SubMonitor sub = SubMonitor.convert(monitor, "Comparaison de " + first.getName() + " et " + second.getName(), 4);
		EditorWorkspace workspace = LanguageServices.workspace();
		if (workspace == null) {
			throw refusal("Les services du langage .referentiel ne sont pas disponibles : la comparaison ne peut pas être faite.");
		}
		try {
			sub.subTask("Lecture des deux versions");
			Referential[] read = read(workspace); // what is saved, as the command line would
			sub.worked(2);
			checkCanceled(sub);
			Referential a = read[0];
			Referential b = read[1];
			boolean swap = VersionOrder.reversed(a, b);
			oldFile = swap ? second : first;
			newFile = swap ? first : second;
			Referential old = swap ? b : a;
			Referential neu = swap ? a : b;
			remarks = VersionOrder.remarks(old, neu);
			sub.subTask("Appariement des éléments");
			comparison = Comparison.of(oldFile.getName(), old, newFile.getName(), neu);
			sub.worked(1);
			checkCanceled(sub);
			root = tree(comparison);
			sub.worked(1);
		} catch (CoreException | IOException e) {
			throw refusal("Lecture impossible : " + e.getMessage());
		}
		CompareConfiguration configuration = getCompareConfiguration();
		configuration.setLeftLabel("Ancienne version : " + oldFile.getName());
		configuration.setRightLabel("Nouvelle version : " + newFile.getName());
		setTitle("Comparaison : " + oldFile.getName() + " → " + newFile.getName());
		return root;
	}

	private static void checkCanceled(SubMonitor sub) throws InterruptedException {
		if (sub.isCanceled()) {
			throw new InterruptedException("Comparaison annulée.");
		}
	}

	/**
	 * The two referentials, read together as saved with the other files of their projects, apart
	 * from the workspace model (which holds the editors' texts). Two revisions of one file declare the same referential: each is then read
	 * without the other, since together their names would clash.
	 */
	private Referential[] read(EditorWorkspace workspace) throws InvocationTargetException, CoreException, IOException {
		IResourceValidator validator = workspace.injector().getInstance(IResourceValidator.class);
		URIs uris = new URIs(EditorWorkspace.uriOf(first), EditorWorkspace.uriOf(second));
		EditorWorkspace.Snapshot together = workspace.saved(first.getProject(), second.getProject());
		Resource a = together.resourceSet().getResource(uris.first(), false);
		Resource b = together.resourceSet().getResource(uris.second(), false);
		String nameA = name(a);
		if (nameA != null && nameA.equals(name(b))) {
			b.unload();
			together.resourceSet().getResources().remove(b);
			EditorWorkspace.Snapshot apart = workspace.saved(first.getProject(), second.getProject());
			Resource other = apart.resourceSet().getResource(uris.first(), false);
			other.unload();
			apart.resourceSet().getResources().remove(other);
			b = apart.resourceSet().getResource(uris.second(), false);
		}
		List<String> errors = new ArrayList<>();
		int count = 0;
		for (Resource resource : List.of(a, b)) {
			EcoreUtil.resolveAll(resource);
			IFile file = resource == a ? first : second;
			for (Issue issue : validator.validate(resource, CheckMode.NORMAL_AND_FAST, CancelIndicator.NullImpl)) {
				if (issue.getSeverity() == Severity.ERROR) {
					count++;
					if (errors.size() < ERRORS_SHOWN) {
						errors.add("– " + file.getName() + ", ligne " + issue.getLineNumber() + ", colonne " + issue.getColumn() + " : "
								+ issue.getMessage());
					}
				}
			}
		}
		if (count > 0) {
			String more = count > errors.size() ? "\n(et " + (count - errors.size()) + " autres)" : "";
			throw refusal("Comparaison impossible : " + (count == 1 ? "un référentiel a une erreur" : "les référentiels ont " + count
					+ " erreurs") + ". Corrigez-" + (count == 1 ? "la" : "les") + " puis relancez la comparaison.\n\n"
					+ String.join("\n", errors) + more);
		}
		for (Resource resource : List.of(a, b)) {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Referential)) {
				throw refusal("Comparaison impossible : « " + (resource == a ? first : second).getName()
						+ " » ne déclare aucun référentiel.");
			}
		}
		return new Referential[] { (Referential) a.getContents().get(0), (Referential) b.getContents().get(0) };
	}

	private record URIs(org.eclipse.emf.common.util.URI first, org.eclipse.emf.common.util.URI second) {
	}

	private static String name(Resource resource) {
		return resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Referential r
				? r.getName() : null;
	}

	private static InvocationTargetException refusal(String message) {
		return new InvocationTargetException(new IllegalStateException(message), message);
	}

	/** One node per pairing, under the node of the pairing of its elements' parent (the new side's, else the old). */
	static DiffNode tree(Comparison comparison) {
		DiffNode root = new DiffNode(Differencer.NO_CHANGE);
		Map<Pairing, ElementNode> nodes = new HashMap<>();
		for (Pairing pairing : comparison.pairings()) {
			nodes.put(pairing, new ElementNode(pairing));
		}
		for (Pairing pairing : comparison.pairings()) {
			Element element = pairing.news().isEmpty() ? pairing.olds().get(0) : pairing.news().get(0);
			Pairing parent = element.parent() == null ? null : comparison.pairingOf(element.parent());
			ElementNode parentNode = parent == null ? null : nodes.get(parent);
			(parentNode == null ? root : parentNode).add(nodes.get(pairing));
		}
		return root;
	}

	/** The engine's result; null before {@link #prepareInput} succeeded. */
	public Comparison comparison() {
		return comparison;
	}

	public IFile oldFile() {
		return oldFile;
	}

	public IFile newFile() {
		return newFile;
	}

	/** What the versions say of each other, when it disagrees with the order (see {@link VersionOrder}). */
	public List<String> remarks() {
		return remarks;
	}

	/** The root of the structure pane; null before {@link #prepareInput} succeeded. */
	public DiffNode root() {
		return root;
	}

	/** The structure pane's tree, kept so that a node can be shown (tests, the screenshot of docs/). */
	@Override
	public Viewer createDiffViewer(Composite parent) {
		DiffTreeViewer tree = new DiffTreeViewer(parent, getCompareConfiguration()) {
			{
				// The Compare editor shows a node's texts when it is opened (double click, Enter): a
				// designer expects them on selection, as in a list of changes.
				addSelectionChangedListener(e -> {
					if (!e.getSelection().isEmpty()) {
						fireOpen(new OpenEvent(this, e.getSelection()));
					}
				});
			}
		};
		tree.setAutoExpandLevel(2); // the activity types and blocs open on their competences
		structureViewer = tree;
		return structureViewer;
	}

	/** Selects {@code node} in the structure pane (expanding its parents): the content pane shows its two texts. */
	public void select(ElementNode node) {
		if (structureViewer != null) {
			structureViewer.setSelection(new StructuredSelection(node), true);
		}
	}

	/** The structure pane's viewer once the editor is open, otherwise null. */
	public Viewer structureViewer() {
		return structureViewer;
	}

	/** The summary line and the export link above the Compare editor's panes. */
	@Override
	public Control createContents(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginHeight = 2;
		layout.marginWidth = 4;
		composite.setLayout(layout);
		Label summary = new Label(composite, SWT.WRAP);
		summary.setText(summary());
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Link export = new Link(composite, SWT.NONE);
		export.setText("<a>Exporter le tableau de correspondance…</a>");
		export.setToolTipText("Écrit le tableau de correspondance des blocs en HTML, CSV ou Markdown.");
		export.addListener(SWT.Selection, e -> chooseAndExport(composite.getShell()));
		export.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		Control panes = super.createContents(composite);
		panes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		return composite;
	}

	/** « tai-2023.referentiel → tai-2024.referentiel : 1 ajouté, 1 supprimé, 2 modifiés, 140 inchangés. » */
	String summary() {
		if (comparison == null) {
			return "";
		}
		String line = oldFile.getName() + " → " + newFile.getName() + " : " + comparison.countsText() + ".";
		return remarks.isEmpty() ? line : line + " Remarque : " + String.join(" ", remarks);
	}

	/** « Exporter le tableau de correspondance… »: a file chosen by the user, its format by its extension. */
	void chooseAndExport(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Exporter le tableau de correspondance");
		dialog.setFilterExtensions(new String[] { "*.html", "*.csv", "*.md" });
		dialog.setFilterNames(new String[] { "Page HTML (*.html)", "Tableau CSV (*.csv)", "Markdown (*.md)" });
		dialog.setFileName(newFile == null ? "correspondance.html" : newFile.getFullPath().removeFileExtension().lastSegment()
				+ ".correspondance.html");
		if (newFile != null && newFile.getParent().getLocation() != null) {
			dialog.setFilterPath(newFile.getParent().getLocation().toOSString());
		}
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		if (file.getFileName().toString().indexOf('.') < 0) {
			String[] extensions = { ".html", ".csv", ".md" };
			file = file.resolveSibling(file.getFileName() + extensions[Math.max(0, dialog.getFilterIndex())]);
		}
		try {
			exportTable(file);
		} catch (IOException | IllegalArgumentException e) {
			MessageDialog.openError(shell, "Export impossible", "Le tableau de correspondance n'a pas pu être écrit dans « " + file
					+ " » : " + e.getMessage());
		}
	}

	/**
	 * Writes the bloc correspondence table to {@code file}, in the format its extension names (.html,
	 * .csv, .md), with the command line's renderers: atomically (a temporary file moved into place).
	 */
	public Path exportTable(Path file) throws IOException {
		if (comparison == null) {
			throw new IllegalStateException("La comparaison n'est pas encore faite.");
		}
		String name = file.getFileName().toString();
		String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		byte[] content = switch (extension) {
			case "html", "htm" -> ComparisonHtml.correspondence(comparison);
			case "csv" -> ComparisonCsv.correspondence(comparison);
			case "md", "markdown" -> ComparisonMarkdown.correspondence(comparison);
			default -> throw new IllegalArgumentException("le format se choisit par l'extension du fichier : .html, .csv ou .md.");
		};
		Path folder = file.toAbsolutePath().getParent();
		ExportFiles.writeAll(folder, Map.of(name, content), ExportFiles.DISK, notice -> {
		});
		refreshWorkspace(folder);
		return file;
	}

	/** A table written into the workspace shows in the Project Explorer. */
	private static void refreshWorkspace(Path folder) {
		for (org.eclipse.core.resources.IContainer container : org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
				.findContainersForLocationURI(folder.toUri())) {
			try {
				container.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_ONE, null);
			} catch (CoreException e) {
				// the table is written; the view shows it at the next refresh
			}
		}
	}

	/** For the tests: the run that opening the editor makes, without the editor. */
	public void runWith(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		run(monitor);
	}
}
