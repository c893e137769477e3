/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.csv;

import java.util.List;

import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * Keeps spreadsheets from executing the texts of a referential (CSV injection): a cell starting
 * with = + - @, a tab or a carriage return is read as a formula by Excel and LibreOffice, so
 * such a cell is prefixed with a single quote ', which the spreadsheet shows as text. The
 * referential's own text is unchanged otherwise, but for control characters, which become spaces
 * ({@link ControlCharacters}). Public for the other tables a spreadsheet opens (the comparison's).
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	public static String neutralise(String text) {
		String cell = ControlCharacters.blank(text);
		if (cell.isEmpty()) {
			return cell;
		}
		return switch (cell.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
			default -> cell;
		};
	}

	public static List<String> neutralise(List<String> row) {
		return row.stream().map(SpreadsheetCells::neutralise).toList();
	}
}
