package de.fachkraftimfokus.advisorycase;

import de.fachkraftimfokus.contract.MessageContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The messages other systems may send to an advisory case (contract in {@link AdvisoryCaseProcess}). */
@Configuration(proxyBeanMethods = false)
class AdvisoryCaseMessages {

  @Bean
  MessageContract companyWithdrewMessage() {
    return AdvisoryCaseProcess.COMPANY_WITHDREW_CONTRACT;
  }
}
