package dev.saakh.server.security;

import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what: bearer tokens for systems, form login (session cookie, CSRF on) for people.
 * Unauthenticated API calls get 401 and calls with the wrong role 403, both as problem+json; a
 * refused call is audited.
 */
@Configuration
@ConditionalOnWebApplication
public class SecurityConfig {
  /**
   * The console's pages load scripts, styles and images from this server only: no inline script, no
   * CDN, no framing (htmx and Chart.js come from WebJars).
   */
  static final String CONSOLE_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder(12);
  }

  @Bean
  TokenFilter tokenFilter(Tokens tokens) {
    return new TokenFilter(tokens);
  }

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http, TokenFilter tokens, AuditLog audit)
      throws Exception {
    RequestMatcher api = r -> r.getRequestURI().startsWith(r.getContextPath() + "/api/");
    // CSRF guards cookie sessions; a call carrying its own token, or no session at all, has no
    // ambient authority a forged page could borrow.
    RequestMatcher noCookieAuthority =
        r -> api.matches(r) && (r.getHeader("Authorization") != null || !hasSession(r));
    // The AA's calls (and the simulator's, standing in for the AA and the customer's AA app) carry
    // their own authority: a detached JWS on every body, checked by the routes themselves.
    RequestMatcher aaProtocol =
        r -> {
          String path = r.getRequestURI().substring(r.getContextPath().length());
          return path.startsWith("/aa/fiu/") || path.startsWith("/sim/");
        };
    RequestMatcher pages = r -> !api.matches(r) && !aaProtocol.matches(r);
    http.authorizeHttpRequests(SecurityConfig::rules)
        .addFilterBefore(tokens, UsernamePasswordAuthenticationFilter.class)
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/console", false).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?signed-out").permitAll())
        .headers(
            h ->
                h.addHeaderWriter(
                    new DelegatingRequestMatcherHeaderWriter(
                        r -> pages.matches(r) && !r.getRequestURI().contains("/swagger-ui"),
                        new ContentSecurityPolicyHeaderWriter(CONSOLE_CSP))))
        .csrf(c -> c.ignoringRequestMatchers(noCookieAuthority, aaProtocol))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                        (req, res, ex) ->
                            SecurityProblems.write(
                                res,
                                401,
                                "unauthenticated",
                                "sign in, or send 'Authorization: Bearer <token>'"),
                        api)
                    .defaultAccessDeniedHandlerFor(
                        (req, res, ex) -> denied(audit, req, res, ex), api)
                    .defaultAccessDeniedHandlerFor(
                        (req, res, ex) -> deniedPage(audit, req, res, ex), pages));
    return http.build();
  }

  /** A console page refused: audited like an API call, answered with the console's 403 page. */
  private static void deniedPage(
      AuditLog audit, HttpServletRequest req, HttpServletResponse res, Exception ex)
      throws IOException {
    if (ex instanceof CsrfException) {
      res.sendError(403, "the form has expired (missing or invalid CSRF token); reload the page");
      return;
    }
    Caller who = Caller.current();
    audit.record(
        AuditEntry.of(who, customerOf(req), req.getMethod() + " " + req.getRequestURI())
            .denied("role " + who.roleName() + " may not do this"));
    res.sendError(403, "role " + who.roleName() + " may not open " + req.getRequestURI());
  }

  private static void denied(
      AuditLog audit, HttpServletRequest req, HttpServletResponse res, Exception ex)
      throws IOException {
    if (ex instanceof CsrfException) {
      SecurityProblems.write(
          res,
          403,
          "csrf",
          "missing or invalid CSRF token (send the X-XSRF-TOKEN header of"
              + " the session, or use a bearer token)");
      return;
    }
    Caller who = Caller.current();
    audit.record(
        AuditEntry.of(who, null, req.getMethod() + " " + req.getRequestURI())
            .denied("role " + who.roleName() + " may not do this"));
    SecurityProblems.write(
        res,
        403,
        "forbidden",
        "role " + who.roleName() + " may not " + req.getMethod() + " " + req.getRequestURI());
  }

  private static void rules(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
    a.requestMatchers(
            "/actuator/health",
            "/actuator/health/**",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/swagger-ui/**",
            "/swagger-ui.html",
            "/login",
            "/error",
            "/webjars/**",
            "/console/assets/**",
            "/favicon.ico",
            "/aa/fiu/**",
            "/sim/**")
        .permitAll()
        .requestMatchers("/api/v1/audit/**")
        .hasRole(Role.AUDITOR.name())
        .requestMatchers("/api/v1/admin/**")
        .hasRole(Role.ADMIN.name())
        .requestMatchers(HttpMethod.GET, "/api/v1/policy", "/api/v1/policy/**")
        .authenticated()
        .requestMatchers(HttpMethod.GET, "/api/v1/stats", "/api/stats", "/api/v1/me")
        .authenticated()
        .requestMatchers("/api/v1/retention", "/api/v1/retention/**")
        .hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
        .requestMatchers("/api/**")
        .hasRole(Role.UNDERWRITER.name())
        .requestMatchers("/console/audit", "/console/audit/**")
        .hasRole(Role.AUDITOR.name())
        .requestMatchers("/console/retention", "/console/retention/**")
        .hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
        .requestMatchers("/console/admin", "/console/admin/**")
        .hasRole(Role.ADMIN.name())
        .requestMatchers(
            "/console/customers/**", "/console/cases/**", "/console/runs/**", "/console/reviews/**")
        .hasRole(Role.UNDERWRITER.name())
        .anyRequest()
        .authenticated();
  }

  /** The customer a refused console page names ({@code /console/customers/<id>/…}), if any. */
  static String customerOf(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    java.util.regex.Matcher m = CUSTOMER_PAGE.matcher(path);
    return m.lookingAt() ? m.group(1) : null;
  }

  private static final java.util.regex.Pattern CUSTOMER_PAGE =
      java.util.regex.Pattern.compile("/console/customers/(CUST_(?:MSM|CON)_[0-9]{5})(?:/|$)");

  private static boolean hasSession(HttpServletRequest r) {
    return r.getSession(false) != null;
  }
}
