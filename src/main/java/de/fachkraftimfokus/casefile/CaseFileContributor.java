package de.fachkraftimfokus.casefile;

import java.util.List;
import java.util.Map;

/**
 * A process's part of the case file („Fallakte“, {@code /fallakte/{Geschäftszeichen}}): the page
 * is shared, the sections come from the process that owns the business key. One bean per process
 * that has a case file (advisory case, referral, coordination request).
 */
public interface CaseFileContributor {

  /** The process key whose instances this contributor describes. */
  String processKey();

  /** The page's heading, e.g. „Beratungsfall“. */
  String title();

  /**
   * Whether this reader may see the contact persons' data of the case (name, e-mail, phone) and the
   * mails' recipients. Administration always may.
   */
  boolean personalData(Map<String, Object> variables, List<String> readerGroups);

  /**
   * Readers who may open the case file without a right on the process instance (e.g. the activity
   * register, transparent to every partner). None by default.
   */
  default boolean readableWithoutInstanceRight(List<String> readerGroups) {
    return false;
  }

  /** The sections of the page, in order. */
  List<CaseFile.Section> sections(CaseFileSource source);
}
