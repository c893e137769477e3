/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.rncp;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import fr.referentiel.studio.interchange.ImportException;

/**
 * Reads France Compétences' RNCP open-data export (« export-fiches », root {@code FICHES}, one
 * {@code FICHE} per record) as a stream with StAX: the real daily export is about 570 MB, so no
 * tree of the file is ever built. Only the one FICHE selected is kept (as a small {@link XmlNode}
 * tree); the others are skipped element by element. The reader is hardened: a DTD (hence any
 * entity, internal or external) is refused, an element's text is bounded, and every problem of the
 * file is a French {@link ImportException} with its line and column.
 */
final class RncpXml {

	/** The root element of an export, and its records. */
	static final String ROOT = "FICHES";
	static final String RECORD = "FICHE";

	/** The longest text of one element: the longest in the real export is under 20,000 characters. */
	static final int MAX_TEXT = 1_000_000;
	/** The deepest nesting of a record: FICHE/BLOCS_COMPETENCES/BLOC_COMPETENCES/CODE is 4 under the root. */
	static final int MAX_DEPTH = 32;

	/** A record of the file, as --liste prints it. */
	record Summary(String number, String title, int line) {
	}

	/** The record read and what the file said about itself. */
	record Read(XmlNode fiche, String version, int count) {
	}

	private final Path file;
	private final String fileName;

	RncpXml(Path file) {
		this.file = file;
		this.fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
	}

	/** Every record of the file: its number and title, in the order of the file. */
	List<Summary> list() throws ImportException {
		List<Summary> result = new ArrayList<>();
		scan((reader, line) -> {
			XmlNode fiche = readRecord(reader, line, name -> name.equals("NUMERO_FICHE") || name.equals("INTITULE"), null);
			result.add(new Summary(fiche.text("NUMERO_FICHE"), fiche.text("INTITULE"), line));
			return true;
		});
		return result;
	}

	/**
	 * The record numbered {@code number} (« RNCP40792 »), or the only record of the file when
	 * {@code number} is null. The reading stops once the record is read.
	 */
	Read read(String number) throws ImportException {
		XmlNode[] found = new XmlNode[1];
		int[] count = new int[1];
		String version = scan((reader, line) -> {
			count[0]++;
			if (number == null && found[0] != null) {
				throw new ImportException("« " + fileName + " » contient plusieurs fiches (la deuxième commence ligne " + line
						+ ") : choisissez-en une avec --fiche (par exemple --fiche " + number(found[0]) + "), ou listez-les avec --liste.",
						line, 1);
			}
			XmlNode fiche = readRecord(reader, line, name -> true, number);
			if (fiche != null) {
				found[0] = fiche;
				return number == null; // the only one: the rest of the file is read to be sure of it
			}
			return true;
		});
		if (found[0] == null) {
			if (number == null) {
				throw new ImportException("« " + fileName + " » ne contient aucune fiche (élément FICHE) : rien à importer.");
			}
			throw new ImportException("La fiche " + number + " n'est pas dans « " + fileName + " » (" + count[0]
					+ (count[0] > 1 ? " fiches lues" : " fiche lue") + ") : « referentiel import rncp " + fileName
					+ " --liste » liste celles qu'il contient.");
		}
		return new Read(found[0], version, count[0]);
	}

	private static String number(XmlNode fiche) {
		String number = fiche.text("NUMERO_FICHE");
		return number == null ? "RNCP…" : number;
	}

	/** Called at each FICHE start; returns false to stop reading the file. */
	private interface RecordHandler {
		boolean record(XMLStreamReader reader, int line) throws XMLStreamException, ImportException;
	}

	/** Reads the whole file, handing each FICHE to {@code handler}; returns VERSION_FLUX. */
	private String scan(RecordHandler handler) throws ImportException {
		if (Files.isDirectory(file)) {
			throw new ImportException("« " + file + " » est un dossier : donnez le fichier XML de l'export RNCP.");
		}
		Charset[] charset = new Charset[1];
		long[] skipped = new long[1];
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			// The text is decoded here, strictly, rather than by the parser: its own decoder prints
			// « [Fatal Error] » on the standard error output before it fails.
			charset[0] = declaredCharset(in, skipped);
			Reader text = new InputStreamReader(in, charset[0].newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
			XMLStreamReader reader = factory().createXMLStreamReader(text);
			try {
				String version = null;
				boolean rootSeen = false;
				while (reader.hasNext()) {
					int event = reader.next();
					if (event == XMLStreamConstants.DTD) {
						throw refusedDtd(reader.getLocation());
					}
					if (event == XMLStreamConstants.ENTITY_REFERENCE) {
						throw new ImportException(at(reader.getLocation()) + "l'entité « &" + reader.getLocalName()
								+ "; » n'est pas acceptée : un export RNCP n'en contient pas. Rien n'a été écrit.", line(reader.getLocation()),
								column(reader.getLocation()));
					}
					if (event != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					String name = reader.getLocalName();
					if (!rootSeen) {
						rootSeen = true;
						if (!ROOT.equals(name)) {
							throw new ImportException(at(reader.getLocation()) + "ce fichier n'est pas un export RNCP de France Compétences : "
									+ "son élément racine est « " + name + " », celui d'un export est « FICHES » (des éléments FICHE, "
									+ "VERSION_FLUX 4.1). Rien n'a été écrit.", line(reader.getLocation()), column(reader.getLocation()));
						}
						continue;
					}
					if ("VERSION_FLUX".equals(name)) {
						version = boundedText(reader).strip();
					} else if (RECORD.equals(name)) {
						if (!handler.record(reader, reader.getLocation().getLineNumber())) {
							return version;
						}
					} else {
						skip(reader);
					}
				}
				if (!rootSeen) {
					throw new ImportException("« " + fileName + " » ne contient aucun élément XML : ce n'est pas un export RNCP. "
							+ "Rien n'a été écrit.", 1, 1);
				}
				return version;
			} finally {
				reader.close();
			}
		} catch (XMLStreamException e) {
			if (causedBy(e, CharacterCodingException.class)) {
				throw badEncoding(charset[0], skipped[0]);
			}
			throw malformed(e);
		} catch (NoSuchFileException e) {
			throw new ImportException("Fichier introuvable : « " + file + " ». Vérifiez le chemin.");
		} catch (AccessDeniedException e) {
			throw new ImportException("Lecture refusée : « " + file + " » (droits d'accès). Rien n'a été écrit.");
		} catch (IOException e) {
			if (Files.isDirectory(file)) {
				throw new ImportException("« " + file + " » est un dossier : donnez le fichier XML de l'export RNCP.");
			}
			throw new ImportException("« " + file + " » n'a pas pu être lu (" + e.getMessage() + "). Rien n'a été écrit.");
		}
	}

	/**
	 * The encoding of the file: its byte-order mark, or the encoding its XML declaration names, or
	 * UTF-8 (XML's default). The stream is left after the byte-order mark ({@code skipped} bytes).
	 */
	private Charset declaredCharset(InputStream in, long[] skipped) throws IOException, ImportException {
		in.mark(512);
		byte[] head = in.readNBytes(512);
		in.reset();
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			skipped[0] = in.skip(3);
			return StandardCharsets.UTF_8;
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			skipped[0] = in.skip(2);
			return StandardCharsets.UTF_16BE;
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			skipped[0] = in.skip(2);
			return StandardCharsets.UTF_16LE;
		}
		String start = new String(head, StandardCharsets.ISO_8859_1);
		Matcher m = ENCODING.matcher(start);
		if (start.startsWith("<?xml") && m.find() && m.start() < start.indexOf("?>")) {
			try {
				return Charset.forName(m.group(1));
			} catch (IllegalArgumentException e) {
				throw new ImportException("« " + fileName + " », ligne 1 : l'encodage déclaré « " + m.group(1) + " » est inconnu "
						+ "(un export RNCP est en UTF-8). Rien n'a été écrit.", 1, 1);
			}
		}
		return StandardCharsets.UTF_8;
	}

	private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

	/** The first bytes that are not text in {@code charset}, found by decoding the file again, with their line and column. */
	private ImportException badEncoding(Charset charset, long skip) {
		int line = 1;
		int column = 1;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			in.skipNBytes(skip);
			CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT);
			ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
			CharBuffer chars = CharBuffer.allocate(1 << 16);
			boolean end = false;
			while (true) {
				int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (n < 0) {
					end = true;
				} else {
					bytes.position(bytes.position() + n);
				}
				bytes.flip();
				CoderResult result = decoder.decode(bytes, chars, end);
				chars.flip();
				while (chars.hasRemaining()) {
					if (chars.get() == '\n') {
						line++;
						column = 1;
					} else {
						column++;
					}
				}
				chars.clear();
				if (result.isError() || end) {
					break;
				}
				bytes.compact();
			}
		} catch (IOException e) {
			// the position stays where the decoding stopped
		}
		return new ImportException("« " + fileName + " », ligne " + line + ", colonne " + column + " : le texte n'est pas en "
				+ charset.name() + ", l'encodage que le fichier déclare (un export RNCP est en UTF-8) : il a sans doute été "
				+ "réenregistré dans un autre encodage (Windows-1252, ISO-8859-1). Réenregistrez-le en UTF-8, ou téléchargez l'export "
				+ "à nouveau. Rien n'a été écrit.", line, column);
	}

	/** A factory that accepts no DTD, resolves no entity and reaches nothing outside the file. */
	static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new XMLStreamException("entité externe refusée : " + systemId);
		});
		trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
		trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		return factory;
	}

	private static void trySet(XMLInputFactory factory, String property, Object value) {
		try {
			factory.setProperty(property, value);
		} catch (IllegalArgumentException unsupported) {
			// another StAX implementation: SUPPORT_DTD=false already refuses what this would restrict
		}
	}

	/**
	 * Reads one FICHE (the reader is on its start tag) up to its end tag. Children whose name
	 * {@code keep} refuses are skipped. When {@code number} is given and the record's NUMERO_FICHE
	 * is another, the rest of the record is skipped and null is returned.
	 */
	private XmlNode readRecord(XMLStreamReader reader, int line, java.util.function.Predicate<String> keep, String number)
			throws XMLStreamException, ImportException {
		XmlNode fiche = new XmlNode(RECORD, line);
		boolean selected = number == null;
		while (true) {
			int event = next(reader);
			if (event == XMLStreamConstants.END_ELEMENT) {
				return selected || number.equalsIgnoreCase(String.valueOf(fiche.text("NUMERO_FICHE"))) ? fiche : null;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String name = reader.getLocalName();
			if (!keep.test(name)) {
				skip(reader);
				continue;
			}
			XmlNode child = element(reader, 2);
			fiche.children.add(child);
			if (!selected && "NUMERO_FICHE".equals(name)) {
				if (!number.equalsIgnoreCase(String.valueOf(fiche.text("NUMERO_FICHE")))) {
					skip(reader);
					return null;
				}
				selected = true;
			}
		}
	}

	/** One element and what it holds (the reader is on its start tag, and ends on its end tag). */
	private XmlNode element(XMLStreamReader reader, int depth) throws XMLStreamException, ImportException {
		if (depth > MAX_DEPTH) {
			Location where = reader.getLocation();
			throw new ImportException(at(where) + "des éléments imbriqués sur plus de " + MAX_DEPTH + " niveaux : ce n'est pas "
					+ "la forme d'une fiche RNCP. Rien n'a été écrit.", line(where), column(where));
		}
		XmlNode node = new XmlNode(reader.getLocalName(), reader.getLocation().getLineNumber());
		while (true) {
			int event = next(reader);
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> node.children.add(element(reader, depth + 1));
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					append(node.text, reader);
				}
				case XMLStreamConstants.END_ELEMENT -> {
					return node;
				}
				default -> {
					// comments and processing instructions are not content
				}
			}
		}
	}

	/** The text of a simple element (the reader is on its start tag, and ends on its end tag). */
	private String boundedText(XMLStreamReader reader) throws XMLStreamException, ImportException {
		return element(reader, 1).text.toString();
	}

	private void append(StringBuilder text, XMLStreamReader reader) throws ImportException {
		if (text.length() + reader.getTextLength() > MAX_TEXT) {
			Location where = reader.getLocation();
			throw new ImportException(at(where) + "un texte de plus d'un million de caractères dans un seul élément : "
					+ "ce n'est pas la forme d'une fiche RNCP (fichier endommagé ?). Rien n'a été écrit.", line(where), column(where));
		}
		text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
	}

	/** Skips to the end tag of the element the reader is on (at its start tag, or inside it), keeping nothing. */
	private void skip(XMLStreamReader reader) throws XMLStreamException, ImportException {
		int depth = 1;
		while (depth > 0) {
			int event = next(reader);
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/** The next event; the end of the file inside an element is a truncated file. */
	private int next(XMLStreamReader reader) throws XMLStreamException, ImportException {
		if (!reader.hasNext()) {
			throw truncated(reader.getLocation());
		}
		int event = reader.next();
		if (event == XMLStreamConstants.END_DOCUMENT) {
			throw truncated(reader.getLocation());
		}
		if (event == XMLStreamConstants.ENTITY_REFERENCE) {
			Location where = reader.getLocation();
			throw new ImportException(at(where) + "l'entité « &" + reader.getLocalName() + "; » n'est pas acceptée : un export RNCP "
					+ "n'en contient pas. Rien n'a été écrit.", line(where), column(where));
		}
		return event;
	}

	private ImportException truncated(Location where) {
		return new ImportException(at(where) + "le fichier s'arrête au milieu d'une fiche : il est tronqué (téléchargement "
				+ "interrompu ?). Téléchargez l'export à nouveau. Rien n'a été écrit.", line(where), column(where));
	}

	private ImportException refusedDtd(Location where) {
		return new ImportException(at(where) + "le fichier déclare une DTD (<!DOCTYPE …>) : les DTD et les entités XML sont "
				+ "refusées, car elles peuvent faire lire d'autres fichiers ou épuiser la mémoire, et un export RNCP n'en a pas. "
				+ "Rien n'a été écrit.", line(where), column(where));
	}

	/** What the StAX parser found wrong, in French, at its line and column. */
	private ImportException malformed(XMLStreamException e) {
		Location where = e.getLocation();
		String detail = String.valueOf(e.getMessage());
		// The JDK words its messages in the default locale: the application runs in French (-nl fr),
		// the command line in the user's; the English and the French are both recognised.
		String lower = detail.toLowerCase(Locale.ROOT);
		String what;
		if (causedBy(e, CharConversionException.class) || lower.contains("byte") || lower.contains("octet")
				|| lower.contains("encoding") || lower.contains("utf-8 sequence")) {
			what = "le texte n'est pas dans l'encodage que le fichier déclare (un export RNCP est en UTF-8) : le fichier a sans doute "
					+ "été réenregistré dans un autre encodage (Windows-1252, ISO-8859-1). Réenregistrez-le en UTF-8, ou téléchargez "
					+ "l'export à nouveau.";
		} else if (lower.contains("premature end") || lower.contains("must start and end within the same entity")
				|| lower.contains("end of file") || lower.contains("unexpected eof")
				|| lower.contains("fin prématurée") || lower.contains("se terminer dans la même entité")) {
			what = "le fichier s'arrête avant la fin du XML : il est tronqué (téléchargement interrompu ?). Téléchargez l'export à nouveau.";
		} else if (lower.contains("doctype") || lower.contains("dtd") || lower.contains("entit")) {
			what = "les DTD et les entités XML sont refusées (un export RNCP n'en a pas).";
		} else if (lower.contains("content is not allowed in prolog") || lower.contains("prolog")) {
			what = "ce n'est pas un fichier XML (un export RNCP commence par <?xml … ?> puis <FICHES>).";
		} else {
			what = "le XML est mal formé (" + firstLine(detail) + ").";
		}
		return new ImportException(at(where) + what + " Rien n'a été écrit.", line(where), column(where));
	}

	private static String firstLine(String detail) {
		// The JDK's message starts with « ParseError at [row,col]:[l,c]\nMessage: … »: its message only.
		int message = detail.indexOf("Message: ");
		String text = message >= 0 ? detail.substring(message + "Message: ".length()) : detail;
		return text.lines().findFirst().orElse(text).strip();
	}

	private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (kind.isInstance(t)) {
				return true;
			}
			if (t instanceof XMLStreamException x && x.getNestedException() != null && kind.isInstance(x.getNestedException())) {
				return true;
			}
		}
		return false;
	}

	private String at(Location where) {
		if (where == null || where.getLineNumber() < 1) {
			return "« " + fileName + " » : ";
		}
		return "« " + fileName + " », ligne " + where.getLineNumber() + ", colonne " + Math.max(1, where.getColumnNumber()) + " : ";
	}

	private static int line(Location where) {
		return where == null ? 0 : Math.max(0, where.getLineNumber());
	}

	private static int column(Location where) {
		return where == null ? 0 : Math.max(0, where.getColumnNumber());
	}
}
