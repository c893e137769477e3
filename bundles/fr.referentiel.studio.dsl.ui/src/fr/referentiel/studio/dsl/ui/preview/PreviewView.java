/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ControlContribution;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ui.Documents;
import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.ReferentielUi;
import fr.referentiel.studio.dsl.ui.EditorWorkspace;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.Exporters;
import fr.referentiel.studio.export.Layout;

/**
 * « Aperçu »: the active .referentiel editor's text (saved or not) as the HTML exporter writes
 * it in the chosen layout, rendered again after a pause in typing, scrolled to the element under
 * the caret; a click in the page reveals the element's line. Anchors are the ids the exporter
 * gives the elements ({@link fr.referentiel.studio.export.Anchors}).
 */
public class PreviewView extends ViewPart {

	public static final String ID = "fr.referentiel.studio.dsl.ui.preview";

	/** Test seam: with this system property set to true the view acts as if WebKitGTK were missing. */
	public static final String WITHOUT_BROWSER = "referentiel.preview.withoutBrowser";

	/** Pause in typing after which the page is rendered again: every keystroke would be too many renderings. */
	static final int DEBOUNCE_MS = 400;

	private static final String LAYOUT_KEY = "layout";
	private static final String REVEAL_FUNCTION = "referentielReveal";
	/** Installed in each page loaded: a click reports the nearest element with an anchor. */
	private static final String CLICK_SCRIPT = "if (!window.referentielClicks) { window.referentielClicks = true;"
			+ " document.addEventListener('click', function (e) {"
			+ " var t = e.target && e.target.closest ? e.target.closest('[id]') : null;"
			+ " if (t) { " + REVEAL_FUNCTION + "(t.id); } }, true); }";

	private final Exporter exporter = Exporters.find("html").orElse(null);
	private final AtomicLong generation = new AtomicLong();
	private String layoutId;

	private Label banner;
	private Composite body;
	private StackLayout stack;
	private Label message;
	private Browser browser;
	private Composite fallback;
	private Label fallbackText;

	private ITextEditor editor;
	private IDocument document;
	/** The last page rendered without error: kept while the text has errors. */
	private String lastPage;
	/** The anchors at the caret, to scroll to once a page has loaded. */
	private List<String> caretAnchors = List.of();

	private final Job render = Job.create("Aperçu du référentiel", monitor -> {
		renderNow(generation.get(), monitor::isCanceled);
		return Status.OK_STATUS;
	});
	private final Job caret = Job.create("Aperçu : élément sous le curseur", monitor -> {
		followCaret();
		return Status.OK_STATUS;
	});

	private final IDocumentListener typing = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			scheduleRender(DEBOUNCE_MS);
		}
	};

	private final ISelectionChangedListener caretMoves = event -> {
		if (event.getSelection() instanceof ITextSelection) {
			caret.cancel();
			caret.schedule(100);
		}
	};

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				attach(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		render.setSystem(true);
		caret.setSystem(true);
		GridLayout grid = new GridLayout(1, false);
		grid.marginWidth = grid.marginHeight = 0;
		grid.verticalSpacing = 0;
		parent.setLayout(grid);
		banner = new Label(parent, SWT.WRAP);
		banner.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		banner.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		showBanner(null);
		body = new Composite(parent, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		stack = new StackLayout();
		body.setLayout(stack);
		message = new Label(body, SWT.WRAP);
		browser = createBrowser(body);
		if (browser == null) {
			createFallback(body);
		}
		layoutId = chosenLayout();
		contributeToolBar(getViewSite().getActionBars().getToolBarManager());
		showMessage(exporter == null ? "L'aperçu a besoin de l'export HTML, absent de cette installation."
				: "Ouvrez un fichier .referentiel dans l'éditeur pour voir ici son aperçu.");
		getSite().getPage().addPartListener(editors);
		follow(getSite().getPage().getActiveEditor());
	}

	/** The SWT browser, or null when it cannot be made (no WebKitGTK on Linux). */
	private Browser createBrowser(Composite parent) {
		if (Boolean.getBoolean(WITHOUT_BROWSER)) {
			return null;
		}
		Browser made;
		try {
			made = new Browser(parent, SWT.NONE);
		} catch (SWTError e) {
			// Not an error of the product: the view says what to install.
			ReferentielUi.log(Status.warning("Aperçu sans navigateur intégré : " + e.getMessage()));
			return null;
		}
		new BrowserFunction(made, REVEAL_FUNCTION) {
			@Override
			public Object function(Object[] arguments) {
				if (arguments.length > 0 && arguments[0] instanceof String anchor) {
					reveal(anchor);
				}
				return null;
			}
		};
		made.addProgressListener(new ProgressAdapter() {
			@Override
			public void completed(ProgressEvent event) {
				made.execute(CLICK_SCRIPT);
				scrollTo(caretAnchors);
			}
		});
		return made;
	}

	private void createFallback(Composite parent) {
		fallback = new Composite(parent, SWT.NONE);
		fallback.setLayout(new GridLayout(1, false));
		fallbackText = new Label(fallback, SWT.WRAP);
		fallbackText.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		fallbackText.setText("L'aperçu intégré a besoin de WebKitGTK, qui n'est pas installé sur ce système. "
				+ "Installez le paquet libwebkit2gtk-4.1-0 (par exemple : sudo apt install libwebkit2gtk-4.1-0), "
				+ "puis redémarrez Référentiel Studio.\n\nEn attendant, l'aperçu peut s'ouvrir dans le navigateur du système.");
		Button open = new Button(fallback, SWT.PUSH);
		open.setText("Ouvrir l'aperçu dans le navigateur du système");
		open.addListener(SWT.Selection, e -> openInSystemBrowser());
	}

	private void contributeToolBar(IToolBarManager toolBar) {
		toolBar.add(new ControlContribution("fr.referentiel.studio.dsl.ui.preview.layout") {
			@Override
			protected Control createControl(Composite parent) {
				Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
				List<Layout> layouts = exporter == null ? List.of() : exporter.layouts();
				for (Layout layout : layouts) {
					combo.add(layout.id());
				}
				combo.select(Math.max(0, layouts.stream().map(Layout::id).toList().indexOf(layoutId)));
				combo.setToolTipText(tooltip(layouts, layoutId));
				combo.addListener(SWT.Selection, e -> {
					chooseLayout(combo.getText());
					combo.setToolTipText(tooltip(layouts, layoutId));
				});
				return combo;
			}
		});
		// A word rather than an icon: no shared image says « another application ».
		Action open = new Action("Navigateur") {
			@Override
			public void run() {
				openInSystemBrowser();
			}
		};
		open.setToolTipText("Ouvrir l'aperçu dans le navigateur du système");
		toolBar.add(open);
	}

	private static String tooltip(List<Layout> layouts, String id) {
		return "Mise en page : " + layouts.stream().filter(l -> l.id().equals(id)).map(Layout::description).findFirst().orElse(id);
	}

	/** The layout chosen last time, if the exporter still offers it, otherwise its default. */
	private String chosenLayout() {
		if (exporter == null) {
			return null;
		}
		String saved = settings().get(LAYOUT_KEY);
		return exporter.layouts().stream().map(Layout::id).filter(id -> id.equals(saved)).findFirst()
				.orElse(exporter.layouts().get(0).id());
	}

	/** The view's dialog settings: saved when the workbench closes, like the export wizard's. */
	private static IDialogSettings settings() {
		return DialogSettings.getOrCreateSection(PlatformUI.getDialogSettingsProvider(
				org.osgi.framework.FrameworkUtil.getBundle(PreviewView.class)).getDialogSettings(), "PreviewView");
	}

	/** Chooses the layout shown (the drop-down's action), remembered for the next time. */
	public void chooseLayout(String id) {
		if (exporter == null || exporter.layouts().stream().noneMatch(l -> l.id().equals(id))) {
			throw new IllegalArgumentException("mise en page inconnue : " + id);
		}
		layoutId = id;
		settings().put(LAYOUT_KEY, id);
		lastPage = null; // another layout: the page of the previous one is no longer « the last good one »
		scheduleRender(0);
	}

	/** The layouts the drop-down offers: the HTML exporter's own. */
	public List<String> layoutIds() {
		return exporter == null ? List.of() : exporter.layouts().stream().map(Layout::id).toList();
	}

	public String layoutId() {
		return layoutId;
	}

	private void follow(IWorkbenchPart part) {
		if (part instanceof ITextEditor text && part != editor && isReferentiel(text)) {
			attach(text);
		}
	}

	private static boolean isReferentiel(IEditorPart part) {
		IFile file = part.getEditorInput().getAdapter(IFile.class);
		String name = file != null ? file.getName() : part.getEditorInput().getName();
		return name != null && name.endsWith("." + EditorWorkspace.EXTENSION);
	}

	private void attach(ITextEditor next) {
		if (document != null) {
			document.removeDocumentListener(typing);
		}
		if (editor != null && editor.getSelectionProvider() != null) {
			selections(editor.getSelectionProvider(), false);
		}
		editor = next;
		document = next == null ? null : next.getDocumentProvider().getDocument(next.getEditorInput());
		lastPage = null;
		caretAnchors = List.of();
		generation.incrementAndGet();
		if (document == null) {
			editor = null;
			showBanner(null);
			showMessage("Ouvrez un fichier .referentiel dans l'éditeur pour voir ici son aperçu.");
			return;
		}
		document.addDocumentListener(typing);
		selections(next.getSelectionProvider(), true);
		setContentDescription(next.getTitle());
		scheduleRender(0);
	}

	/** Caret moves: the post-selection events when there are (they come after a pause), otherwise all. */
	private void selections(ISelectionProvider provider, boolean add) {
		if (provider instanceof IPostSelectionProvider post) {
			if (add) {
				post.addPostSelectionChangedListener(caretMoves);
			} else {
				post.removePostSelectionChangedListener(caretMoves);
			}
		} else if (add) {
			provider.addSelectionChangedListener(caretMoves);
		} else {
			provider.removeSelectionChangedListener(caretMoves);
		}
	}

	private void scheduleRender(long delay) {
		generation.incrementAndGet();
		render.cancel();
		render.schedule(delay);
	}

	/** In the render job: the current text rendered, shown unless the text changed meanwhile. */
	private void renderNow(long asked, org.eclipse.xtext.util.CancelIndicator cancel) {
		IDocument doc = document;
		ITextEditor source = editor;
		if (doc == null || exporter == null) {
			return;
		}
		Injector injector = LanguageServices.await();
		if (injector == null) {
			return;
		}
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		String layout = layoutId;
		int offset = caretOffset(source);
		record Result(PreviewRendering rendering, List<String> anchors) {
		}
		Result result = Failures.safely("aperçu", () -> Documents.withResource(doc, true, resource -> new Result(
				PreviewRendering.of(resource, validator, exporter, layout, cancel), PreviewRendering.anchorsAt(resource, offset))),
				null);
		if (result == null || cancel.isCanceled()) {
			return;
		}
		Display.getDefault().asyncExec(() -> {
			if (generation.get() == asked && body != null && !body.isDisposed()) {
				caretAnchors = result.anchors();
				show(result.rendering());
			}
		});
	}

	private static int caretOffset(ITextEditor source) {
		int[] offset = { 0 };
		Display.getDefault().syncExec(() -> {
			if (source != null && source.getSelectionProvider() != null
					&& source.getSelectionProvider().getSelection() instanceof ITextSelection s) {
				offset[0] = s.getOffset();
			}
		});
		return offset[0];
	}

	private void show(PreviewRendering rendering) {
		switch (rendering) {
			case PreviewRendering.Page page -> {
				showBanner(null);
				lastPage = page.html();
				showPage(page.html());
			}
			case PreviewRendering.Refused refused -> {
				showBanner(null);
				lastPage = null;
				showMessage(refused.message());
			}
			case PreviewRendering.Errors errors -> {
				showBanner("Le fichier contient des erreurs (première erreur, ligne " + errors.line() + " : " + errors.message() + "). "
						+ (lastPage != null ? "L'aperçu montre la dernière version sans erreur." : "Corrigez-les pour voir l'aperçu."));
				if (lastPage == null) {
					showMessage("Pas encore d'aperçu : le texte doit d'abord être sans erreur.");
				}
			}
		}
	}

	private void showPage(String html) {
		if (browser != null) {
			// Untrusted: the page is the author's text, and needs no access to local files (its styles are inline).
			browser.setText(html, false);
			top(browser);
		} else {
			top(fallback);
		}
	}

	private void showMessage(String text) {
		message.setText(text);
		top(message);
	}

	private void top(Control control) {
		stack.topControl = control;
		body.layout(true, true);
	}

	private void showBanner(String text) {
		banner.setText(text == null ? "" : text);
		banner.setVisible(text != null);
		((GridData) banner.getLayoutData()).exclude = text == null;
		banner.getParent().layout(true, true);
	}

	/** In the caret job: the anchors at the caret, then the page scrolled to the innermost one it has. */
	private void followCaret() {
		IDocument doc = document;
		ITextEditor source = editor;
		if (doc == null) {
			return;
		}
		int offset = caretOffset(source);
		List<String> anchors = Failures.safely("aperçu", () -> Documents.withResource(doc, true,
				resource -> PreviewRendering.anchorsAt(resource, offset)), null);
		if (anchors != null) {
			Display.getDefault().asyncExec(() -> {
				if (body != null && !body.isDisposed() && source == editor) {
					caretAnchors = anchors;
					scrollTo(anchors);
				}
			});
		}
	}

	private void scrollTo(List<String> anchors) {
		if (browser == null || browser.isDisposed() || anchors.isEmpty() || stack.topControl != browser) {
			return;
		}
		String ids = anchors.stream().map(PreviewView::jsString).collect(Collectors.joining(","));
		browser.execute("(function (ids) { for (var i = 0; i < ids.length; i++) { var e = document.getElementById(ids[i]);"
				+ " if (e) { e.scrollIntoView({ block: 'start' }); return; } } })([" + ids + "]);");
	}

	/** A JavaScript string literal of an anchor (identifiers and numbers, escaped all the same). */
	static String jsString(String s) {
		StringBuilder out = new StringBuilder("'");
		for (char c : s.toCharArray()) {
			if (Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-' || c == '.') {
				out.append(c);
			} else {
				out.append(String.format("\\u%04x", (int) c));
			}
		}
		return out.append('\'').toString();
	}

	/** A click in the page: the element's identifier selected in the editor, its line shown. */
	private void reveal(String anchor) {
		IDocument doc = document;
		ITextEditor target = editor;
		if (doc == null) {
			return;
		}
		Job.create("Aperçu : élément cliqué", monitor -> {
			Injector injector = LanguageServices.await();
			if (injector == null) {
				return Status.CANCEL_STATUS;
			}
			ILocationInFileProvider locations = injector.getInstance(ILocationInFileProvider.class);
			ITextRegion region = Failures.safely("aperçu", () -> Documents.withResource(doc, true,
					resource -> PreviewRendering.regionOf(resource, anchor, locations)), null);
			if (region != null) {
				Display.getDefault().asyncExec(() -> {
					if (target == editor && target != null) {
						getSite().getPage().activate(target);
						target.selectAndReveal(Documents.clamp(doc, region.getOffset()), region.getLength());
					}
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/** Writes the page shown (or the last good one) to a temporary file; null when there is none yet. */
	public Path writePageFile() throws IOException {
		if (lastPage == null) {
			return null;
		}
		Path file = Files.createTempFile("apercu-referentiel-", ".html");
		file.toFile().deleteOnExit();
		Files.writeString(file, lastPage, StandardCharsets.UTF_8);
		return file;
	}

	private void openInSystemBrowser() {
		try {
			Path file = writePageFile();
			if (file == null) {
				showBanner("Aucun aperçu à ouvrir : ouvrez un fichier .referentiel sans erreur.");
			} else if (!Program.launch(file.toUri().toString())) {
				showBanner("Le navigateur du système n'a pas pu s'ouvrir ; l'aperçu est écrit dans " + file + ".");
			}
		} catch (IOException e) {
			Failures.report("L'aperçu n'a pas pu être écrit dans un fichier temporaire.", e);
		}
	}

	// What a user sees, for the tests.

	/** The browser showing the page, or null without WebKitGTK. */
	public Browser browser() {
		return browser;
	}

	/** The banner's text, or null when no banner is shown. */
	public String bannerText() {
		return banner.isVisible() ? banner.getText() : null;
	}

	/** The message shown instead of a page, or null when a page (or the fallback) is shown. */
	public String messageText() {
		return stack.topControl == message ? message.getText() : null;
	}

	/** The explanation shown instead of the browser without WebKitGTK, or null when there is a browser. */
	public String fallbackText() {
		return fallback != null && stack.topControl == fallback ? fallbackText.getText() : null;
	}

	/** The editor previewed, or null. */
	public ITextEditor editor() {
		return editor;
	}

	@Override
	public void setFocus() {
		body.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		generation.incrementAndGet(); // a rendering under way no longer shows
		if (document != null) {
			document.removeDocumentListener(typing);
		}
		if (editor != null && editor.getSelectionProvider() != null) {
			selections(editor.getSelectionProvider(), false);
		}
		render.cancel();
		caret.cancel();
		super.dispose();
	}
}
