package de.fachkraftimfokus.process;

/** One option of a form's select or checklist whose options come from a variable ({@code valuesKey}). */
public record Option(String label, String value) {}
