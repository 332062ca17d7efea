package dev.saakh.server.security;

import dev.saakh.server.api.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/** Problem documents written straight from the security filters (no controller involved). */
final class SecurityProblems {
  private SecurityProblems() {}

  static void write(HttpServletResponse response, int status, String code, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    String title = status == 401 ? "Unauthorized" : "Forbidden";
    String json =
        "{\"type\":\""
            + Problems.TYPE_BASE
            + code
            + "\",\"title\":\""
            + title
            + "\",\"status\":"
            + status
            + ",\"detail\":\""
            + detail.replace("\\", "\\\\").replace("\"", "\\\"")
            + "\",\"code\":\""
            + code
            + "\"}";
    response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
  }
}
