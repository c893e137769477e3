/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.caseframework;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs, version 5 (RFC 9562, SHA-1), so that the same element of the same
 * referential always gets the same CASE identifier: a platform that imports the export again
 * updates the items it has instead of adding copies.
 */
public final class NameBasedIds {

	/** The RFC's namespace for URLs. */
	private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

	/**
	 * The namespace of every identifier the CASE export makes: the version 5 UUID of the URL of the
	 * language's metamodel in the URL namespace (never to change: it would change every identifier).
	 */
	public static final UUID NAMESPACE = of(URL_NAMESPACE, "http://www.referentiel-studio.org/referentiel/1.0");

	private NameBasedIds() {
	}

	/** The version 5 UUID of {@code name} in {@link #NAMESPACE}, in lower case. */
	public static String of(String name) {
		return of(NAMESPACE, name).toString();
	}

	public static UUID of(UUID namespace, String name) {
		MessageDigest sha1;
		try {
			sha1 = MessageDigest.getInstance("SHA-1");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-1", e);
		}
		ByteBuffer ns = ByteBuffer.allocate(16);
		ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
		sha1.update(ns.array());
		byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
		hash[6] = (byte) (hash[6] & 0x0f | 0x50); // version 5
		hash[8] = (byte) (hash[8] & 0x3f | 0x80); // variant of RFC 9562
		ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
		return new UUID(bits.getLong(), bits.getLong());
	}
}
