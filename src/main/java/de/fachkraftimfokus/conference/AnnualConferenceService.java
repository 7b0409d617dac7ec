package de.fachkraftimfokus.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What other processes may ask about the annual conferences: the evaluations for the Jour fixe's
 * monitoring report (agreement 1.3 and 2.2).
 */
@Service
public class AnnualConferenceService {

  /**
   * A conference evaluated in a period.
   *
   * @param leadPartner group id of the lead partner
   * @param registrations registrations recorded (by the lead partner or a registration system)
   * @param registeredParticipants participants registered
   * @param participants participants counted at the evaluation
   * @param companies companies that took part
   * @param followUps follow-ups put onto the Jour fixe's agenda
   * @param invitationResult the result of the invitation's public activity, in German
   */
  public record ConferenceEvaluation(String businessKey, int year, String leadPartner, LocalDate date, String motto,
      long registrations, long registeredParticipants, int participants, int companies, String feedbackSummary,
      int followUps, String invitationResult) {}

  private final ConferenceRegister register;

  AnnualConferenceService(ConferenceRegister register) {
    this.register = register;
  }

  /** The conferences evaluated from {@code from} (inclusive) to {@code to} (exclusive). */
  public List<ConferenceEvaluation> evaluatedBetween(Instant from, Instant to) {
    return register.evaluatedBetween(from, to).stream().map(conference -> {
      ConferenceRegister.Totals totals = register.totals(conference.businessKey());
      return new ConferenceEvaluation(conference.businessKey(), conference.year(), conference.leadPartner(),
          conference.date(), conference.motto(), totals.registrations(), totals.participants(),
          conference.participants() == null ? 0 : conference.participants(),
          conference.companies() == null ? 0 : conference.companies(), conference.feedbackSummary(),
          register.followUpCount(conference.businessKey()),
          conference.invitationState() == null ? "–" : conference.invitationState());
    }).toList();
  }
}
