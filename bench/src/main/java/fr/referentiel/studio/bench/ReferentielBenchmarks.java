/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.dsl.check.CheckResult;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.Exporters;
import fr.referentiel.studio.model.Referential;

/**
 * In-process figures: check (parse, link, validate), render each format, and compare with a next
 * version, for a referential 1, 10 and 100 times the size of the REAC TAI. Run by bench/run.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g" })
public class ReferentielBenchmarks {

	@Param({ "1", "10", "100" })
	public int scale;

	private ReferentielChecker checker;
	private Path file;
	private Referential referential;
	/** Found once: finding them goes through the class path (ServiceLoader), which is not what is measured. */
	private Map<String, Exporter> exporters;
	/** The next version: renamed, every fifth criterion reworded, every tenth competence's title too. */
	private Referential next;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		checker = ReferentielChecker.create();
		file = SyntheticReferential.write(Files.createTempDirectory("referentiel-bench"), scale);
		CheckResult result = checker.check(List.of(file));
		if (result.hasErrors()) {
			throw new IllegalStateException("the synthetic referential has errors: " + result.problems());
		}
		referential = result.files().get(0).referential();
		exporters = Exporters.available().stream().collect(Collectors.toMap(Exporter::formatId, e -> e));
		next = nextVersion(file);
	}

	private Referential nextVersion(Path file) throws IOException {
		String text = Files.readString(file);
		String name = "SYNTH_X" + scale;
		text = text.replace("référentiel " + name + " ", "référentiel " + name + "_B ");
		StringBuilder changed = new StringBuilder();
		int criteria = 0;
		int competences = 0;
		for (String line : text.split("\n", -1)) {
			String l = line;
			if (l.strip().startsWith("- ") && l.contains(" est ") && ++criteria % 5 == 0) {
				l = l.replace(" est ", " a été ");
			} else if (l.strip().startsWith("compétence CP") && ++competences % 10 == 0) {
				l = l.replace(" \"", " \"Savoir ");
			}
			changed.append(l).append('\n');
		}
		Path nextFile = Files.writeString(file.resolveSibling("synthetique-x" + scale + "-b.referentiel"), changed);
		CheckResult result = checker.check(List.of(file, nextFile));
		if (result.hasErrors()) {
			throw new IllegalStateException("the next version has errors: " + result.problems());
		}
		return result.files().get(1).referential();
	}

	@Benchmark
	public int compare() {
		return Comparison.of("a", referential, "b", next).pairings().size();
	}

	@Benchmark
	public CheckResult check() {
		return checker.check(List.of(file));
	}

	@Benchmark
	public int exportHtml() throws Exception {
		return render("html");
	}

	@Benchmark
	public int exportCsv() throws Exception {
		return render("csv");
	}

	@Benchmark
	public int exportMarkdown() throws Exception {
		return render("markdown");
	}

	@Benchmark
	public int exportDocx() throws Exception {
		return render("docx");
	}

	/** Pages laid out and fonts embedded: seconds per operation at ×100, so fewer iterations than the others. */
	@Benchmark
	@Warmup(iterations = 1, time = 2)
	@Measurement(iterations = 3, time = 2)
	public int exportPdf() throws Exception {
		return render("pdf");
	}

	private int render(String format) throws Exception {
		Exporter exporter = exporters.get(format);
		return exporter.render(referential, exporter.layouts().get(0).id(), Map.of()).length;
	}
}
