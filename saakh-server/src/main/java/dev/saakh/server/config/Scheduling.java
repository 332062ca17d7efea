package dev.saakh.server.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work: periodic AA fetches and retention. */
@Configuration
@EnableScheduling
public class Scheduling {}
