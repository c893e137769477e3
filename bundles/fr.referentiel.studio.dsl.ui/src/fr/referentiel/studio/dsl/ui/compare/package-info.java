/** The comparison of two versions of a referential in the platform's Compare editor. */
package fr.referentiel.studio.dsl.ui.compare;
