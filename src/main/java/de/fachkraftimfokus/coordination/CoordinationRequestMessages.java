package de.fachkraftimfokus.coordination;

import de.fachkraftimfokus.contract.MessageContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The messages other systems may send to a coordination request (contract in {@link CoordinationRequestProcess}). */
@Configuration(proxyBeanMethods = false)
class CoordinationRequestMessages {

  @Bean
  MessageContract jourFixeDecisionMessage() {
    return CoordinationRequestProcess.JOUR_FIXE_DECISION_CONTRACT;
  }
}
