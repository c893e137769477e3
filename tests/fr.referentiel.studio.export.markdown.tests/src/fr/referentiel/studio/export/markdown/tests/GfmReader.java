/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.markdown.tests;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Reads Markdown as GitHub does (CommonMark + GFM tables) and gives tables as lists of cell texts. */
final class GfmReader {

	private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	private GfmReader() {
	}

	/**
	 * Parses the page as a static site shows it: a YAML front matter (between two "---" lines at
	 * the top) is the site's metadata, not Markdown, so it is left out as Jekyll and GitHub do.
	 */
	static Node parse(byte[] markdown) {
		String text = new String(markdown, java.nio.charset.StandardCharsets.UTF_8);
		if (text.startsWith("---\n")) {
			int end = text.indexOf("\n---\n", 4);
			if (end >= 0) {
				text = text.substring(end + 5);
			}
		}
		return PARSER.parse(text);
	}

	static <T extends Node> List<T> all(Node root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
		if (type.isInstance(node)) {
			found.add(type.cast(node));
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			collect(child, type, found);
		}
	}

	/** The rows of a table (header first), each a list of cell texts; {@code <br>} read as "\n". */
	static List<List<String>> rows(TableBlock table) {
		List<List<String>> rows = new ArrayList<>();
		for (TableRow row : all(table, TableRow.class)) {
			rows.add(all(row, TableCell.class).stream().map(GfmReader::text).toList());
		}
		return rows;
	}

	/** The literal text of a node: what a reader sees, with {@code <br>} as a line break. */
	static String text(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text t) {
				text.append(t.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append('`').append(code.getLiteral()).append('`');
			}

			@Override
			public void visit(HtmlInline html) {
				text.append(html.getLiteral().equals("<br>") ? "\n" : "<<HTML " + html.getLiteral() + ">>");
			}

			@Override
			public void visit(CustomBlock block) {
				visitChildren(block);
			}
		});
		return text.toString();
	}
}
