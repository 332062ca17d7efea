package dev.saakh.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.decide.Decider;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.security.Caller;
import dev.saakh.server.store.DecisionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One customer in the console: the header, the pipeline with live logs, and a tab per kind of
 * evidence. Every read goes through {@link CustomerService} (consent gate, audit); a customer is
 * shown only to an underwriter who opened it with a stated purpose.
 */
@Controller
class CustomerPages {
  /** The tabs, in the order the page shows them. */
  enum Tab {
    PIPELINE("Pipeline"),
    OVERVIEW("Overview"),
    BANKING("Banking"),
    TRANSACTIONS("Transactions"),
    GST("GST & fraud"),
    BUREAU("Bureau"),
    INSURANCE("Insurance"),
    FUNDS("Mutual funds"),
    OCEN("OCEN"),
    ONDC("ONDC"),
    DECISION("Decision");

    private final String label;

    Tab(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Tab parse(String key) {
      try {
        return valueOf(key.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiException.notFound("no-such-tab", "there is no tab '" + key + "'");
      }
    }
  }

  private final Cases cases;
  private final Header header;
  private final CustomerService customers;
  private final PipelineRuns runs;
  private final Explorer explorer;
  private final DecisionView decisionView;

  CustomerPages(
      Cases cases,
      Header header,
      CustomerService customers,
      PipelineRuns runs,
      Explorer explorer,
      DecisionView decisionView) {
    this.cases = cases;
    this.header = header;
    this.customers = customers;
    this.runs = runs;
    this.explorer = explorer;
    this.decisionView = decisionView;
  }

  @GetMapping("/console/customers/{customerId}")
  String page(
      @PathVariable String customerId,
      @RequestParam(defaultValue = "") String tab,
      @RequestParam Map<String, String> query,
      Model model,
      RedirectAttributes redirect) {
    Caller who = Caller.current();
    String id = CustomerService.requireId(customerId);
    if (cases.find(who, id).isEmpty()) {
      redirect.addFlashAttribute("error", "State a purpose to open " + id + ".");
      redirect.addAttribute("customer", id);
      return "redirect:/console";
    }
    Header.View h = header.of(who, id);
    Tab t = tab.isBlank() ? (h.analysedAt() == null ? Tab.PIPELINE : Tab.OVERVIEW) : Tab.parse(tab);
    model.addAttribute("case", cases.find(who, id).orElseThrow());
    model.addAttribute("h", h);
    model.addAttribute("tabs", Tab.values());
    model.addAttribute("tab", t);
    fill(who, id, t, query, model);
    return "console/customer";
  }

  @GetMapping("/console/customers/{customerId}/tab/{tab}")
  String tab(
      @PathVariable String customerId,
      @PathVariable String tab,
      @RequestParam Map<String, String> query,
      Model model) {
    Caller who = Caller.current();
    String id = CustomerService.requireId(customerId);
    requireCase(who, id);
    Tab t = Tab.parse(tab);
    model.addAttribute("h", header.of(who, id));
    model.addAttribute("tabs", Tab.values());
    model.addAttribute("tab", t);
    fill(who, id, t, query, model);
    return "console/customer :: tabbed";
  }

  @GetMapping("/console/customers/{customerId}/header")
  String header(@PathVariable String customerId, Model model) {
    Caller who = Caller.current();
    String id = CustomerService.requireId(customerId);
    requireCase(who, id);
    model.addAttribute("h", header.of(who, id));
    model.addAttribute("case", cases.find(who, id).orElseThrow());
    return "console/customer :: customer-header";
  }

  @PostMapping("/console/customers/{customerId}/run/{step}")
  String run(
      @PathVariable String customerId,
      @PathVariable String step,
      @RequestParam(required = false) BigDecimal amount,
      @RequestParam(name = "tenure_months", required = false) Integer tenure,
      Model model) {
    Caller who = Caller.current();
    String id = CustomerService.requireId(customerId);
    requireCase(who, id);
    PipelineRuns.Step s;
    try {
      s = PipelineRuns.Step.valueOf(step.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound("no-such-step", "there is no pipeline step '" + step + "'");
    }
    Decider.Request request =
        dev.saakh.server.api.CustomerApi.request(
            new dev.saakh.server.api.CustomerApi.DecisionRequest(amount, tenure));
    model.addAttribute("run", runs.start(who, id, s, request));
    return "console/tabs/pipeline :: run";
  }

  @GetMapping(path = "/console/runs/{runId}/events", produces = "text/event-stream")
  SseEmitter events(@PathVariable String runId) {
    PipelineRuns.Run run =
        runs.find(Caller.current(), runId)
            .orElseThrow(
                () -> ApiException.notFound("no-such-run", "no run " + runId + " of yours"));
    return runs.follow(run);
  }

  private void requireCase(Caller who, String id) {
    if (cases.find(who, id).isEmpty()) {
      throw ApiException.forbidden(
          "no-case", "open " + id + " from the work queue with a stated purpose first");
    }
  }

  /** What the tab needs; a refusal (no consent, not analysed yet) is shown in the tab itself. */
  private void fill(Caller who, String id, Tab t, Map<String, String> query, Model model) {
    try {
      switch (t) {
        case PIPELINE -> pipeline(who, id, model);
        case TRANSACTIONS -> model.addAttribute("x", explorer.page(who, id, query));
        case DECISION -> decisionView.fill(who, id, query.get("decision"), model);
        default -> reports(who, id, t, model);
      }
    } catch (ApiException e) {
      model.addAttribute("refusal", e.getMessage());
      model.addAttribute("refusalCode", e.code());
    }
  }

  private void pipeline(Caller who, String id, Model model) {
    Header.View h = (Header.View) model.getAttribute("h");
    if (h != null && h.cleanedAt() != null) {
      try {
        model.addAttribute("cleanLog", customers.cleanLog(who, id));
      } catch (ApiException e) {
        model.addAttribute("cleanLogRefusal", e.getMessage());
      }
    }
    if (h != null && h.held()) {
      try {
        List<DecisionStore.Entry> history = customers.decisions(who, id);
        model.addAttribute("latest", history.isEmpty() ? null : history.get(0));
      } catch (ApiException e) {
        model.addAttribute("latest", null); // no usable consent: the header says why
      }
    }
  }

  private void reports(Caller who, String id, Tab t, Model model) {
    Map<String, JsonNode> r = customers.reports(who, id);
    model.addAttribute("r", r);
    JsonNode tx = r.get("transaction_summary");
    JsonNode gst = r.get("gst_summary");
    if (t == Tab.BANKING && tx != null) {
      model.addAttribute("chartMonthly", Charts.monthly(tx));
      model.addAttribute("chartBalance", Charts.balanceDays(tx));
      model.addAttribute("chartCategory", Charts.split(tx.path("by_category"), "debits"));
      model.addAttribute("chartChannel", Charts.split(tx.path("by_channel"), "credits"));
    }
    if (t == Tab.GST && gst != null) {
      model.addAttribute("chartGst", Charts.gstTurnover(gst));
      if (tx != null) {
        model.addAttribute("chartGstBank", Charts.gstVsBank(gst, tx));
      }
      model.addAttribute("flaggedPeriods", GstFlags.periods(gst, r.get("anomalies_report")));
    }
  }

  static JsonNode tree(byte[] json) {
    try {
      return LakeJson.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("stored JSON is unreadable", e);
    }
  }
}
