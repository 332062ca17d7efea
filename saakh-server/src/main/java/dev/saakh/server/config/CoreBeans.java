package dev.saakh.server.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.server.api.BodyLimitFilter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The server's shared pieces: the clock decisions are made by, the one JSON mapping of Saakh's
 * records (core's, Jackson 2) for every API body, and the request-body limit.
 */
@Configuration
public class CoreBeans implements WebMvcConfigurer {
  /**
   * The system clock in India's zone, or a fixed instant when {@code saakh.as-of} is set (tests,
   * replays).
   */
  @Bean
  Clock clock(@Value("${saakh.as-of:}") String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return Clock.system(Underwriting.IST);
    }
    return Clock.fixed(Instant.parse(asOf.trim()), Underwriting.IST);
  }

  @Bean
  FilterRegistrationBean<BodyLimitFilter> bodyLimit(@Value("${saakh.max-body-bytes}") long max) {
    FilterRegistrationBean<BodyLimitFilter> r =
        new FilterRegistrationBean<>(new BodyLimitFilter(max));
    r.setOrder(Ordered.HIGHEST_PRECEDENCE);
    r.addUrlPatterns("/*");
    return r;
  }

  /**
   * API bodies use core's mapping: snake_case, ISO dates, exact decimals, unknown fields refused.
   */
  @Override
  @SuppressWarnings("deprecation") // Jackson 2's converter: the one line Saakh's records are on
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    ObjectMapper mapper = LakeJson.mapper().copy();
    mapper.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
    // Before the first JSON converter (Boot's Jackson 3 one), after the byte[] and String ones, so
    // stored decision bytes are served as they are.
    int at = 0;
    while (at < converters.size() && !converters.get(at).getClass().getName().contains("Json")) {
      at++;
    }
    converters.add(at, new MappingJackson2HttpMessageConverter(mapper));
  }
}
