/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The same package with every entry dated from the referential: the ZIP writer under POI dates
 * each entry with the clock, and two exports of one file must be the same bytes. Entries, their
 * order and their contents are kept as POI wrote them.
 */
final class StableZip {

	private StableZip() {
	}

	static byte[] withEntryTimes(byte[] zip, LocalDate date) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rewritten = new ZipOutputStream(out)) {
			rewritten.setLevel(9);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTimeLocal(date.atStartOfDay());
				rewritten.putNextEntry(copy);
				in.transferTo(rewritten);
				rewritten.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
