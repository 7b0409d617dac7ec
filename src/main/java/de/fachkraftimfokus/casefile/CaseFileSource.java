package de.fachkraftimfokus.casefile;

import java.util.List;
import java.util.Map;

/**
 * What a contributor reads to describe one case: its process instance (running or ended), the
 * latest values of its variables (read by the platform, after the reader's right on the case was
 * checked) and whether this reader may see the case's personal data.
 *
 * @param personalData the reader's role needs the contact person's data (e.g. the case's Regiocoaches)
 * @param readerGroups the reader's groups
 */
public record CaseFileSource(String businessKey, String processInstanceId, String processDefinitionKey,
    boolean ended, Map<String, Object> variables, boolean personalData, List<String> readerGroups) {}
