package de.fachkraftimfokus.security;

import jakarta.servlet.DispatcherType;
import de.fachkraftimfokus.contract.WriteContracts;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Guards of the HTTP surface. Order matters: size cap first, then the per-address login throttle,
 * the closed setup endpoint, authentication, the write contract of the engine API (which needs the
 * caller), the web apps' application check, and the check of queries for expressions (which needs
 * no user, but must also run for the web apps' own API under {@code /camunda/api}).
 */
@Configuration
class RestSecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest/*";
  static final String WEBAPP_API = "/camunda/api/*";
  static final String WEBAPP_ENGINE_API = "/camunda/api/engine/*";
  static final String PLATFORM_API = "/api/*";

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(SecurityProperties properties) {
    var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.maxRequestBytes()));
    registration.addUrlPatterns(ENGINE_REST, WEBAPP_API, PLATFORM_API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<LoginThrottle> loginThrottle(SecurityProperties properties) {
    var registration = new FilterRegistrationBean<>(new LoginThrottle(properties.loginFailuresPerAddress(),
        properties.loginFailureWindow()));
    registration.addUrlPatterns(ENGINE_REST, WEBAPP_API, PLATFORM_API, "/actuator/*",
        StaffPageAuthenticationFilter.PATTERN, StaffPageAuthenticationFilter.CASE_FILES);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<UnknownEngineFilter> unknownEngineFilter() {
    var registration = new FilterRegistrationBean<>(new UnknownEngineFilter());
    registration.addUrlPatterns(ENGINE_REST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdminSetupBlockingFilter> adminSetupBlockingFilter() {
    var registration = new FilterRegistrationBean<>(new AdminSetupBlockingFilter());
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns(ENGINE_REST);
    registration.addInitParameter("authentication-provider", ProblemBasicAuthenticationProvider.class.getName());
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<MonitoringAccessFilter> monitoringAccessFilter(IdentityService identityService) {
    var registration = new FilterRegistrationBean<>(new MonitoringAccessFilter(identityService));
    registration.addUrlPatterns("/actuator/prometheus", "/actuator/prometheus/*", "/actuator/metrics",
        "/actuator/metrics/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The platform's own API (contact register, case intake, activity register, reports). */
  @Bean
  FilterRegistrationBean<HealthDetailsFilter> healthDetailsFilter(IdentityService identityService) {
    var registration = new FilterRegistrationBean<>(new HealthDetailsFilter(identityService));
    registration.addUrlPatterns("/actuator/health", "/actuator/health/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<PlatformApiAuthenticationFilter> platformApiAuthenticationFilter(
      IdentityService identityService) {
    var registration = new FilterRegistrationBean<>(new PlatformApiAuthenticationFilter(identityService));
    registration.addUrlPatterns(PLATFORM_API);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The platform's HTML pages for staff (calendar of public activities): Tasklist session or HTTP Basic. */
  @Bean
  FilterRegistrationBean<StaffPageAuthenticationFilter> staffPageAuthenticationFilter(IdentityService identityService) {
    var registration = new FilterRegistrationBean<>(new StaffPageAuthenticationFilter(identityService));
    registration.addUrlPatterns(StaffPageAuthenticationFilter.PATTERN, StaffPageAuthenticationFilter.CASE_FILES);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The write contract of the engine's HTTP surface (after authentication: it needs the caller). */
  @Bean
  FilterRegistrationBean<EngineApiGuard> engineApiGuard(WriteContracts contracts, IdentityService identityService,
      AuthorizationService authorizationService) {
    var registration = new FilterRegistrationBean<>(new EngineApiGuard(contracts, identityService, authorizationService));
    registration.addUrlPatterns(ENGINE_REST, WEBAPP_ENGINE_API);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappPluginGuard> webappPluginGuard() {
    var registration = new FilterRegistrationBean<>(new WebappPluginGuard());
    registration.addUrlPatterns(WEBAPP_API);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 26);
    return registration;
  }

  @Bean
  FilterRegistrationBean<QueryExpressionGuardFilter> queryExpressionGuardFilter(SecurityProperties properties) {
    var registration = new FilterRegistrationBean<>(new QueryExpressionGuardFilter(properties.maxResults()));
    registration.addUrlPatterns(ENGINE_REST, WEBAPP_API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
