package de.fachkraftimfokus.contract;

import java.util.regex.Pattern;

/**
 * What a client may send with a message it correlates through the engine REST API
 * ({@code POST /message}): the message's name, the business key it is correlated by, and the
 * process variables it may carry — in the terms of a form. Messages without a contract (those the
 * platform sends itself) are refused from outside. Declared as beans by the process that receives
 * the message; who may send it is the engine's authorization on the receiving instance.
 */
public record MessageContract(String messageName, Pattern businessKey, FormContract variables) {}
