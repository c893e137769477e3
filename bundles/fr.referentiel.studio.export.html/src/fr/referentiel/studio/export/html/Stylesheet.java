/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.html;

/**
 * The embedded CSS: readable on screen, and on A4 paper with table headers repeated on every
 * page, no row cut in two, and each sheet (fiche) starting on a new page as in a REAC.
 */
public final class Stylesheet {

	private Stylesheet() {
	}

	public static String portrait() {
		return COMMON + print("A4");
	}

	/** The four columns of the RNCP table need the width of a landscape page. */
	static String landscape() {
		return COMMON + print("A4 landscape");
	}

	private static final String COMMON = """

			body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.45;
			  color: #1b1b1b; background: #fff; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; }
			h1 { font-size: 1.8rem; margin: 0 0 1.5rem; }
			h2 { font-size: 1.4rem; margin: 2rem 0 .8rem; border-bottom: 2px solid #2c4a7a; padding-bottom: .2rem; }
			h3 { font-size: 1.15rem; margin: 1.6rem 0 .6rem; color: #2c4a7a; }
			h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
			p { margin: .4rem 0; }
			table { border-collapse: collapse; width: 100%; margin: .8rem 0 1.2rem; }
			caption { text-align: left; font-weight: bold; padding: .3rem 0; }
			th, td { border: 1px solid #8a8a8a; padding: .35rem .5rem; text-align: left; vertical-align: top; }
			thead th { background: #e6ecf5; }
			tbody th { font-weight: 600; background: #f5f7fa; }
			.precision { display: block; font-weight: normal; font-style: italic; font-size: .85em; }
			td ul, td p { margin: .2rem 0; }
			td ul { padding-left: 1.1rem; }
			dt { font-weight: bold; margin-top: .8rem; }
			dd { margin: .2rem 0 0 1.5rem; }
			""";

	private static String print(String pageSize) {
		return """
				@page { size: %s; margin: 16mm 14mm; }
				@media print {
				  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
				  thead { display: table-header-group; }
				  tr, li, dt, dd, caption { break-inside: avoid; page-break-inside: avoid; }
				  h1, h2, h3, h4, caption { break-after: avoid; page-break-after: avoid; }
				  section.fiche, table.rncp { break-before: page; page-break-before: always; }
				  /* The heading of a series of sheets stays with the first sheet. */
				  h2 + section.fiche { break-before: avoid; page-break-before: avoid; }
				  thead th, tbody th { background: none; }
				}
				""".formatted(pageSize);
	}
}
