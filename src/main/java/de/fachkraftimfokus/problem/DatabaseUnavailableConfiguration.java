package de.fachkraftimfokus.problem;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link DatabaseUnavailableFilter} in front of every other filter, on every path. */
@Configuration
class DatabaseUnavailableConfiguration {

  @Bean
  FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
    var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setName("databaseUnavailableFilter");
    return registration;
  }
}
