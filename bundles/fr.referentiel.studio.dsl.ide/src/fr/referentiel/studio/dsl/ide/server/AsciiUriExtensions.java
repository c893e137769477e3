/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.server;

import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.UriExtensions;

/**
 * The URIs the server sends, with every non-ASCII character percent-encoded as clients send them
 * (VS Code, Neovim, lsp4j: {@code r%C3%A9f%C3%A9rentiel%20%C3%A9t%C3%A9.referentiel}). Xtext writes
 * the accents raw, so a client that compares URIs as strings never saw the problems of a file
 * named « référentiel été.referentiel », the names French designers give their files.
 */
public class AsciiUriExtensions extends UriExtensions {

	@Override
	public String toUriString(URI uri) {
		return ascii(super.toUriString(uri));
	}

	@Override
	public String toUriString(java.net.URI uri) {
		return ascii(super.toUriString(uri));
	}

	private static String ascii(String uri) {
		if (uri == null || uri.chars().allMatch(c -> c < 0x80)) {
			return uri;
		}
		StringBuilder encoded = new StringBuilder(uri.length() + 16);
		uri.codePoints().forEach(c -> {
			if (c < 0x80) {
				encoded.append((char) c);
			} else {
				for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
					encoded.append('%').append(String.format("%02X", b & 0xFF));
				}
			}
		});
		return encoded.toString();
	}
}
