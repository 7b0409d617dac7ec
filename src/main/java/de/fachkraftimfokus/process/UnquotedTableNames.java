package de.fachkraftimfokus.process;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

/**
 * Spring Data JDBC writes the table and column names of the platform's entities ({@code @Table("jf_meeting")})
 * without quotes, as the Flyway migrations create them. Quoted, the same name would have to be spelt
 * {@code JF_MEETING} on H2 and {@code jf_meeting} on PostgreSQL, which fold unquoted names to opposite cases.
 */
@Configuration(proxyBeanMethods = false)
class UnquotedTableNames {

  @Bean
  static BeanPostProcessor unquotedJdbcNames() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JdbcMappingContext context) {
          context.setForceQuote(false);
        }
        return bean;
      }
    };
  }
}
