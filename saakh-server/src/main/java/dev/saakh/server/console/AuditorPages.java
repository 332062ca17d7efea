package dev.saakh.server.console;

import dev.saakh.server.api.ApiException;
import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.audit.AuditVerifier;
import dev.saakh.server.retention.Receipt;
import dev.saakh.server.retention.RetentionJob;
import dev.saakh.server.retention.RetentionReport;
import dev.saakh.server.retention.RetentionRules;
import dev.saakh.server.retention.Rule;
import dev.saakh.server.security.Caller;
import dev.saakh.server.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The auditor's pages: the audit log (newest first, filtered, paged) with a check of the hash
 * chain, and the retention report; an ADMIN also runs retention from there. Each read and run is
 * audited as the REST API audits it.
 */
@Controller
class AuditorPages {
  /** Audit rows a page. */
  static final int PAGE = 100;

  /** The retention report's longest look ahead, in days, and its default. */
  static final int MAX_DAYS = 365;

  static final int DEFAULT_DAYS = 30;

  private final AuditorLog log;
  private final AuditVerifier verifier;
  private final AuditLog audit;
  private final RetentionJob retention;
  private final Clock clock;

  AuditorPages(
      AuditorLog log, AuditVerifier verifier, AuditLog audit, RetentionJob retention, Clock clock) {
    this.log = log;
    this.verifier = verifier;
    this.audit = audit;
    this.retention = retention;
    this.clock = clock;
  }

  @GetMapping("/console/audit")
  String audit(
      @RequestParam(required = false) String customer,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String before,
      @RequestParam(required = false) String after,
      Model model) {
    AuditorLog.Filter f;
    try {
      f = new AuditorLog.Filter(customer, actor, action, outcome);
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      f = new AuditorLog.Filter(null, null, null, null);
    }
    model.addAttribute("f", f);
    AuditorLog.Page page = log.page(f, seq(before, "before"), seq(after, "after"), PAGE);
    String filters = f.describe();
    audit.record(
        AuditEntry.of(Caller.current(), f.customer().isEmpty() ? null : f.customer(), "audit.read")
            .detail(
                page.rows().size() + " rows" + (filters.isEmpty() ? "" : " (" + filters + ")")));
    model.addAttribute("page", page);
    return "console/audit";
  }

  @PostMapping("/console/audit/verify")
  String verify(RedirectAttributes redirect) {
    AuditVerifier.Report r = verifier.verify();
    audit.record(
        AuditEntry.of(Caller.current(), null, "audit.verify")
            .detail(r.intact() ? "intact, " + r.rows() + " rows" : r.problem()));
    redirect.addFlashAttribute("report", r);
    return "redirect:/console/audit";
  }

  @GetMapping("/console/retention")
  String retention(@RequestParam(required = false) String days, Model model) {
    int d = DEFAULT_DAYS;
    try {
      d = days(days);
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
    }
    RetentionReport r = retention.report(clock.instant(), Duration.ofDays(d));
    audit.record(
        AuditEntry.of(Caller.current(), null, "retention.report")
            .detail(
                r.dueNow().size() + " due now, " + r.dueSoon().size() + " within " + d + " days"));
    model.addAttribute("days", d);
    model.addAttribute("report", r);
    model.addAttribute("rules", rules(retention.rules()));
    model.addAttribute("asOf", utc(r.asOf()));
    model.addAttribute("until", utc(r.until()));
    model.addAttribute("admin", Caller.current().role() == Role.ADMIN);
    return "console/retention";
  }

  /** An erasure run (ADMIN only; an AUDITOR's attempt is audited as denied), then its receipts. */
  @PostMapping("/console/retention/run")
  String run(RedirectAttributes redirect) {
    Caller who = Caller.current();
    if (who.role() != Role.ADMIN) {
      audit.record(
          AuditEntry.of(who, null, "retention.run").denied("role " + who.roleName() + " may not"));
      throw ApiException.forbidden("admin-only", "only an ADMIN may run retention");
    }
    Instant now = clock.instant();
    List<Receipt> receipts = retention.run(now);
    audit.record(AuditEntry.of(who, null, "retention.run").detail(receipts.size() + " erasures"));
    redirect.addFlashAttribute("receipts", receipts);
    redirect.addFlashAttribute("ranAt", utc(now));
    return "redirect:/console/retention";
  }

  /** One rule in force, as the page lists it. */
  record RuleRow(String rule, String deletes, String when) {}

  static List<RuleRow> rules(RetentionRules r) {
    return List.of(
        new RuleRow(
            Rule.RAW_AFTER_CLEAN.label(),
            "raw FI data (the clean records are kept)",
            r.rawAfterClean() ? "once the customer is cleaned" : "off"),
        new RuleRow(
            Rule.APPROVED.label(),
            "everything about the customer",
            span(r.approved()) + " after the latest decision, when it is APPROVE"),
        new RuleRow(
            Rule.REJECTED.label(),
            "everything about the customer",
            span(r.rejected()) + " after the latest decision, when it is anything but APPROVE"),
        new RuleRow(
            Rule.CONSENT_REVOKED.label(),
            "everything about the customer",
            span(r.revoked()) + " after consent is withdrawn (no other ACTIVE consent)"),
        new RuleRow(
            Rule.DATA_LIFE.label(),
            "everything about the customer",
            "when the DataLife of the consent the data was fetched under has passed (calendar"
                + " units counted in "
                + r.zone()
                + ")"));
  }

  /**
   * A duration in the largest whole unit: "90 days", "24 hours", "90 minutes" (a single day is
   * written in hours, as it is usually configured: {@code PT24H}).
   */
  static String span(Duration d) {
    if (d.toDays() > 1 && d.minusDays(d.toDays()).isZero()) {
      return d.toDays() + (d.toDays() == 1 ? " day" : " days");
    }
    if (!d.isZero() && d.minusHours(d.toHours()).isZero()) {
      return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
    }
    if (d.minusMinutes(d.toMinutes()).isZero()) {
      return d.toMinutes() + (d.toMinutes() == 1 ? " minute" : " minutes");
    }
    return d.toString();
  }

  /**
   * A refusal on these pages is the console's refusal page (handled here: the API's problem advice
   * would otherwise answer a browser with JSON).
   */
  @ExceptionHandler(ApiException.class)
  ModelAndView refused(ApiException e) {
    return refusal(e.status(), e.code(), e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ModelAndView bad(IllegalArgumentException e) {
    return refusal(HttpStatus.BAD_REQUEST, "bad-request", e.getMessage());
  }

  static ModelAndView refusal(HttpStatus status, String code, String message) {
    ModelAndView page = new ModelAndView("console/refused");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject("code", code);
    page.addObject("message", message);
    page.addObject("who", Caller.current());
    return page;
  }

  /** The time as the page's {@code @fmt.when} takes it. */
  static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  static int days(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_DAYS;
    }
    try {
      int d = Integer.parseInt(text.trim());
      if (d >= 0 && d <= MAX_DAYS) {
        return d;
      }
    } catch (NumberFormatException e) {
      // refused below, with the text as given
    }
    throw new IllegalArgumentException(
        "days must be a whole number from 0 to " + MAX_DAYS + ", not '" + text.trim() + "'");
  }

  private static Long seq(String text, String name) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be an audit sequence number, not '" + text.trim() + "'", e);
    }
  }
}
