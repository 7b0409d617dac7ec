package de.fachkraftimfokus.monitoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The schedule that refreshes the database-counted figures ({@link EngineGauges}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MonitoringConfiguration {}
