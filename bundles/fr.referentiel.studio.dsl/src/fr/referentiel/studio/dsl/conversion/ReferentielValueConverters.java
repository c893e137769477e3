/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

/** Value converters of the .referentiel terminals: prose lines and list entries. */
public class ReferentielValueConverters extends DefaultTerminalConverters {

	private final IValueConverter<String> paragraph = new LineTerminalConverter('|', "Un paragraphe");
	private final IValueConverter<String> bullet = new LineTerminalConverter('-', "Une entrée de liste");

	@ValueConverter(rule = "PARAGRAPH")
	public IValueConverter<String> PARAGRAPH() {
		return paragraph;
	}

	@ValueConverter(rule = "BULLET")
	public IValueConverter<String> BULLET() {
		return bullet;
	}
}
