/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ui.Documents;
import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;

/**
 * The editor's hover: the problems found at the mouse (their messages whole) and, on a reference
 * or a declaration, the full text of the competence, activity or criterion from the language's
 * hover service; shown in a {@link HoverControl} sized to the text.
 * <p>
 * The Generic Editor composes the hovers of its contributors with its own marker and annotation
 * hovers, each opening the platform's hover, which cuts a text at about 60 columns and 10 lines.
 * As this hover shows the problems too, {@link #install} makes it the editor's only hover.
 */
public class ReferentielHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	/** Said under problems that have a quick fix. */
	public static final String QUICK_FIX_HINT = "Ctrl+1 : corrections proposées";

	private volatile Mouse mouse;

	/** Makes this hover the viewer's only one, once the Generic Editor has configured it. */
	public static void install(ITextViewer viewer) {
		Display display = Display.getCurrent();
		if (display == null || !(viewer instanceof ITextViewerExtension2 extension)) {
			return;
		}
		// asyncExec: the viewer sets the configuration's hovers after installing its reconcilers.
		display.asyncExec(() -> {
			if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
				extension.setTextHover(new ReferentielHover(), IDocument.DEFAULT_CONTENT_TYPE,
						ITextViewerExtension2.DEFAULT_HOVER_STATE_MASK);
			}
		});
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		List<ProblemAt> problems = problems(viewer, offset);
		// On a squiggle, its extent; else the word: the hover stays while the mouse is on it, and
		// the platform shows no hover for an empty region.
		IRegion region = problems.isEmpty() ? word(viewer.getDocument(), offset) : problems.get(0).region();
		mouse = new Mouse(region, offset);
		return region;
	}

	/** Where the mouse was for the region last returned: the element is looked up there, not at the region's start. */
	private record Mouse(IRegion region, int offset) {
	}

	/** The identifier or word at {@code offset} (a qualified name with its dots), at least one character. */
	static IRegion word(IDocument document, int offset) {
		if (document == null || document.getLength() == 0) {
			return new Region(0, 0);
		}
		String text = document.get();
		int at = Math.max(0, Math.min(offset, text.length() - 1));
		int start = at;
		while (start > 0 && isWordPart(text.charAt(start - 1))) {
			start--;
		}
		int end = at;
		while (end < text.length() && isWordPart(text.charAt(end))) {
			end++;
		}
		return end > start ? new Region(start, end - start) : new Region(at, 1);
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.';
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		return getHoverInfo(viewer, region);
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return HoverControl.creator();
	}

	/** The problems at the region, then the element's text, or null when there is neither. */
	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		StringBuilder info = new StringBuilder();
		Set<String> said = new LinkedHashSet<>();
		boolean fixable = false;
		for (ProblemAt problem : problems(viewer, region.getOffset())) {
			if (said.add(problem.message())) {
				info.append(info.isEmpty() ? "" : "\n").append(problem.message());
			}
			fixable |= problem.fixable();
		}
		if (fixable) {
			// The platform's marker hover listed the quick fixes as links; this one says where they are.
			info.append("\n").append(QUICK_FIX_HINT);
		}
		IDocument document = viewer.getDocument();
		Injector injector = LanguageServices.now();
		String element = injector == null || document == null ? null
				: Failures.safely("survol", () -> text(document, offsetIn(region), injector), null);
		if (element != null) {
			info.append(info.isEmpty() ? "" : "\n\n").append(element);
		}
		return info.isEmpty() ? null : info.toString();
	}

	private int offsetIn(IRegion region) {
		Mouse last = mouse;
		return last != null && last.region().equals(region) ? last.offset() : region.getOffset();
	}

	private record ProblemAt(String message, IRegion region, boolean fixable) {
	}

	/**
	 * The problems drawn at {@code offset}: the typing check's annotations and the markers of the
	 * last save that are not hidden (a marker the typing check judged again is marked deleted).
	 */
	private static List<ProblemAt> problems(ITextViewer viewer, int offset) {
		List<ProblemAt> problems = new ArrayList<>();
		IAnnotationModel model = viewer instanceof ISourceViewer source ? source.getAnnotationModel() : null;
		if (model == null) {
			return problems;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			boolean problem = annotation instanceof IssueAnnotation
					|| (annotation instanceof MarkerAnnotation marker && isProblem(marker));
			if (problem && !annotation.isMarkedDeleted() && position != null && annotation.getText() != null
					&& position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()) {
				problems.add(new ProblemAt(severity(annotation.getType()) + annotation.getText(),
						new Region(position.getOffset(), position.getLength()), isFixable(annotation)));
			}
		}
		return problems;
	}

	private static boolean isFixable(Annotation annotation) {
		if (annotation instanceof MarkerAnnotation marker) {
			return IDE.getMarkerHelpRegistry().hasResolutions(marker.getMarker());
		}
		return new ReferentielQuickAssist().canFix(annotation);
	}

	private static boolean isProblem(MarkerAnnotation annotation) {
		try {
			return annotation.getMarker().exists() && annotation.getMarker().isSubtypeOf(IMarker.PROBLEM);
		} catch (CoreException e) {
			return false; // deleted meanwhile
		}
	}

	private static String severity(String annotationType) {
		if (annotationType == null) {
			return "";
		} else if (annotationType.endsWith(".error")) {
			return "Erreur : ";
		} else if (annotationType.endsWith(".warning")) {
			return "Avertissement : ";
		}
		return "Information : ";
	}

	/**
	 * The element's text at {@code offset}, or null: the service's Markdown made plain text again
	 * (bold labels plain, backslash escapes and the entities {@code &lt; &gt; &amp;} undone), as
	 * {@link HoverControl} shows text as it is.
	 */
	public static String text(IDocument document, int offset, Injector injector) {
		IHoverService service = injector.getInstance(IHoverService.class);
		String text = document.get();
		Document lspDocument = new Document(1, text);
		Hover hover = Documents.withResource(document, false, resource -> service.hover(lspDocument, resource,
				new HoverParams(new TextDocumentIdentifier(resource.getURI().toString()), lspDocument.getPosition(offset)),
				CancelIndicator.NullImpl));
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return null;
		}
		String value = hover.getContents().getRight().getValue();
		return value == null || value.isBlank() ? null : text(value);
	}

	/** The Markdown of ReferentielDocumentation as text: every unescaped {@code **} is a label's bold. */
	static String text(String markdown) {
		StringBuilder text = new StringBuilder(markdown.length());
		for (int i = 0; i < markdown.length(); i++) {
			char c = markdown.charAt(i);
			if (c == '\\' && i + 1 < markdown.length()) {
				text.append(markdown.charAt(++i));
			} else if (c == '*' && markdown.startsWith("**", i)) {
				i++;
			} else if (c == '&' && entity(markdown, i) != null) {
				String entity = entity(markdown, i);
				text.append(switch (entity) {
					case "&lt;" -> '<';
					case "&gt;" -> '>';
					default -> '&';
				});
				i += entity.length() - 1;
			} else {
				text.append(c);
			}
		}
		return text.toString();
	}

	private static String entity(String markdown, int at) {
		for (String entity : new String[] { "&lt;", "&gt;", "&amp;" }) {
			if (markdown.startsWith(entity, at)) {
				return entity;
			}
		}
		return null;
	}
}
