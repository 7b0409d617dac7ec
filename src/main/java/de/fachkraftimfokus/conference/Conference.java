package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.ConferenceFormat;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ConferenceState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One year's conference as {@code fv_conference} keeps it. Fields of the planning are null until
 * <i>Federführung und Termin festlegen</i> is completed, those of the evaluation until it is done.
 */
record Conference(String businessKey, int year, String startedBy, String proposedLead, String leadPartner,
    String leadOverrideReason, LocalDate date, ConferenceFormat format, String venue, String motto, String topics,
    Long budgetFrame, LocalDate registrationDeadline, LocalDate contributionDue, ConferenceState state,
    String invitationRef, String invitationState, Integer participants, Integer companies, String feedbackSummary,
    Instant evaluatedAt) {}
