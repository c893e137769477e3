/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.export;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.EditorWorkspace;
import fr.referentiel.studio.export.ExportFiles;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.model.Referential;

/**
 * Exports saved referentials with the exporters of the extension point into a workspace folder,
 * with progress and cancellation. A file with errors is not exported (its tables would be wrong),
 * like on the command line; the others are.
 */
public class ExportOperation implements IRunnableWithProgress {

	private final List<IFile> files;
	private final List<Exporter> exporters;
	private final IContainer folder;
	/** The options the user set, by format id (CASE's base address, Moodle's scale); the others take their defaults. */
	private final Map<String, Map<String, String>> options;
	private final List<IFile> written = new ArrayList<>();
	private final List<String> refused = new ArrayList<>();

	public ExportOperation(List<IFile> files, List<Exporter> exporters, IContainer folder) {
		this(files, exporters, folder, Map.of());
	}

	public ExportOperation(List<IFile> files, List<Exporter> exporters, IContainer folder, Map<String, Map<String, String>> options) {
		this.files = List.copyOf(files);
		this.exporters = List.copyOf(exporters);
		this.folder = folder;
		this.options = Map.copyOf(options);
	}

	@Override
	public void run(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		SubMonitor sub = SubMonitor.convert(monitor, "Export des référentiels", files.size() * (exporters.size() + 1) + 1);
		EditorWorkspace workspace = LanguageServices.workspace();
		if (workspace == null) {
			throw new InvocationTargetException(new IllegalStateException("Les services du langage ne sont pas disponibles."));
		}
		IResourceValidator validator = workspace.injector().getInstance(IResourceValidator.class);
		try {
			for (IFile file : files) {
				if (sub.isCanceled()) {
					throw new OperationCanceledException();
				}
				sub.subTask(file.getName());
				// Export what is saved, read with the saved files of its project, as the command line would.
				EditorWorkspace.Snapshot saved = workspace.saved(file.getProject());
				XtextResource resource = (XtextResource) saved.resourceSet().getResource(EditorWorkspace.uriOf(file), false);
				String error = validator.validate(resource, CheckMode.NORMAL_AND_FAST, CancelIndicator.NullImpl).stream()
						.filter(i -> i.getSeverity() == Severity.ERROR).findFirst()
						.map(i -> "ligne " + i.getLineNumber() + " : " + i.getMessage()).orElse(null);
				sub.worked(1);
				if (error != null) {
					refused.add(file.getName() + " (" + error + ")");
					sub.worked(exporters.size());
					continue;
				}
				Path out = folder.getLocation().toFile().toPath();
				String base = file.getFullPath().removeFileExtension().lastSegment();
				// Every document of the file rendered first, then written together: all of them or none.
				Map<String, byte[]> documents = new LinkedHashMap<>();
				for (Exporter exporter : exporters) {
					byte[] content;
					try {
						content = exporter.render((Referential) resource.getContents().get(0), null,
								options.getOrDefault(exporter.formatId(), Map.of()));
					} catch (Exception e) {
						throw new IllegalStateException(e.getMessage(), e);
					}
					documents.put(ExportFiles.fileName(base, exporter, null), content);
					sub.worked(1);
				}
				for (Path path : ExportFiles.writeAll(out, documents, ExportFiles.DISK, notice -> sub.subTask(notice))) {
					written.add(folder.getFile(new org.eclipse.core.runtime.Path(path.getFileName().toString())));
				}
			}
			folder.refreshLocal(IResource.DEPTH_ONE, sub.split(1));
		} catch (CoreException | java.io.IOException | RuntimeException e) {
			throw new InvocationTargetException(e, e.getMessage());
		}
	}

	/** The files written, in the workspace. */
	public List<IFile> written() {
		return written;
	}

	/** The files not exported because of errors, with the first error. */
	public List<String> refused() {
		return refused;
	}
}
