/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.lang.reflect.Field;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.apache.logging.log4j.util.ProviderUtil;

/**
 * Log4j's API, which Apache POI and PDFBox log through, given its simple logger before they use it.
 * Under OSGi with no Log4j back end, its bundle activator takes the provider lock when the bundle
 * starts and keeps it until a back end appears, that is forever: the first log call of another
 * thread (an export run from the editor) would then wait for ever. With a provider set, the API
 * never takes that lock. Outside OSGi this only does early what the API would do itself.
 */
public final class LibraryLogging {

	private static volatile boolean settled;

	private LibraryLogging() {
	}

	/** Before the first use of a library that logs through Log4j's API; harmless when it is absent. */
	public static void settle() {
		if (settled) {
			return;
		}
		synchronized (LibraryLogging.class) {
			try {
				Field provider = ProviderUtil.class.getDeclaredField("PROVIDER");
				provider.setAccessible(true);
				if (provider.get(null) == null) {
					provider.set(null, new Provider(10, "2.6.0", SimpleLoggerContextFactory.class));
				}
			} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
				// Another Log4j than the one pinned, or none: the libraries log as Log4j decides.
			}
			settled = true;
		}
	}
}
